import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRecommender, recommend } from "../../../src/lib/recommend.ts";
import { topK } from "../../../src/lib/vector-scoring.ts";
import { NEIGHBOR_SOURCE } from "../../../src/lib/schema.ts";
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

describe("recommend(recommender, rows, {diversity, filters}) with neighbours", () => {
  const catalog = catalogOf([
    { title: "A", year: 2000, genres: ["X"] },
    { title: "B", year: 2000, genres: ["X"] },
    { title: "B2", year: 2000, genres: ["X"] },
    { title: "C", year: 1980, genres: ["Y"] },
    { title: "D", year: 1970, genres: ["Y"] },
  ]);
  const vectors = quantize(
    Float32Array.from([
      ...unit(1, 0, 0),
      ...unit(0.9, 0.1, 0),
      ...unit(0.9, 0.1, 0.01),
      ...unit(0.5, 0, 0.5),
      ...unit(0, 0, 1),
    ]),
    3,
  );
  // Deliberately stale neighbour lists, so a test can tell which path answered.
  const neighbors = {
    k: 2,
    rows: Int32Array.from([2, 1, 0, 2, 0, 1, 0, 1, 3, 0]),
  };
  const recommender = createRecommender(catalog, vectors, { neighbors });
  it("reads the precomputed list for one film without filters", () => {
    assert.deepEqual(
      recommend(recommender, [0], { k: 2 }).map((r) => r.row),
      [2, 1],
    );
  });
  it("ignores the lists and ranks by similarity alone with similarOnly", () => {
    assert.deepEqual(
      recommend(recommender, [0], { k: 2, similarOnly: true }).map((r) => r.row),
      [1, 2],
    );
  });
  it("says where a listed film comes from: viewers who liked the query film, or popularity", () => {
    const { coLiked, popular, similar } = NEIGHBOR_SOURCE;
    const sources = Uint8Array.from([coLiked, popular, similar, similar, 0, 0, 0, 0, 0, 0]);
    const withSources = createRecommender(catalog, vectors, {
      neighbors: { ...neighbors, sources },
    });
    const [first, second] = recommend(withSources, [0], { k: 2 });
    assert.deepEqual(first.reasons[0], { kind: "coLiked", value: "A" });
    assert.deepEqual(second.reasons[0], { kind: "popular" });
    // Film B shares genre X with A as well: the content reason follows.
    assert.deepEqual(second.reasons[1], { kind: "genres", values: ["X"] });
    // From films alike (or a full scan), only what they share is said.
    const [alike] = recommend(withSources, [1], { k: 1 });
    assert.ok(alike.reasons.every((r) => r.kind !== "coLiked" && r.kind !== "popular"));
  });
  it("keeps a listed film's reason when filters make the whole catalogue answer", () => {
    const { coLiked } = NEIGHBOR_SOURCE;
    // Film D (row 4) is in C's list because C's viewers liked it; a filter on years scans all.
    const sources = Uint8Array.from([0, 0, 0, 0, 0, 0, coLiked, coLiked, 0, 0]);
    const withSources = createRecommender(catalog, vectors, {
      neighbors: { k: 2, rows: Int32Array.from([2, 1, 0, 2, 0, 1, 4, 0, 3, 0]), sources },
    });
    // Two asked, one passes the list: the whole catalogue is scanned.
    const [d] = recommend(withSources, [3], { k: 2, yearTo: 1975 });
    assert.equal(d.row, 4);
    assert.equal(d.source, undefined, "it came from the scan");
    assert.deepEqual(d.reasons[0], { kind: "coLiked", value: "C" });
  });
  it("says a film is alike as a whole when it shares nothing to name", () => {
    const [d] = recommend({ ...recommender, neighbors: null }, [0], { k: 1, yearTo: 1975 });
    assert.deepEqual(d.reasons, [{ kind: "alike" }]);
  });
  it("scans the whole catalogue when the filters leave too few neighbours", () => {
    assert.deepEqual(
      recommend(recommender, [0], { k: 2, yearTo: 1990 }).map((r) => r.row),
      [3, 4],
    );
  });
  it("trades score for difference with diversity (MMR)", () => {
    const plain = recommend({ ...recommender, neighbors: null }, [0], { k: 2 }).map((r) => r.row);
    assert.deepEqual(plain, [1, 2]);
    assert.deepEqual(
      recommend(recommender, [0], { k: 2, diversity: 0.9 }).map((r) => r.row),
      [1, 4],
    );
  });
  it("refuses a diversity outside 0..1", () => {
    assert.throws(() => recommend(recommender, [0], { diversity: 2 }), {
      name: "RecommendError",
      message: "invalid diversity 2: expected a number from 0 to 1",
    });
  });
  it("refuses neighbour lists of another catalogue size", () => {
    assert.throws(
      () =>
        createRecommender(catalog, vectors, {
          neighbors: { k: 2, rows: new Int32Array(4) },
        }),
      { message: "neighbors have 2 rows but the catalogue has 5" },
    );
  });
});
