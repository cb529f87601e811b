import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  evaluate,
  likedRows,
  pooled,
  viewerFolds,
  type MethodResult,
} from "../../../../src/lib/evaluation/protocol.ts";

describe("viewerFolds(users, folds)", () => {
  const users = Array.from({ length: 400 }, (_, i) => i + 1);
  it("puts every viewer in exactly one fold, the same way every time", () => {
    const folds = viewerFolds(users, 4);
    assert.equal(folds.length, 4);
    assert.equal(
      folds.reduce((s, f) => s + f.size, 0),
      400,
    );
    assert.equal(new Set(folds.flatMap((f) => [...f])).size, 400);
    assert.deepEqual(
      viewerFolds([...users].reverse(), 4).map((f) => [...f].sort()),
      folds.map((f) => [...f].sort()),
    );
    assert.ok(
      folds.every((f) => f.size > 60 && f.size < 140),
      folds.map((f) => f.size).join("/"),
    );
  });
  it("cuts the viewers differently for another seed", () => {
    assert.notDeepEqual(
      [...viewerFolds(users, 4, 2)[0]].sort(),
      [...viewerFolds(users, 4)[0]].sort(),
    );
  });
  it("refuses fewer than two folds", () => {
    assert.throws(() => viewerFolds(users, 1), /folds must be an integer of at least 2, got 1/);
  });
});

describe("pooled(results)", () => {
  const result = (
    queries: number,
    precision: number,
    coverage: number,
    topFilm = "A",
  ): MethodResult => ({
    method: "m",
    queries,
    viewers: 1,
    hitRate: precision,
    precision,
    ndcg: precision,
    coverage,
    topShare: coverage / 2,
    topFilm,
    diversity: coverage,
  });
  it("averages the per-query metrics over every query and the list-set metrics over folds", () => {
    const p = pooled([result(100, 0.5, 0.2), result(300, 0.1, 0.4)]);
    assert.equal(p.queries, 400);
    assert.equal(p.viewers, 2);
    assert.equal(p.precision, (100 * 0.5 + 300 * 0.1) / 400);
    assert.equal(p.hitRate, p.precision);
    assert.ok(Math.abs(p.coverage - 0.3) < 1e-12);
    assert.ok(Math.abs(p.topShare - 0.15) < 1e-12);
  });
  it("names the film most often on top fold by fold, the earlier fold's on a tie", () => {
    const folds = [result(1, 0, 0, "B"), result(1, 0, 0, "A"), result(1, 0, 0, "A")];
    assert.equal(pooled(folds).topFilm, "A");
    assert.equal(pooled([result(1, 0, 0, "B"), result(1, 0, 0, "A")]).topFilm, "B");
  });
  it("refuses an empty list", () => {
    assert.throws(() => pooled([]), /at least one result/);
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
  const catalog = {
    size: 4,
    title: ["Zero", "One", "Two", "Three"],
    genres: [["A"], ["A"], ["B"], ["B"]],
    collection: [null, null, null, null],
  };
  it("queries each liked film of viewers with two or more likes", () => {
    // Viewer 1 liked rows 0 and 1; viewer 2 liked one film and is skipped.
    const r = evaluate("x", (row) => (row === 0 ? [1, 2] : [2, 3]), liked, catalog, { k: 2 });
    assert.equal(r.viewers, 1);
    assert.equal(r.queries, 2);
    assert.equal(r.hitRate, 0.5);
    assert.equal(r.precision, 0.25);
    assert.equal(r.coverage, 3 / 4);
    // Two lists (for rows 0 and 1), both holding row 2.
    assert.equal(r.topShare, 1);
    assert.equal(r.topFilm, "Two");
  });
});
