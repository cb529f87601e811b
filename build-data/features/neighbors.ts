// The neighbors asset: each film's list, ranked at build time so a single-film request in the worker
// reads a list instead of scanning. With ratings it is the list about the film (specific-lists.ts:
// co-likes beyond popularity, lent by films alike when few viewers liked it, content blended in, a
// popularity budget); without ratings it is the vector top-k the worker would compute (exactly up to
// CANDIDATES films; above that, from a coarse index's nearest cells).
import {
  RecommendError,
  sameFilmRows,
  type Neighbors,
  type Recommender,
} from "../../src/lib/recommend.ts";
import { NEIGHBOR_SOURCE } from "../../src/lib/schema.ts";
import type { CoLikes } from "./colike.ts";
import { previousNeighbors, type PreviousOptions } from "./neighbors-previous.ts";
import { similarInput, similarLists } from "./similar-lists.ts";
import { specificLists, type SpecificOptions } from "./specific-lists.ts";

/**
 * Neighbours kept per film: 10 shown plus room for duplicates and filters. A film whose list runs
 * short after those falls back to a full scan in the worker.
 */
export const NEIGHBORS_K = 12;

/**
 * Films kept per film in the vector-similar lists: the candidates alike in content, and the nearest
 * films that lend their co-likes to a film few viewers liked.
 */
export const SIMILAR_POOL = 30;

/**
 * Default films scored per film. Exact at or below it; above it the films of the nearest cells, at
 * least this many. Keeps 97% of the exact top 12 on the real 4,995 films and 86% on the 46,000-film
 * synthetic input (whose cloned films make many near-ties) at ~1/40 of a full scan's cost there
 * (`npx tsx scripts/neighbor-recall.ts [--input DIR]` prints both).
 */
export const CANDIDATES = 1000;

/** Options of {@link nearestNeighbors}. */
export interface NeighborOptions extends SpecificOptions {
  /** Neighbours per film. Default {@link NEIGHBORS_K}. */
  k?: number;
  /**
   * Films scored per film for its similar films: those of its nearest coarse-index cells (see
   * coarse-index.ts). A catalogue this size or smaller is scanned whole (exact). Default
   * {@link CANDIDATES}.
   */
  candidates?: number;
  /**
   * Each film's most similar films, row-major (-1 pads), `similarK` a film, as similarLists computes
   * them (similarListsInThreads computes them on every core). Default: computed here.
   */
  similar?: Int32Array | null;
  /** Films a film in `similar`. Default {@link SIMILAR_POOL} (at least `k`). */
  similarK?: number;
  /**
   * The recommender over the content half of the vectors alone: `similar` is computed from it, and
   * the lists' content terms. Default `recommender` (its vectors are content alone without ratings).
   */
  content?: Recommender;
  /** Build the lists as before issue 15 (for the evaluation's comparison). Default null. */
  previous?: PreviousOptions | null;
}

/** The similar lists' length for lists of `k`. */
export const similarCount = (k: number) => Math.max(k, SIMILAR_POOL);

/** The `k` best rows for every row (itself excluded), best first; -1 pads a tiny catalogue. */
export function nearestNeighbors(
  recommender: Recommender,
  coLikes: CoLikes | null = null,
  options: NeighborOptions = {},
): Neighbors & { sources: Uint8Array } {
  const k = options.k ?? NEIGHBORS_K;
  const size = recommender.vectors.size;
  const similarK = options.similarK ?? Math.min(similarCount(k), size - 1);
  // The previous lists drew their similar films from the blended vectors: kept so, to compare.
  const content = options.previous ? recommender : (options.content ?? recommender);
  const similar =
    options.similar ??
    similarLists(similarInput(content, similarK, options.candidates ?? CANDIDATES));
  if (similar.length !== size * similarK) {
    throw new RecommendError(
      `similar lists hold ${similar.length} entries: expected ${similarK} for each of ${size} films`,
    );
  }
  if (coLikes) {
    const lists = options.previous
      ? previousNeighbors(recommender, coLikes, similar, similarK, k, options.previous)
      : specificLists({ content, coLikes, similar, similarK, k }, options);
    return { k, ...lists };
  }
  // The most similar films but the film's own duplicates (the engine would drop them).
  const rows = new Int32Array(size * k).fill(-1);
  for (let row = 0; row < size; row++) {
    const twins = sameFilmRows(recommender, row);
    let at = row * k;
    for (let i = row * similarK; i < (row + 1) * similarK && at < (row + 1) * k; i++)
      if (!twins.includes(similar[i])) rows[at++] = similar[i];
  }
  return { k, rows, sources: new Uint8Array(size * k).fill(NEIGHBOR_SOURCE.similar) };
}
