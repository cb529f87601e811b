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

/** A · X where X has `a.cols` rows: returns a.rows × X.length. */
export function multiply(a: Csr, x: Columns): Columns {
  const out = x.map(() => new Float64Array(a.rows));
  for (let j = 0; j < x.length; j++) {
    const xj = x[j];
    const oj = out[j];
    for (let i = 0; i < a.rows; i++) {
      let sum = 0;
      for (let p = a.start[i]; p < a.start[i + 1]; p++) sum += a.value[p] * xj[a.col[p]];
      oj[i] = sum;
    }
  }
  return out;
}

/** Aᵀ · Y where Y has `a.rows` rows: returns a.cols × Y.length. */
export function multiplyTransposed(a: Csr, y: Columns): Columns {
  const out = y.map(() => new Float64Array(a.cols));
  for (let j = 0; j < y.length; j++) {
    const yj = y[j];
    const oj = out[j];
    for (let i = 0; i < a.rows; i++) {
      const v = yj[i];
      if (v === 0) continue;
      for (let p = a.start[i]; p < a.start[i + 1]; p++) oj[a.col[p]] += a.value[p] * v;
    }
  }
  return out;
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
