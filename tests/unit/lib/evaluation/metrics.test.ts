import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  coverage,
  hitAt,
  intraListDiversity,
  jaccardDistance,
  ndcgAt,
  precisionAt,
} from "../../../../src/lib/evaluation/metrics.ts";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

describe("hitAt / precisionAt / ndcgAt", () => {
  const list = [5, 1, 7, 3];
  const relevant = new Set([1, 3, 9]);
  it("counts a hit when any of the first k is relevant", () => {
    assert.equal(hitAt(list, relevant, 4), 1);
    assert.equal(hitAt(list, relevant, 1), 0);
  });
  it("divides the hits by k, not by the list length", () => {
    close(precisionAt(list, relevant, 4), 2 / 4);
    close(precisionAt(list, relevant, 10), 2 / 10);
  });
  it("discounts hits by log2(position + 1) and normalises by the ideal order", () => {
    // Hits at positions 2 and 4: 1/log2(3) + 1/log2(5); ideal: 3 relevant at 1, 2, 3.
    const dcg = 1 / Math.log2(3) + 1 / Math.log2(5);
    const ideal = 1 + 1 / Math.log2(3) + 1 / Math.log2(4);
    close(ndcgAt(list, relevant, 4), dcg / ideal);
    close(ndcgAt([1, 3, 9], relevant, 3), 1);
    assert.equal(ndcgAt(list, new Set(), 4), 0);
  });
});

describe("coverage(lists, size)", () => {
  it("is the share of the catalogue named by some list", () => {
    close(coverage([[0, 1], [1, 2], [2]], 10), 0.3);
    assert.equal(coverage([], 0), 0);
  });
});

describe("jaccardDistance / intraListDiversity", () => {
  it("is 1 − |A∩B| / |A∪B|, and 0 for two empty sets", () => {
    close(jaccardDistance(["Drama", "Crime"], ["Crime", "Thriller"]), 1 - 1 / 3);
    assert.equal(jaccardDistance([], []), 0);
  });
  it("averages the distance over every pair of a list", () => {
    const genres = [["A"], ["A"], ["B"]];
    const d = (a: number, b: number) => jaccardDistance(genres[a], genres[b]);
    close(intraListDiversity([0, 1, 2], d), (0 + 1 + 1) / 3);
    assert.equal(intraListDiversity([0], d), 0);
  });
});
