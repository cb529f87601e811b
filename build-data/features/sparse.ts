// Sparse row-major matrices (CSR) and the two products the randomized SVD needs. Written by hand:
// the operations are a few loops and no well-kept npm package offers sparse CSR × dense in plain JS.

/** A sparse matrix in compressed sparse row form. */
export interface Csr {
  rows: number;
  cols: number;
  /** Row `i` holds entries `start[i] .. start[i+1]`. */
  start: Int32Array;
  col: Int32Array;
  value: Float32Array;
}

/** Builds a CSR matrix from one map of column → value per row (columns sorted for determinism). */
export function csrFromRows(rows: readonly Map<number, number>[], cols: number): Csr {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (start[i + 1] = start[i] + r.size));
  const col = new Int32Array(start[rows.length]);
  const value = new Float32Array(start[rows.length]);
  rows.forEach((r, i) => {
    let at = start[i];
    for (const c of [...r.keys()].sort((a, b) => a - b)) {
      col[at] = c;
      value[at++] = r.get(c)!;
    }
  });
  return { rows: rows.length, cols, start, col, value };
}

/** Dense matrix as columns: `columns[j][i]` is entry (i, j). */
export type Columns = Float64Array[];

/**
 * A · X where X has `a.cols` rows: returns a.rows × X.length. One pass over A, X read by rows, so
 * each stored entry meets all of X's columns at once; every sum adds its terms in the order of a
 * column-by-column product (the same bits).
 */
export function multiply(a: Csr, x: Columns): Columns {
  const width = x.length;
  const xRows = new Float64Array(a.cols * width);
  x.forEach((column, j) => {
    for (let c = 0; c < a.cols; c++) xRows[c * width + j] = column[c];
  });
  const out = x.map(() => new Float64Array(a.rows));
  const sum = new Float64Array(width);
  for (let i = 0; i < a.rows; i++) {
    sum.fill(0);
    for (let p = a.start[i]; p < a.start[i + 1]; p++) {
      const v = a.value[p];
      const at = a.col[p] * width;
      for (let j = 0; j < width; j++) sum[j] += v * xRows[at + j];
    }
    for (let j = 0; j < width; j++) out[j][i] = sum[j];
  }
  return out;
}

/**
 * Aᵀ · Y where Y has `a.rows` rows: returns a.cols × Y.length. One pass over A, the sums kept by
 * rows and each adding its terms in row order, as a column-by-column product does (the same bits).
 */
export function multiplyTransposed(a: Csr, y: Columns): Columns {
  const width = y.length;
  const sums = new Float64Array(a.cols * width);
  const yi = new Float64Array(width);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < width; j++) yi[j] = y[j][i];
    for (let p = a.start[i]; p < a.start[i + 1]; p++) {
      const v = a.value[p];
      const at = a.col[p] * width;
      for (let j = 0; j < width; j++) sums[at + j] += v * yi[j];
    }
  }
  return y.map((_, j) => {
    const column = new Float64Array(a.cols);
    for (let c = 0; c < a.cols; c++) column[c] = sums[c * width + j];
    return column;
  });
}

/** Scales every row to unit Euclidean length, in place (empty rows stay empty). */
export function normalizeRows(a: Csr): Csr {
  for (let i = 0; i < a.rows; i++) {
    let norm = 0;
    for (let p = a.start[i]; p < a.start[i + 1]; p++) norm += a.value[p] ** 2;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let p = a.start[i]; p < a.start[i + 1]; p++) a.value[p] /= norm;
  }
  return a;
}
