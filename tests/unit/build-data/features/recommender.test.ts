import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildRecommender } from "../../../../build-data/features/recommender-assets.ts";
import { recommend } from "../../../../src/lib/recommend.ts";
import { film } from "../../../fixtures/films.ts";

// A catalogue where the right answers are obvious to a film lover, with title-word traps:
// "Toy Soldiers" and "Story of a Crime" share words with "Toy Story" and nothing else.
const ANIMATED = ["Animation", "Family", "Comedy"];
const FILMS = [
  film({
    title: "Toy Story",
    release_year: 1995,
    genres: ANIMATED,
    collection: "Toy Story Collection",
    keywords: ["toy", "friendship", "rivalry"],
    production_companies: ["Pixar"],
    overview: "A cowboy doll feels threatened by a new spaceman toy in a boy's room.",
  }),
  film({
    title: "Toy Story 2",
    release_year: 1999,
    genres: ANIMATED,
    collection: "Toy Story Collection",
    keywords: ["toy", "friendship", "collector"],
    production_companies: ["Pixar"],
    overview: "A collector steals the cowboy doll and his friends set out to rescue him.",
  }),
  film({
    title: "A Bug's Life",
    release_year: 1998,
    genres: ANIMATED,
    keywords: ["ant", "friendship", "circus"],
    production_companies: ["Pixar"],
    overview: "A misfit ant recruits circus bugs to save his colony.",
  }),
  film({
    title: "Finding Nemo",
    release_year: 2003,
    genres: ANIMATED,
    keywords: ["fish", "father son", "ocean"],
    production_companies: ["Pixar"],
    overview: "A clownfish father crosses the ocean to find his son.",
  }),
  film({
    title: "Shrek",
    release_year: 2001,
    genres: ANIMATED,
    keywords: ["ogre", "fairy tale", "friendship"],
    production_companies: ["DreamWorks Animation"],
    overview: "An ogre and a talking donkey rescue a princess.",
  }),
  film({
    title: "Toy Soldiers",
    release_year: 1991,
    genres: ["Action", "Thriller"],
    keywords: ["hostage", "boarding school", "terrorist"],
    overview: "Terrorists seize a boarding school and the students fight back.",
  }),
  film({
    title: "Story of a Crime",
    release_year: 1990,
    genres: ["Crime", "Drama"],
    keywords: ["murder", "police", "investigation"],
    overview: "A police inspector investigates a murder in a small town.",
  }),
  film({
    title: "Heat",
    release_year: 1995,
    genres: ["Crime", "Thriller", "Action"],
    keywords: ["heist", "police", "robbery"],
    directors: ["Michael Mann"],
    overview: "A detective hunts a crew of professional thieves.",
  }),
  film({
    title: "The Godfather",
    release_year: 1972,
    genres: ["Crime", "Drama"],
    collection: "The Godfather Collection",
    keywords: ["mafia", "family", "crime boss"],
    directors: ["Francis Ford Coppola"],
    overview: "The patriarch of a crime family hands the empire to his son.",
  }),
  film({
    title: "The Godfather: Part II",
    release_year: 1974,
    genres: ["Crime", "Drama"],
    collection: "The Godfather Collection",
    keywords: ["mafia", "crime boss", "new york"],
    directors: ["Francis Ford Coppola"],
    overview: "The young crime boss expands the family business.",
  }),
  film({
    title: "Alien",
    release_year: 1979,
    genres: ["Horror", "Science Fiction"],
    collection: "Alien Collection",
    keywords: ["spaceship", "alien", "survival"],
    overview: "The crew of a spaceship meets a deadly creature.",
  }),
  film({
    title: "Aliens",
    release_year: 1986,
    genres: ["Action", "Science Fiction"],
    collection: "Alien Collection",
    keywords: ["alien", "marines", "survival"],
    overview: "Marines return to the planet of the creature.",
  }),
  film({
    title: "Casino",
    release_year: 1995,
    genres: ["Crime", "Drama"],
    keywords: ["las vegas", "mafia", "gambling"],
    directors: ["Martin Scorsese"],
    overview: "Greed and mob ties in a Las Vegas casino.",
  }),
];
const row = (title: string) => FILMS.findIndex((f) => f.title === title);
const titles = (rows: { row: number }[]) => rows.map((r) => FILMS[r.row].title);

