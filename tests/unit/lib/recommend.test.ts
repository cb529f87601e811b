import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Catalog } from "../../../src/lib/catalog.ts";
import { createRecommender, recommend, topK } from "../../../src/lib/recommend.ts";
import { quantize } from "../../../src/lib/vectors.ts";

/** A catalogue of `titles` with given collections/genres; other columns empty. */
function catalogOf(
  rows: { title: string; year: number; genres?: string[]; collection?: string }[],
): Catalog {
  const n = rows.length;
  const none = () => new Array(n).fill(null);
  return {
    size: n,
    id: Int32Array.from(rows, (_, i) => i + 1),
    title: rows.map((r) => r.title),
    originalTitle: none(),
    imdbId: none(),
    overview: none(),
    tagline: none(),
    releaseDate: rows.map((r) => `${r.year}-01-01`),
    releaseYear: Int16Array.from(rows, (r) => r.year),
    budget: new Float64Array(n),
    revenue: new Float64Array(n),
    return: new Float64Array(n),
    runtime: new Float32Array(n).fill(NaN),
    popularity: new Float32Array(n).fill(NaN),
    voteAverage: new Float32Array(n).fill(NaN),
    voteCount: new Int32Array(n).fill(10),
    originalLanguage: none(),
    collection: rows.map((r) => r.collection ?? null),
    genres: rows.map((r) => r.genres ?? []),
    companies: none(),
    countries: none(),
    countryCodes: none(),
    spokenLanguages: none(),
    keywords: none(),
    directors: none(),
    cast: none(),
    posterPath: none(),
    movielensId: new Int32Array(n).fill(-1),
    rowOfId: new Map(rows.map((_, i) => [i + 1, i])),
  };
}

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
