import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildRecommender } from "../../../../build-data/features/recommender-assets.ts";
import type { Recommender } from "../../../../src/lib/recommend.ts";
import { NEIGHBOR_SOURCE } from "../../../../src/lib/schema.ts";
import { film } from "../../../fixtures/films.ts";

// Eleven action hits that viewers liked and three animated films nobody rated.
const HITS = Array.from({ length: 11 }, (_, i) =>
  film({
    title: `Hit ${i}`,
    release_year: 1990 + i,
    genres: ["Action", "Thriller"],
    keywords: [`stunt ${i}`, "explosion", "car chase"],
    overview: `Hit number ${i}: a chase, a heist and an explosion.`,
  }),
);
const ANIMATED = ["Toys", "More Toys", "Even More Toys"].map((title, i) =>
  film({
    title,
    release_year: 2000 + i,
    genres: ["Animation", "Family"],
    keywords: ["toy", "friendship", "playroom"],
    production_companies: ["Pixar"],
    overview: "Toys come alive in a child's playroom and go on an adventure.",
  }),
);
const FILMS = [...HITS, ...ANIMATED];
const row = (title: string) => FILMS.findIndex((f) => f.title === title);

// Viewers 1–3 are prolific: each liked Hit 0 to Hit 9. Viewers 4–9 liked only Hit 10, so Hit 10 has
// the most likes (6 against 3) but none of its viewers makes a query with another liked film.
const RATINGS = [
  ...[1, 2, 3].flatMap((user) => HITS.slice(0, 10).map((f) => ({ user, film: f.id, rating: 5 }))),
  ...[4, 5, 6, 7, 8, 9].map((user) => ({ user, film: HITS[10].id, rating: 4 })),
];

/** The first `n` titles of a film's precomputed list. */
function listOf(recommender: Recommender, title: string, n = 10): string[] {
  const { k, rows } = recommender.neighbors!;
  const start = row(title) * k;
  return Array.from(rows.subarray(start, start + n), (r) => FILMS[r].title);
}

/** Where each of the first `n` films of a list comes from (NEIGHBOR_SOURCE names). */
function sourcesOf(recommender: Recommender, title: string, n = 10): string[] {
  const { k, sources } = recommender.neighbors!;
  const name = Object.fromEntries(Object.entries(NEIGHBOR_SOURCE).map(([key, v]) => [v, key]));
  const start = row(title) * k;
  return Array.from(sources!.subarray(start, start + n), (s) => name[s]);
}

describe("the previous lists (blend.previous), kept for the evaluation's comparison", () => {
  it("marks where each film of a list comes from", () => {
    const recommender = buildRecommender(FILMS, RATINGS, {
      contentDims: 8,
      blend: { previous: {} },
    });
    // Nobody liked Toys: seven of the most liked films, then three films alike.
    assert.deepEqual(sourcesOf(recommender, "Toys"), [
      ...Array(7).fill("popular"),
      ...Array(3).fill("similar"),
    ]);
    // The prolific viewers liked Hit 0 with Hit 1 to Hit 9.
    assert.deepEqual(sourcesOf(recommender, "Hit 0", 9), Array(9).fill("coLiked"));
  });
  it("marks every film similar without ratings", () => {
    const recommender = buildRecommender(FILMS, null, { contentDims: 8 });
    assert.deepEqual(sourcesOf(recommender, "Hit 0"), Array(10).fill("similar"));
  });
  it("gives a film nobody liked its most similar films in the last slots of its first 10", () => {
    const recommender = buildRecommender(FILMS, RATINGS, {
      contentDims: 8,
      blend: { previous: {} },
    });
    const list = listOf(recommender, "Toys");
    assert.ok(list.includes("More Toys") && list.includes("Even More Toys"), list.join(", "));
    assert.deepEqual(list.slice(-3).sort(), ["Even More Toys", "Hit 10", "More Toys"].sort());
  });
  it("lists only what viewers like for such a film when there are no similarity slots", () => {
    const recommender = buildRecommender(FILMS, RATINGS, {
      contentDims: 8,
      blend: { previous: { similarSlots: 0 } },
    });
    assert.ok(
      listOf(recommender, "Toys").every((t) => t.startsWith("Hit ")),
      listOf(recommender, "Toys").join(", "),
    );
  });
  it("ranks films nobody co-liked by the viewers behind the queries, not by raw likes", () => {
    const byQueries = buildRecommender(FILMS, RATINGS, {
      contentDims: 8,
      blend: { previous: { similarSlots: 0 } },
    });
    // The prolific viewers make every query: their ten hits come before Hit 10.
    assert.equal(listOf(byQueries, "Toys", 11).indexOf("Hit 10"), 10);
    const byViewers = buildRecommender(FILMS, RATINGS, {
      contentDims: 8,
      blend: { previous: { similarSlots: 0, prior: "viewers" } },
    });
    // Counting every viewer alike, the six viewers of Hit 10 put it first.
    assert.equal(listOf(byViewers, "Toys")[0], "Hit 10");
  });
  it("gives a film many viewers liked no similarity slots: its list is what they liked with it", () => {
    const recommender = buildRecommender(FILMS, RATINGS, {
      contentDims: 8,
      blend: { previous: {} },
    });
    assert.deepEqual(
      listOf(recommender, "Hit 0", 9).sort(),
      HITS.slice(1, 10)
        .map((f) => f.title)
        .sort(),
    );
  });
});