describe("buildRecommender(films) without ratings", () => {
  const recommender = buildRecommender(FILMS, null, { contentDims: 8 });
  it("matches each sequel to its other part first", () => {
    for (const [a, b] of [
      ["Toy Story", "Toy Story 2"],
      ["The Godfather", "The Godfather: Part II"],
      ["Aliens", "Alien"],
    ]) {
      assert.equal(titles(recommend(recommender, [row(a)], { k: 1 }))[0], b, `${a} → ${b}`);
    }
  });
  it("finds animated family films for an animated family film, not films sharing title words", () => {
    const top = titles(recommend(recommender, [row("Toy Story")], { k: 4 }));
    assert.deepEqual(
      new Set(top),
      new Set(["Toy Story 2", "A Bug's Life", "Finding Nemo", "Shrek"]),
    );
  });
  it("says why: the same collection and the shared genres", () => {
    const [first] = recommend(recommender, [row("Toy Story")], { k: 1 });
    assert.deepEqual(first.reasons.slice(0, 2), [
      { kind: "collection", value: "Toy Story Collection" },
      { kind: "genres", values: ANIMATED },
    ]);
  });
  it("lists The Godfather: Part II first for The Godfather", () => {
    const [first] = recommend(recommender, [row("The Godfather")], { k: 5 });
    assert.equal(FILMS[first.row].title, "The Godfather: Part II");
  });
  it("gives the same lists from precomputed neighbours as from a full scan", () => {
    const scan = { ...recommender, neighbors: null };
    for (let r = 0; r < FILMS.length; r++) {
      assert.deepEqual(
        recommend(recommender, [r], { k: 5 }).map((h) => h.row),
        recommend(scan, [r], { k: 5 }).map((h) => h.row),
      );
    }
  });
  it("builds the same vectors twice (fixed seeds, stable orders)", () => {
    const again = buildRecommender(FILMS, null, { contentDims: 8 });
    assert.deepEqual(again.vectors.values, recommender.vectors.values);
    assert.deepEqual(again.neighbors!.rows, recommender.neighbors!.rows);
  });
});

describe("buildRecommender(films, ratings)", () => {
  // Three viewers liked Casino with Heat; nobody liked it with The Godfather.
  const ratings = [1, 2, 3].flatMap((user) => [
    { user, film: FILMS[row("Casino")].id, rating: 5 },
    { user, film: FILMS[row("Heat")].id, rating: 4.5 },
  ]);
  it("puts what viewers liked together first", () => {
    const contentOnly = buildRecommender(FILMS, null, { contentDims: 8 });
    assert.notEqual(titles(recommend(contentOnly, [row("Casino")], { k: 1 }))[0], "Heat");
    const recommender = buildRecommender(FILMS, ratings, { contentDims: 8 });
    assert.equal(titles(recommend(recommender, [row("Casino")], { k: 1 }))[0], "Heat");
  });
  it("still puts a film's own collection before what viewers liked with it", () => {
    const withToyStory = [1, 2, 3].flatMap((user) => [
      { user, film: FILMS[row("Toy Story")].id, rating: 5 },
      { user, film: FILMS[row("Heat")].id, rating: 5 },
    ]);
    const recommender = buildRecommender(FILMS, withToyStory, { contentDims: 8 });
    assert.deepEqual(titles(recommend(recommender, [row("Toy Story")], { k: 2 })), [
      "Toy Story 2",
      "Heat",
    ]);
  });
});
