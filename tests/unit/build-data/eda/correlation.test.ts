import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { correlations, pearson } from "../../../../build-data/eda/correlation.ts";

const f64 = (xs: number[]) => Float64Array.from(xs);

describe("pearson(x, y)", () => {
  it("is 1 for a line going up and −1 for a line going down", () => {
    assert.deepEqual(pearson(f64([1, 2, 3]), f64([2, 4, 6])), { r: 1, n: 3 });
    assert.deepEqual(pearson(f64([1, 2, 3]), f64([3, 2, 1])), { r: -1, n: 3 });
  });

  it("uses only the rows where both values are known", () => {
    // x = [1, 2, 3], y = [1, 2, 4]: sxy = 3, sxx = 2, syy = 14/3, r = 3 / sqrt(28/3).
    const { r, n } = pearson(f64([1, 2, 3, NaN, 7]), f64([1, 2, 4, 100, NaN]));
    assert.equal(n, 3);
    assert.ok(Math.abs(r! - 3 / Math.sqrt(28 / 3)) < 1e-12);
  });

  it("is undefined (null) for a constant column or fewer than two rows", () => {
    assert.equal(pearson(f64([5, 5, 5]), f64([1, 2, 3])).r, null);
    assert.equal(pearson(f64([1, NaN]), f64([1, 2])).r, null);
  });
});

describe("correlations(columns)", () => {
  const columns = [
    { name: "budget" as const, values: f64([1, 2, 3, 4]) },
    { name: "revenue" as const, values: f64([2, 4, 6, 8]) },
    { name: "runtime" as const, values: f64([4, 1, 3, 2]) },
  ];

  it("builds a symmetric matrix with 1 on the diagonal", () => {
    const { matrix } = correlations(columns);
    for (let i = 0; i < 3; i++) {
      assert.equal(matrix[i][i], 1);
      for (let j = 0; j < 3; j++) assert.equal(matrix[i][j], matrix[j][i]);
    }
    // budget × runtime: dx = [-1.5, -0.5, 0.5, 1.5], dy = [1.5, -1.5, 0.5, -0.5]: sxy = -2, r = -2/5 = -0.4.
    assert.ok(Math.abs(matrix[0][2]! + 0.4) < 1e-12);
  });

  it("lists each pair once, strongest |r| first", () => {
    const { top } = correlations(columns);
    assert.deepEqual(
      top.map((p) => [p.a, p.b, Math.round(p.r * 10) / 10]),
      [
        ["budget", "revenue", 1],
        ["budget", "runtime", -0.4],
        ["revenue", "runtime", -0.4],
      ],
    );
    const keys = top.map((p) => [p.a, p.b].sort().join("|"));
    assert.equal(new Set(keys).size, keys.length);
  });

  it("keeps only the first `top` pairs", () => {
    assert.equal(correlations(columns, { top: 1 }).top.length, 1);
  });
});
