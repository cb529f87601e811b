// Truncated SVD of a sparse matrix by the randomized range finder (Halko, Martinsson & Tropp 2011),
// with a seeded Gaussian sketch so the same input gives the same vectors. Written by hand because
// no maintained npm package does sparse randomized SVD; the small dense eigenproblem uses Jacobi.
import { multiply, multiplyTransposed, type Columns, type Csr } from "./sparse.ts";

/** Options of {@link truncatedSvd}. */
export interface SvdOptions {
  /** Extra sketch columns beyond the rank; more is more accurate. Default 10. */
  oversample?: number;
  /** Power iterations; sharpen the spectrum of noisy text matrices. Default 2. */
  iterations?: number;
  /** Seed of the random sketch. Default 1. */
  seed?: number;
}

/** Left singular vectors (as columns, length `rows`) and singular values, largest first. */
export interface Svd {
  u: Columns;
  s: Float64Array;
}

/** A seeded 32-bit generator (mulberry32): uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussianColumns(rows: number, count: number, seed: number): Columns {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => {
    const column = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      // Box–Muller; 1 - u keeps the logarithm finite.
      column[i] = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    }
    return column;
  });
}

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
};

/**
 * Modified Gram–Schmidt, in place, twice for stability; a dependent column becomes zero. Each pass
 * over a column subtracts one projection and sums the next one's dot product (or the norm) from the
 * updated values: half the passes over memory of one loop per step, and the same bits.
 */
export function orthonormalize(columns: Columns): Columns {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < columns.length; j++) {
      const c = columns[j];
      // The dot product with the first column, or the norm when there is none before this one.
      let next = j > 0 ? dot(columns[0], c) : dot(c, c);
      for (let p = 0; p < j; p++) {
        const q = columns[p];
        const following = p + 1 < j ? columns[p + 1] : c;
        const d = next;
        next = 0;
        for (let i = 0; i < c.length; i++) {
          c[i] -= d * q[i];
          next += following[i] * c[i];
        }
      }
      const norm = Math.sqrt(next);
      for (let i = 0; i < c.length; i++) c[i] = norm > 1e-10 ? c[i] / norm : 0;
    }
  }
  return columns;
}

/** Eigenvalues (descending) and eigenvectors (columns of `vectors`) of a symmetric matrix. */
export function symmetricEigen(matrix: Float64Array[], sweeps = 60) {
  const n = matrix.length;
  const a = matrix.map((row) => Float64Array.from(row));
  const v = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = 1;
    return row;
  });
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y][y] - a[x][x] || x - y);
  return {
    values: Float64Array.from(order, (i) => a[i][i]),
    vectors: order.map((i) => Float64Array.from(v, (row) => row[i])),
  };
}

/** The `rank` largest singular triplets' left vectors and values of `a`. */
export function truncatedSvd(a: Csr, rank: number, options: SvdOptions = {}): Svd {
  const width = Math.min(rank + (options.oversample ?? 10), a.rows, a.cols);
  let q = orthonormalize(multiply(a, gaussianColumns(a.cols, width, options.seed ?? 1)));
  for (let it = 0; it < (options.iterations ?? 2); it++) {
    q = orthonormalize(multiply(a, orthonormalize(multiplyTransposed(a, q))));
  }
  // B = Qᵀ A is small; the eigenvectors of B Bᵀ rotate Q into A's left singular vectors.
  const z = multiplyTransposed(a, q);
  const gram = z.map((zi) => Float64Array.from(z, (zj) => dot(zi, zj)));
  const { values, vectors } = symmetricEigen(gram);
  const keep = Math.min(rank, width);
  const u = Array.from({ length: keep }, (_, j) => {
    const column = new Float64Array(a.rows);
    for (let p = 0; p < width; p++) {
      const w = vectors[j][p];
      const qp = q[p];
      for (let i = 0; i < a.rows; i++) column[i] += w * qp[i];
    }
    return column;
  });
  return { u, s: Float64Array.from(values.subarray(0, keep), (x) => Math.sqrt(Math.max(0, x))) };
}
