// The `cards` and `texts` families: every film's record split in two, by film id, so that a film's
// facts (and any list of cards) never pull the long texts, and a film page needs one bucket of each.
import type { Film } from "../../src/lib/schema.ts";
import { FILM_FAMILIES, splitFilm } from "../../src/lib/shards/families.ts";
import {
  bucketCount,
  groupByBucket,
  lazyFamily,
  type ShardFamily,
  type ShardFamilySource,
} from "./write-shards.ts";

export function filmShards(films: readonly Film[]): ShardFamily[] {
  const family = (name: "cards" | "texts"): ShardFamilySource => {
    const buckets = bucketCount(films.length, FILM_FAMILIES[name]);
    const groups = groupByBucket(films, (film) => film.id, buckets);
    return {
      family: name,
      buckets,
      payload: (bucket) =>
        Object.fromEntries(
          groups[bucket].map((film) => {
            const { card, text } = splitFilm(film);
            return [film.id, name === "cards" ? card : text];
          }),
        ),
    };
  };
  return (["cards", "texts"] as const).map((name) => lazyFamily(name, () => family(name)));
}
