import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  csrFromRows,
  multiply,
  multiplyTransposed,
  type Columns,
  type Csr,
} from "../../../../build-data/features/sparse.ts";
import { mulberry32, orthonormalize, truncatedSvd } from "../../../../build-data/features/svd.ts";

/** A random sparse matrix (about a fifth of the entries set, some rows empty); seeded. */
function randomCsr(rows: number, cols: number, seed: number): Csr {
  const random = mulberry32(seed);
  return csrFromRows(
    Array.from({ length: rows }, (_, i) => {
      const row = new Map<number, number>();
      if (i % 7 === 3) return row;
      for (let c = 0; c < cols; c++) if (random() < 0.2) row.set(c, random() * 2 - 1);
      return row;
    }),
    cols,
  );
}

function randomColumns(count: number, length: number, seed: number): Columns {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () =>
    // Some exact zeros: the column-by-column product skipped them.
    Float64Array.from({ length }, () => (random() < 0.1 ? 0 : random() - 0.5)),
  );
}

// The straightforward loops the build used before: one pass over A per column.
function multiplyByColumns(a: Csr, x: Columns): Columns {
  return x.map((xj) => {
    const out = new Float64Array(a.rows);
    for (let i = 0; i < a.rows; i++) {
      let sum = 0;
      for (let p = a.start[i]; p < a.start[i + 1]; p++) sum += a.value[p] * xj[a.col[p]];
      out[i] = sum;
    }
    return out;
  });
}
function multiplyTransposedByColumns(a: Csr, y: Columns): Columns {
  return y.map((yj) => {
    const out = new Float64Array(a.cols);
    for (let i = 0; i < a.rows; i++) {
      if (yj[i] === 0) continue;
      for (let p = a.start[i]; p < a.start[i + 1]; p++) out[a.col[p]] += a.value[p] * yj[i];
    }
    return out;
  });
}
const dot = (a: Float64Array, b: Float64Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);
function gramSchmidtByLoops(columns: Columns): Columns {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < columns.length; j++) {
      const c = columns[j];
      for (let p = 0; p < j; p++) {
        const d = dot(columns[p], c);
        for (let i = 0; i < c.length; i++) c[i] -= d * columns[p][i];
      }
      const norm = Math.sqrt(dot(c, c));
      for (let i = 0; i < c.length; i++) c[i] = norm > 1e-10 ? c[i] / norm : 0;
    }
  }
  return columns;
}

describe("multiply(a, x) and multiplyTransposed(a, y)", () => {
  const a = randomCsr(60, 45, 1);
  it("give the column-by-column products bit for bit", () => {
    assert.deepEqual(
      multiply(a, randomColumns(9, 45, 2)),
      multiplyByColumns(a, randomColumns(9, 45, 2)),
    );
    assert.deepEqual(
      multiplyTransposed(a, randomColumns(9, 60, 3)),
      multiplyTransposedByColumns(a, randomColumns(9, 60, 3)),
    );
  });
});

describe("orthonormalize(columns)", () => {
  it("gives two-pass modified Gram–Schmidt's columns bit for bit", () => {
    assert.deepEqual(
      orthonormalize(randomColumns(12, 80, 4)),
      gramSchmidtByLoops(randomColumns(12, 80, 4)),
    );
  });
  it("makes the columns orthonormal and a dependent column zero", () => {
    const columns = randomColumns(5, 40, 5);
    columns.push(columns[1].map((x, i) => 2 * x - columns[3][i]));
    const q = orthonormalize(columns);
    for (let j = 0; j < 5; j++)
      for (let p = 0; p <= j; p++) assert.ok(Math.abs(dot(q[j], q[p]) - (p === j ? 1 : 0)) < 1e-12);
    assert.ok(q[5].every((x) => Math.abs(x) < 1e-6));
  });
});

describe("truncatedSvd(a, rank)", () => {
  it("finds the singular values of a matrix with a known spectrum", () => {
    // Rows are 5·e0, 3·e1, 2·e2 and 1·e3, each repeated: singular values 5·√r, 3·√r, …
    const rows = Array.from({ length: 40 }, (_, i) => new Map([[i % 4, [5, 3, 2, 1][i % 4]]]));
    const { s } = truncatedSvd(csrFromRows(rows, 6), 3);
    [5, 3, 2].forEach((value, j) => assert.ok(Math.abs(s[j] - value * Math.sqrt(10)) < 1e-9));
  });
});
