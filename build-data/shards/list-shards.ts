// The `lists` family: each film's recommendations as the whole-catalogue engine ranks them (the
// same `recommend` call), and the films alike in content, each with what its card shows and why it
// is there. A film permalink needs this one bucket to show its lists.
import {
  profileVector,
  recommend,
  reasonsFor,
  sameFilmRows,
  scoreRow,
  type Recommender,
} from "../../src/lib/recommend.ts";
import { NEIGHBOR_SOURCE } from "../../src/lib/schema.ts";
import {
  FILM_FAMILIES,
  ALIKE_LENGTH,
  LIST_LENGTH,
  type ListEntry,
  type ListRecord,
} from "../../src/lib/shards/families.ts";
import { bucketCount, groupByBucket, type ShardFamilySource } from "./write-shards.ts";

/** Scores are shipped to 4 decimals: enough to rank, a third of the digits. */
const rounded = (score: number) => Math.round(score * 1e4) / 1e4;

function entry(
  recommender: Recommender,
  row: number,
  score: number,
  source: number,
  reasons: ListEntry["reasons"],
): ListEntry {
  const c = recommender.catalog;
  return {
    id: c.id[row],
    title: c.title[row],
    year: c.releaseYear[row],
    genres: c.genres[row] ?? [],
    poster_path: c.posterPath[row],
    original_language: c.originalLanguage[row],
    vote_count: c.voteCount[row],
    score: rounded(score),
    source,
    reasons,
  };
}

/**
 * Films alike in content: the build's vector-similar list (`similar`, `k` rows a film, best first,
 * -1 padded), rescored as the engine scores them, without the film itself or its duplicates.
 */
function alikeOf(recommender: Recommender, row: number, similar: Int32Array, k: number) {
  const { catalog, vectors, bias } = recommender;
  const query = profileVector(vectors, [row]);
  const twins = new Set(sameFilmRows(recommender, row));
  const out: ListEntry[] = [];
  for (let i = row * k; i < (row + 1) * k && out.length < ALIKE_LENGTH; i++) {
    const r = similar[i];
    if (r < 0 || r === row || twins.has(r)) continue;
    const score = scoreRow(vectors, query, r) + (bias?.[r] ?? 0);
    out.push(entry(recommender, r, score, NEIGHBOR_SOURCE.similar, reasonsFor(catalog, [row], r)));
  }
  return out;
}

/** The list record of the film at `row`. */
export function listRecord(
  recommender: Recommender,
  row: number,
  similar: { rows: Int32Array; k: number } | null,
): ListRecord {
  const items = recommend(recommender, [row], { k: LIST_LENGTH }).map((r) =>
    entry(recommender, r.row, r.score, r.source ?? NEIGHBOR_SOURCE.similar, r.reasons),
  );
  return { items, alike: similar ? alikeOf(recommender, row, similar.rows, similar.k) : [] };
}

/**
 * The `lists` family. `similar` (the build's vector-similar lists) gives the films alike in content;
 * pass it only when the lists lead with viewers' likes (otherwise they are the same films).
 */
export function listShards(
  recommender: Recommender,
  similar: { rows: Int32Array; k: number } | null,
): ShardFamilySource {
  const { catalog } = recommender;
  const rows = Array.from({ length: catalog.size }, (_, row) => row);
  const buckets = bucketCount(catalog.size, FILM_FAMILIES.lists);
  const groups = groupByBucket(rows, (row) => catalog.id[row], buckets);
  return {
    family: "lists",
    buckets,
    payload: (bucket) =>
      Object.fromEntries(
        groups[bucket].map((row) => [catalog.id[row], listRecord(recommender, row, similar)]),
      ),
  };
}
