import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { genreOverlap, recommendOriginal } from "../../../src/lib/original-method.ts";
import { catalogOf } from "../../fixtures/catalog.ts";

describe("genreOverlap(query, candidate)", () => {
  it("is the share of the query's genres the candidate has", () => {
    assert.equal(genreOverlap(["Drama", "Crime", "Thriller", "Action"], ["Crime", "Drama"]), 0.5);
    assert.equal(genreOverlap([], ["Drama"]), 0);
  });
});

describe("recommendOriginal(catalog, row, k)", () => {
  const catalog = catalogOf([
    { title: "Casino", year: 1995, genres: ["Drama", "Crime"], voteAverage: 7.8 },
    { title: "Goodfellas", year: 1990, genres: ["Drama", "Crime"], voteAverage: 8.2 },
    { title: "Casino Royale", year: 2006, genres: ["Adventure", "Action"], voteAverage: 7.3 },
    { title: "Toy Story", year: 1995, genres: ["Animation", "Family"], voteAverage: 7.7 },
    { title: "Heat", year: 1995, genres: ["Drama", "Crime", "Action"], voteAverage: 7.7 },
  ]);
  it("puts titles containing the query title first, as the original did", () => {
    assert.deepEqual(recommendOriginal(catalog, 0, 3), [2, 1, 4]);
  });
  it("never returns the query film and returns at most k rows", () => {
    const rows = recommendOriginal(catalog, 3, 10);
    assert.equal(rows.length, 4);
    assert.ok(!rows.includes(3));
  });
});
