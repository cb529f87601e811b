// The `titles` family: the films of each title (folded), with what the five title queries answer
// from (retorno, recomendacion, peliculas_duracion, score_titulo, votos_titulo). A title permalink
// needs this one bucket; the reader runs the very query functions over these few films.
import { recommend, type Recommender } from "../../src/lib/recommend.ts";
import {
  TITLES_FAMILY,
  TITLES_PER_BUCKET,
  titleKey,
  type TitleFilm,
} from "../../src/lib/shards/families.ts";
import { filmAt } from "../../src/lib/catalog.ts";
import { bucketCount, groupByBucket, type ShardFamilySource } from "./write-shards.ts";

/** Titles of the 5 films the `recomendacion` query answers for the film at `row`. */
const recommendedTitles = (recommender: Recommender, row: number) =>
  recommend(recommender, [row], { k: 5 }).map((r) => recommender.catalog.title[r.row]);

export function titleShards(recommender: Recommender): ShardFamilySource {
  const { catalog } = recommender;
  const rowsOf = new Map<string, number[]>();
  for (let row = 0; row < catalog.size; row++) {
    const key = titleKey(catalog.title[row]);
    const rows = rowsOf.get(key);
    if (rows) rows.push(row);
    else rowsOf.set(key, [row]);
  }
  const buckets = bucketCount(rowsOf.size, TITLES_PER_BUCKET);
  const groups = groupByBucket(rowsOf, ([key]) => key, buckets);
  const titleFilm = (row: number): TitleFilm => {
    const f = filmAt(catalog, row);
    return {
      id: f.id,
      title: f.title,
      release_date: f.release_date,
      release_year: f.release_year,
      budget: f.budget,
      revenue: f.revenue,
      return: f.return,
      runtime: f.runtime,
      popularity: f.popularity,
      vote_average: f.vote_average,
      vote_count: f.vote_count,
      recs: recommendedTitles(recommender, row),
    };
  };
  return {
    family: TITLES_FAMILY,
    buckets,
    // Catalogue order within a title: the query functions break their ties by it.
    payload: (bucket) =>
      Object.fromEntries(groups[bucket].map(([key, rows]) => [key, rows.map(titleFilm)])),
  };
}
