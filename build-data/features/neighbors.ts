// The neighbors asset: each film's nearest films, computed at build time with the very scoring the
// worker uses (src/lib/recommend.ts), so a single-film request reads a list instead of a scan.
import { profileVector, topK, type Neighbors, type Recommender } from "../../src/lib/recommend.ts";

/**
 * Neighbours kept per film: 10 shown plus room for duplicates and filters. A film whose list runs
 * short after those falls back to a full scan in the worker.
 */
export const NEIGHBORS_K = 16;

/** The `k` best rows for every row (itself excluded), best first; -1 pads a tiny catalogue. */
export function nearestNeighbors(recommender: Recommender, k = NEIGHBORS_K): Neighbors {
  const { vectors, bias } = recommender;
  const rows = new Int32Array(vectors.size * k).fill(-1);
  const scores = new Float32Array(vectors.size * k);
  for (let row = 0; row < vectors.size; row++) {
    const query = profileVector(vectors, [row]);
    topK(vectors, query, k, new Set([row]), null, bias).forEach((hit, i) => {
      rows[row * k + i] = hit.row;
      scores[row * k + i] = hit.score;
    });
  }
  return { k, rows, scores };
}
