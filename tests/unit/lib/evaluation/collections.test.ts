import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sequelCheck } from "../../../../src/lib/evaluation/collections.ts";

// Rows 0–2 one saga, 3–4 another, 5 a saga of its own (no mate in the catalogue), 6 none.
const catalog = {
  size: 7,
  title: ["A1", "A2", "A3", "B1", "B2", "C1", "D"],
  collection: ["A", "A", "A", "B", "B", "C", null],
  voteCount: Int32Array.from([900, 500, 100, 800, 700, 1000, 2000]),
};

describe("sequelCheck(catalog, listOf, count)", () => {
  it("checks the most-voted films of collections with a mate, and names those listing none", () => {
    const lists: Record<number, number[]> = { 0: [1, 6], 3: [6, 5], 4: [3], 1: [6], 2: [0] };
    const check = sequelCheck(catalog, (row) => lists[row] ?? [], 3);
    // C1 and D have no mate to find: the three most voted are A1 (900), B1 (800), B2 (700).
    assert.deepEqual(check, { films: 3, listing: 2, missing: ["B1"] });
  });
  it("checks them all when there are fewer than asked", () => {
    const check = sequelCheck(catalog, () => [0, 3], 30);
    // A1 lists only itself and B1: a miss; B1 lists A1 and itself: a miss too.
    assert.equal(check.films, 5);
    assert.deepEqual(check.missing, ["A1", "B1"]);
  });
});
