// Every film's most similar films by vector (cosine + prior): the similarity half of the neighbour
// lists, computed for all films before they are blended, so it can run on every core (see
// feature-threads.ts). Each row's list depends on that row alone: any split of the rows between
// threads gives the same bytes.
import { profileVector, scoreRow, type Recommender } from "../../src/lib/recommend.ts";
import type { ItemVectors } from "../../src/lib/vectors.ts";
import { cellScores, coarseIndex, type CoarseIndex } from "./coarse-index.ts";

/** What the lists are computed from: plain typed arrays, so threads can share them. */
export interface SimilarInput {
  vectors: ItemVectors;
  /** Added to each candidate's cosine (the recommender's prior); null for cosine alone. */
  bias: Float32Array | null;
  /** Coarse index to draw candidates from; null scans every row (exact). */
  index: CoarseIndex | null;
  /** Films per list. */
  k: number;
  /** Films scored per film: those of its nearest cells, at least this many (see candidateRows). */
  candidates: number;
}

/**
 * The input for a recommender's lists of `k` films, scoring `candidates` films per film: a catalogue
 * that size or smaller is scanned whole (exact); a larger one through a coarse index, since an O(n²)
 * scan takes minutes at 46,000 films.
 */
export function similarInput(
  recommender: Recommender,
  k: number,
  candidates: number,
): SimilarInput {
  const { vectors, bias } = recommender;
  const index = vectors.size > candidates ? coarseIndex(vectors) : null;
  return { vectors, bias, index, k, candidates };
}

/**
 * Scratch space of one thread, reused across rows: the hot loop allocates nothing per film.
 */
export interface SimilarScratch {
  cellScores: Float64Array;
  cells: Int32Array;
  rows: Int32Array;
  scores: Float64Array;
}

export function similarScratch(input: SimilarInput): SimilarScratch {
  const cells = input.index?.cells ?? 0;
  return {
    cellScores: new Float64Array(cells),
    cells: new Int32Array(cells),
    rows: new Int32Array(input.k),
    scores: new Float64Array(input.k),
  };
}

/**
 * The nearest cells to `query` into `out`, nearest first (ties: lower cell), until they hold at least
 * `count` rows; returns how many. The same cells as candidateRows picks, from the same scores.
 */
function nearestCells(
  index: CoarseIndex,
  query: Float32Array,
  count: number,
  score: Float64Array,
  out: Int32Array,
): number {
  const { cells, dims, centroids, start } = index;
  cellScores(centroids, cells, dims, query, 0, score);
  let taken = 0;
  let total = 0;
  while (total < count && taken < cells) {
    let best = 0;
    for (let c = 1; c < cells; c++) if (score[c] > score[best]) best = c;
    score[best] = -Infinity;
    out[taken++] = best;
    total += start[best + 1] - start[best];
  }
  return taken;
}

/**
 * Offers (row, score) to the best-first buffer of `s` holding `size` entries out of `k`; returns the
 * new size. The order is score descending, then row ascending: the order a scan in row order keeps
 * (topK), whatever order the rows come in.
 */
function offer(s: SimilarScratch, k: number, size: number, row: number, score: number): number {
  const { rows, scores } = s;
  if (size === k && (score < scores[k - 1] || (score === scores[k - 1] && row > rows[k - 1])))
    return size;
  let i = size === k ? k - 1 : size++;
  while (i > 0 && (scores[i - 1] < score || (scores[i - 1] === score && rows[i - 1] > row))) {
    rows[i] = rows[i - 1];
    scores[i] = scores[i - 1];
    i--;
  }
  rows[i] = row;
  scores[i] = score;
  return size;
}

/**
 * The `k` best rows for `row` (itself excluded) into `out` at `row * k`, best first; -1 pads a list
 * with fewer candidates. Equal to topK(vectors, profileVector([row]), k, {row}, null, bias,
 * candidateRows(index, query, candidates)), without allocating or sorting the candidates.
 */
export function similarRow(input: SimilarInput, s: SimilarScratch, row: number, out: Int32Array) {
  const { vectors, bias, index, k } = input;
  const query = profileVector(vectors, [row]);
  let size = 0;
  const score = (r: number) =>
    bias ? scoreRow(vectors, query, r) + bias[r] : scoreRow(vectors, query, r);
  if (index) {
    const taken = nearestCells(index, query, input.candidates, s.cellScores, s.cells);
    const { start, members } = index;
    for (let c = 0; c < taken; c++) {
      for (let p = start[s.cells[c]]; p < start[s.cells[c] + 1]; p++) {
        const r = members[p];
        if (r !== row) size = offer(s, k, size, r, score(r));
      }
    }
  } else {
    for (let r = 0; r < vectors.size; r++) if (r !== row) size = offer(s, k, size, r, score(r));
  }
  for (let i = 0; i < k; i++) out[row * k + i] = i < size ? s.rows[i] : -1;
}

/** Rows `from` ≤ row < `to` of the lists into `out` (k per row). */
export function similarRange(input: SimilarInput, from: number, to: number, out: Int32Array) {
  const scratch = similarScratch(input);
  for (let row = from; row < to; row++) similarRow(input, scratch, row, out);
}

/** Every row's list in this thread: `k` rows per film, row-major. */
export function similarLists(input: SimilarInput): Int32Array {
  const out = new Int32Array(input.vectors.size * input.k);
  similarRange(input, 0, input.vectors.size, out);
  return out;
}
