// A coarse index over the item vectors (IVF: seeded spherical k-means cells), so the build finds each
// film's nearest films by scoring the films of its nearest cells instead of the whole catalogue.
// Written by hand: it is ~100 lines over our own int8 layout, and no maintained npm package does
// deterministic k-means over int8 vectors without copying them into its own format.
import type { ItemVectors } from "../../src/lib/vectors.ts";
import { mulberry32 } from "./svd.ts";

/** Options of {@link coarseIndex}. */
export interface CoarseIndexOptions {
  /** Cells (k-means clusters). Default round(√size), at least 1. */
  cells?: number;
  /** k-means iterations on the training sample. Default 6. */
  iterations?: number;
  /** Rows per cell the centroids are trained on (a seeded random sample). Default 16. */
  samplePerCell?: number;
  /** Seed of the initial centroids. Default 1. */
  seed?: number;
}

/** Unit centroids and the rows of each cell (ascending): cell c holds members[start[c]..start[c+1]). */
export interface CoarseIndex {
  cells: number;
  dims: number;
  centroids: Float32Array;
  start: Int32Array;
  members: Int32Array;
}

/** The float (dequantised) vectors, row-major: k-means and centroid scores need no int8 scale. */
function dequantize(v: ItemVectors): Float32Array {
  const out = new Float32Array(v.size * v.dims);
  for (let i = 0; i < out.length; i++) out[i] = v.values[i] * v.scale[Math.floor(i / v.dims)];
  return out;
}

/**
 * The dot product of `x[at .. at+dims)` with every centroid, into `out`. Each is one running sum in
 * dimension order, so every caller gets the same bits; four cells are summed side by side only so
 * that their independent sums overlap in the processor.
 */
export function cellScores(
  centroids: Float32Array,
  cells: number,
  dims: number,
  x: Float32Array,
  at: number,
  out: Float64Array,
): Float64Array {
  let j = 0;
  for (; j + 3 < cells; j += 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const c = j * dims;
    for (let d = 0; d < dims; d++) {
      const v = x[at + d];
      s0 += v * centroids[c + d];
      s1 += v * centroids[c + dims + d];
      s2 += v * centroids[c + 2 * dims + d];
      s3 += v * centroids[c + 3 * dims + d];
    }
    out[j] = s0;
    out[j + 1] = s1;
    out[j + 2] = s2;
    out[j + 3] = s3;
  }
  for (; j < cells; j++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += x[at + d] * centroids[j * dims + d];
    out[j] = s;
  }
  return out;
}

/** The cell whose centroid has the largest dot product with row `row` (ties: lower cell). */
function nearestCell(
  x: Float32Array,
  row: number,
  c: Float32Array,
  cells: number,
  dims: number,
  scores: Float64Array,
) {
  cellScores(c, cells, dims, x, row * dims, scores);
  let best = 0;
  let bestScore = -Infinity;
  for (let j = 0; j < cells; j++) if (scores[j] > bestScore) [best, bestScore] = [j, scores[j]];
  return best;
}

/** Sets each centroid to the unit mean of its rows; an empty cell keeps its centroid. */
function updateCentroids(
  x: Float32Array,
  rows: Int32Array,
  cellOf: Int32Array,
  c: Float32Array,
  cells: number,
  dims: number,
) {
  const sum = new Float64Array(cells * dims);
  const count = new Int32Array(cells);
  rows.forEach((row, i) => {
    count[cellOf[i]]++;
    for (let d = 0; d < dims; d++) sum[cellOf[i] * dims + d] += x[row * dims + d];
  });
  for (let j = 0; j < cells; j++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += sum[j * dims + d] ** 2;
    norm = Math.sqrt(norm);
    if (count[j] === 0 || norm === 0) continue;
    for (let d = 0; d < dims; d++) c[j * dims + d] = sum[j * dims + d] / norm;
  }
}

/** Builds the index: trains centroids on a random sample, then files every row in its cell. */
export function coarseIndex(vectors: ItemVectors, options: CoarseIndexOptions = {}): CoarseIndex {
  const { size, dims } = vectors;
  const cells = Math.max(1, Math.min(size, options.cells ?? Math.round(Math.sqrt(size))));
  const x = dequantize(vectors);
  const random = mulberry32(options.seed ?? 1);
  // A seeded random sample (partial Fisher–Yates), ascending; a stride sample would alias with any
  // periodic order of the rows.
  const m = Math.min(size, cells * (options.samplePerCell ?? 16));
  const shuffled = Int32Array.from({ length: size }, (_, i) => i);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(random() * (size - i));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const sample = shuffled.slice(0, m).sort();
  // Seeded k-means++ seeding over the sample: each next centroid is drawn with probability
  // proportional to its distance from the nearest chosen one, so separate groups each get a cell.
  const centroids = new Float32Array(cells * dims);
  const far = new Float64Array(sample.length).fill(Infinity);
  let pick = sample[Math.floor(random() * sample.length)];
  for (let j = 0; j < cells; j++) {
    centroids.set(x.subarray(pick * dims, (pick + 1) * dims), j * dims);
    let total = 0;
    sample.forEach((row, i) => {
      let s = 0;
      for (let d = 0; d < dims; d++) s += x[row * dims + d] * centroids[j * dims + d];
      far[i] = Math.min(far[i], Math.max(0, 1 - s));
      total += far[i];
    });
    let target = random() * total;
    pick = sample[sample.length - 1];
    for (let i = 0; i < sample.length; i++) {
      target -= far[i];
      if (target < 0) {
        pick = sample[i];
        break;
      }
    }
  }
  const cellOf = new Int32Array(sample.length);
  const scores = new Float64Array(cells);
  for (let it = 0; it < (options.iterations ?? 6); it++) {
    sample.forEach((row, i) => (cellOf[i] = nearestCell(x, row, centroids, cells, dims, scores)));
    updateCentroids(x, sample, cellOf, centroids, cells, dims);
  }
  const all = new Int32Array(size);
  const start = new Int32Array(cells + 1);
  for (let row = 0; row < size; row++) {
    all[row] = nearestCell(x, row, centroids, cells, dims, scores);
    start[all[row] + 1]++;
  }
  for (let j = 0; j < cells; j++) start[j + 1] += start[j];
  const members = new Int32Array(size);
  const fill = start.slice(0, cells);
  for (let row = 0; row < size; row++) members[fill[all[row]]++] = row;
  return { cells, dims, centroids, start, members };
}

/**
 * The rows of the cells whose centroids are nearest to `query`: whole cells, nearest first (ties:
 * lower cell), until at least `count` rows are in; ascending, so a scan over them breaks ties like a
 * full scan. With `count` >= the catalogue size it is every row: the exact search. Picks the few
 * cells by repeated maximum rather than sorting them all (it runs once per film).
 */
export function candidateRows(index: CoarseIndex, query: Float32Array, count: number): Int32Array {
  const { cells, dims, centroids, start, members } = index;
  const score = cellScores(centroids, cells, dims, query, 0, new Float64Array(cells));
  const taken: number[] = [];
  let total = 0;
  while (total < count && taken.length < cells) {
    let best = -1;
    for (let j = 0; j < cells; j++) if (best < 0 || score[j] > score[best]) best = j;
    score[best] = -Infinity;
    // A cell already taken scores -Infinity; once all are, best falls on one: the loop bound stops it.
    taken.push(best);
    total += start[best + 1] - start[best];
  }
  const out = new Int32Array(total);
  let at = 0;
  for (const j of taken) {
    out.set(members.subarray(start[j], start[j + 1]), at);
    at += start[j + 1] - start[j];
  }
  return out.sort();
}
