import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluate, likedRows, splitViewers } from "../../../../src/lib/evaluation/protocol.ts";

describe("splitViewers(users)", () => {
  it("puts every viewer in exactly one split, the same way every time", () => {
    const users = Array.from({ length: 400 }, (_, i) => i + 1);
    const a = splitViewers(users);
    const b = splitViewers([...users].reverse());
    assert.equal(a.train.size + a.test.size, 400);
    assert.ok([...a.test].every((u) => !a.train.has(u)));
    assert.deepEqual([...a.test].sort(), [...b.test].sort());
    assert.ok(a.test.size > 60 && a.test.size < 140, `test share ${a.test.size}/400`);
  });
});

describe("evaluate(method, recommendRows, liked, catalog)", () => {
  const ratings = [
    { user: 1, row: 0, rating: 5 },
    { user: 1, row: 1, rating: 4 },
    { user: 1, row: 2, rating: 2 },
    { user: 2, row: 3, rating: 5 },
  ];
  const liked = likedRows(ratings, new Set([1, 2]));
  const catalog = { size: 4, genres: [["A"], ["A"], ["B"], ["B"]] };
  it("queries each liked film of viewers with two or more likes", () => {
    // Viewer 1 liked rows 0 and 1; viewer 2 liked one film and is skipped.
    const r = evaluate("x", (row) => (row === 0 ? [1, 2] : [2, 3]), liked, catalog, { k: 2 });
    assert.equal(r.viewers, 1);
    assert.equal(r.queries, 2);
    assert.equal(r.hitRate, 0.5);
    assert.equal(r.precision, 0.25);
    assert.equal(r.coverage, 3 / 4);
  });
});
