// The scoring math over the quantised item vectors: a film's score for a query vector (cosine for
// unit vectors), a profile's query vector, the k best rows of a scan, and re-ranking for diversity.
import { RecommendError } from "./recommend-error.ts";
import type { ItemVectors } from "./vectors.ts";

/** Dot product of the float query with row `row` of the quantised vectors (cosine for unit vectors). */
export function scoreRow(vectors: ItemVectors, query: Float32Array, row: number): number {
  const { dims, values } = vectors;
  const base = row * dims;
  // Four running sums: one sum is a chain of dependent additions, which bounds the speed of every
  // scan (the build's neighbour lists and the worker's full scans) at about a third of this.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < dims; d += 4) {
    s0 += query[d] * values[base + d];
    s1 += query[d + 1] * values[base + d + 1];
    s2 += query[d + 2] * values[base + d + 2];
    s3 += query[d + 3] * values[base + d + 3];
  }
  for (; d < dims; d++) s0 += query[d] * values[base + d];
  return (s0 + s1 + s2 + s3) * vectors.scale[row];
}

/** The dequantised, unit-length vector of a film (or the normalised mean of several: a profile). */
export function profileVector(vectors: ItemVectors, rows: readonly number[]): Float32Array {
  if (rows.length === 0) throw new RecommendError("a profile needs at least one film");
  const { dims, values, scale } = vectors;
  const out = new Float32Array(dims);
  for (const row of rows) {
    for (let d = 0; d < dims; d++) out[d] += values[row * dims + d] * scale[row];
  }
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += out[d] * out[d];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < dims; d++) out[d] /= norm;
  return out;
}

/**
 * The `k` best rows for `query` by score, best first, skipping `exclude` and rows the filter rejects.
 * `bias` (per row) is added to every score. `among` (ascending rows) limits the scan to those rows;
 * null scans the whole catalogue. Keeps a small sorted buffer instead of sorting the catalogue:
 * O(n·k) worst case, O(n) typically.
 */
export function topK(
  vectors: ItemVectors,
  query: Float32Array,
  k: number,
  exclude: ReadonlySet<number>,
  accept: ((row: number) => boolean) | null,
  bias: Float32Array | null = null,
  among: Int32Array | null = null,
): { row: number; score: number }[] {
  const rows: number[] = [];
  const scores: number[] = [];
  if (k <= 0) return [];
  const count = among ? among.length : vectors.size;
  for (let i = 0; i < count; i++) {
    const row = among ? among[i] : i;
    if (exclude.has(row)) continue;
    const s = bias ? scoreRow(vectors, query, row) + bias[row] : scoreRow(vectors, query, row);
    if (rows.length === k && s <= scores[k - 1]) continue;
    if (accept && !accept(row)) continue;
    if (rows.length < k) {
      rows.push(row);
      scores.push(s);
    } else {
      rows[k - 1] = row;
      scores[k - 1] = s;
    }
    // Bubble the newcomer up; strict comparison keeps earlier rows first on ties (deterministic).
    for (let i = rows.length - 1; i > 0 && scores[i - 1] < scores[i]; i--) {
      [rows[i - 1], rows[i]] = [rows[i], rows[i - 1]];
      [scores[i - 1], scores[i]] = [scores[i], scores[i - 1]];
    }
  }
  return rows.map((row, i) => ({ row, score: scores[i] }));
}

/** Greedy maximal marginal relevance over a pool sorted by score. */
export function diversify(
  vectors: ItemVectors,
  pool: { row: number; score: number }[],
  k: number,
  diversity: number,
): { row: number; score: number }[] {
  const chosen: { row: number; score: number }[] = [];
  const unit = pool.map((p) => profileVector(vectors, [p.row]));
  const maxSimilarity = new Float64Array(pool.length).fill(-Infinity);
  const taken = new Uint8Array(pool.length);
  while (chosen.length < k && chosen.length < pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (taken[i]) continue;
      const penalty = chosen.length ? maxSimilarity[i] : 0;
      const value = (1 - diversity) * pool[i].score - diversity * penalty;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    taken[best] = 1;
    chosen.push(pool[best]);
    for (let i = 0; i < pool.length; i++) {
      let sim = 0;
      for (let d = 0; d < vectors.dims; d++) sim += unit[i][d] * unit[best][d];
      if (sim > maxSimilarity[i]) maxSimilarity[i] = sim;
    }
  }
  return chosen;
}
