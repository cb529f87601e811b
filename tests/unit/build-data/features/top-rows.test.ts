import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mulberry32 } from "../../../../build-data/features/svd.ts";
import { TopRows } from "../../../../build-data/features/top-rows.ts";

/** What a full sort keeps: score descending, ties to the lower row, the first `k`. */
const sorted = (scores: number[], k: number) =>
  scores
    .map((score, row) => ({ row, score }))
    .sort((a, b) => b.score - a.score || a.row - b.row)
    .slice(0, k)
    .map((x) => x.row);

describe("TopRows(k)", () => {
  it("keeps the k best rows in the order a full sort gives, ties to the lower row", () => {
    const random = mulberry32(5);
    // Scores from a handful of values: many ties.
    const scores = Array.from({ length: 500 }, () => Math.floor(random() * 7) / 7);
    const top = new TopRows(20);
    // Offered in a shuffled order: the result does not depend on it.
    const order = scores.map((_, row) => row).sort(() => random() - 0.5);
    for (const row of order) top.offer(row, scores[row]);
    assert.deepEqual(top.take(), sorted(scores, 20));
  });
  it("returns every row offered when fewer than k were", () => {
    const top = new TopRows(10);
    top.offer(3, 0.5);
    top.offer(1, 0.5);
    top.offer(2, 0.9);
    assert.deepEqual(top.take(), [2, 1, 3]);
  });
  it("starts empty again after take()", () => {
    const top = new TopRows(2);
    top.offer(0, 1);
    top.take();
    top.offer(5, -1);
    assert.deepEqual(top.take(), [5]);
  });
  it("keeps nothing for k = 0", () => {
    const top = new TopRows(0);
    top.offer(0, 1);
    assert.deepEqual(top.take(), []);
  });
});
