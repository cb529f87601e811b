import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRecommender, recommend, topK } from "../../../src/lib/recommend.ts";
import { quantize } from "../../../src/lib/vectors.ts";
import { catalogOf } from "../../fixtures/catalog.ts";

const unit = (...xs: number[]) => {
  const norm = Math.hypot(...xs);
  return xs.map((x) => x / norm);
};

describe("topK(vectors, query, k)", () => {
  const vectors = quantize(
    Float32Array.from([...unit(1, 0), ...unit(0, 1), ...unit(1, 1), ...unit(1, 0.1)]),
    2,
  );
  it("returns the k highest cosines, best first", () => {
    const hits = topK(vectors, Float32Array.from(unit(1, 0)), 2, new Set(), null);
    assert.deepEqual(
      hits.map((h) => h.row),
      [0, 3],
    );
    assert.ok(Math.abs(hits[0].score - 1) < 0.01);
  });
  it("skips excluded rows and rows the filter rejects", () => {
    const hits = topK(vectors, Float32Array.from(unit(1, 0)), 2, new Set([0]), (row) => row !== 3);
    assert.deepEqual(
      hits.map((h) => h.row),
      [2, 1],
    );
  });
  it("returns nothing for k = 0", () => {
    assert.deepEqual(topK(vectors, Float32Array.from(unit(1, 0)), 0, new Set(), null), []);
  });
});

describe("recommend(recommender, rows)", () => {
  const catalog = catalogOf([
    { title: "Toy Story", year: 1995, genres: ["Animation"], collection: "Toy Story Collection" },
    { title: "Toy Story 2", year: 1999, genres: ["Animation"], collection: "Toy Story Collection" },
    { title: "Heat", year: 1995, genres: ["Crime"] },
    { title: "Toy Story", year: 1995, genres: ["Animation"], collection: "Toy Story Collection" },
  ]);
  const vectors = quantize(
    Float32Array.from([...unit(1, 0), ...unit(0.9, 0.1), ...unit(0, 1), ...unit(1, 0)]),
    2,
  );
  const recommender = createRecommender(catalog, vectors);
  it("removes the query film and its exact duplicates, and says why", () => {
    const [first, second] = recommend(recommender, [0], { k: 3 });
    assert.equal(first.row, 1);
    assert.deepEqual(first.reasons, [
      { kind: "collection", value: "Toy Story Collection" },
      { kind: "genres", values: ["Animation"] },
    ]);
    assert.equal(second.row, 2);
  });
  it("applies filters", () => {
    assert.deepEqual(
      recommend(recommender, [0], { k: 3, yearTo: 1995 }).map((r) => r.row),
      [2],
    );
  });
  it("refuses a row outside the catalogue", () => {
    assert.throws(() => recommend(recommender, [9]), {
      message: "no film at row 9: expected 0..3",
    });
  });
});
