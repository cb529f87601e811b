import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  describe as summary,
  quantile,
  StatisticsError,
} from "../../../../build-data/eda/describe.ts";

describe("quantile(sorted, q)", () => {
  it("interpolates linearly between the closest ranks, as pandas does", () => {
    assert.equal(quantile([1, 2, 3, 4], 0.25), 1.75);
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(quantile([1, 2, 3, 4], 0.75), 3.25);
    assert.equal(quantile([10], 0.9), 10);
  });

  it("refuses a q outside [0, 1] and an empty column, naming the value", () => {
    assert.throws(() => quantile([1], 2), new StatisticsError("quantile 2 is not between 0 and 1"));
    assert.throws(() => quantile([], 0.5), new StatisticsError("quantile of no values"));
  });
});

describe("describe(column, values)", () => {
  it("summarises the known values and counts the unknown (NaN) ones", () => {
    const d = summary("budget", Float64Array.from([4, NaN, 1, 3, 2]));
    assert.ok(d);
    const { std, ...rest } = d;
    assert.deepEqual(rest, {
      column: "budget",
      count: 4,
      unknown: 1,
      mean: 2.5,
      min: 1,
      q25: 1.75,
      q50: 2.5,
      q75: 3.25,
      max: 4,
    });
    // Sample std: squares 2.25 + 0.25 + 0.25 + 2.25 = 5, over n − 1 = 3.
    assert.ok(Math.abs(std - Math.sqrt(5 / 3)) < 1e-12);
  });

  it("gives no spread for one value and nothing for no known value", () => {
    assert.ok(Number.isNaN(summary("runtime", Float64Array.from([90]))!.std));
    assert.equal(summary("runtime", Float64Array.from([NaN, NaN])), null);
  });
});

describe("describe(column, values) on any column", () => {
  it("orders min ≤ q25 ≤ median ≤ q75 ≤ max and keeps the mean between min and max", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(NaN)), {
          minLength: 1,
        }),
        (xs) => {
          const d = summary("budget", Float64Array.from(xs));
          const known = xs.filter((x) => !Number.isNaN(x));
          if (known.length === 0) return d === null;
          assert.ok(d);
          assert.equal(d.count + d.unknown, xs.length);
          const tolerance = 1e-6 * Math.max(1, Math.abs(d.min), Math.abs(d.max));
          assert.ok(d.min <= d.q25 && d.q25 <= d.q50 && d.q50 <= d.q75 && d.q75 <= d.max);
          assert.ok(d.mean >= d.min - tolerance && d.mean <= d.max + tolerance);
          return true;
        },
      ),
    );
  });
});
