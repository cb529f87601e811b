// Why a film is recommended: where its place in a precomputed list came from, then what it shares
// with the query films (collection, director, genres, themes, cast), most telling first.
import type { Catalog } from "./catalog.ts";
import { NEIGHBOR_SOURCE } from "./schema.ts";

/** Why a film was recommended (the list sources are decided by build-data/features/list-source.ts). */
export type Reason =
  | { kind: "coLiked"; value: string }
  | { kind: "popular" }
  | { kind: "someViewers"; value: string }
  | { kind: "alikeViewers"; value: string }
  /** Nothing in common to name: the film is near in the vectors (what it is about, its era…). */
  | { kind: "alike" }
  | { kind: "collection"; value: string }
  | { kind: "director"; values: string[] }
  | { kind: "genres"; values: string[] }
  | { kind: "keywords"; values: string[] }
  | { kind: "cast"; values: string[] };

/** The first `limit` values of `b` that `a` has, in `b`'s order. */
function shared(a: string[] | null, b: string[] | null, limit: number): string[] {
  const out: string[] = [];
  if (!a || !b) return out;
  // A film has a few values of each kind: scanning them beats building a set for every card.
  const has = a.length > 16 ? new Set(a) : null;
  for (let i = 0; i < b.length && out.length < limit; i++)
    if (has ? has.has(b[i]) : a.includes(b[i])) out.push(b[i]);
  return out;
}

/**
 * Why `row` is recommended for the query films: why its place in a precomputed list is its own
 * (`source`: viewers who liked the query film liked it well beyond its popularity, it is among the
 * most liked, a few of those viewers liked it, the viewers of films alike liked it), then what it
 * shares with them, most telling first; with none of those, its likeness in content.
 */
export function reasonsFor(
  catalog: Catalog,
  queryRows: readonly number[],
  row: number,
  source?: number,
): Reason[] {
  const reasons: Reason[] = [];
  if (source === NEIGHBOR_SOURCE.coLiked)
    reasons.push({ kind: "coLiked", value: catalog.title[queryRows[0]] });
  if (source === NEIGHBOR_SOURCE.popular) reasons.push({ kind: "popular" });
  if (source === NEIGHBOR_SOURCE.someViewers)
    reasons.push({ kind: "someViewers", value: catalog.title[queryRows[0]] });
  if (source === NEIGHBOR_SOURCE.alikeViewers)
    reasons.push({ kind: "alikeViewers", value: catalog.title[queryRows[0]] });
  const collection = catalog.collection[row];
  if (collection && queryRows.some((q) => catalog.collection[q] === collection)) {
    reasons.push({ kind: "collection", value: collection });
  }
  const pick = (column: (string[] | null)[], limit: number) => {
    if (queryRows.length === 1) {
      const values = shared(column[queryRows[0]], column[row], limit);
      return values.length < 2 ? values : [...new Set(values)];
    }
    const seen = new Set<string>();
    for (const q of queryRows) for (const x of shared(column[q], column[row], limit)) seen.add(x);
    return [...seen].slice(0, limit);
  };
  const directors = pick(catalog.directors, 3);
  if (directors.length) reasons.push({ kind: "director", values: directors });
  const genres = pick(catalog.genres, 4);
  if (genres.length) reasons.push({ kind: "genres", values: genres });
  const keywords = pick(catalog.keywords, 4);
  if (keywords.length) reasons.push({ kind: "keywords", values: keywords });
  const cast = pick(catalog.cast, 3);
  if (cast.length) reasons.push({ kind: "cast", values: cast });
  // A card always says why it is there, even when no value is shared.
  if (reasons.length === 0) reasons.push({ kind: "alike" });
  return reasons;
}
