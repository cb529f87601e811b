import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { coLikeCounts, coLikedWith } from "../../../../build-data/features/colike.ts";

// Catalogue rows 0..2 are TMDB ids 10, 20, 30; id 99 is not in the catalogue.
const ROW_OF_ID = new Map([
  [10, 0],
  [20, 1],
  [30, 2],
]);
const like = (user: number, film: number, rating = 4) => ({ user, film, rating });

describe("coLikeCounts(rowOfId, size, ratings)", () => {
  // Viewer 1 likes all three films, viewer 2 likes 10 and 20, viewer 3 likes only 10.
  const ratings = [
    like(1, 10, 5),
    like(1, 20),
    like(1, 30, 4.5),
    like(2, 10),
    like(2, 20),
    like(2, 30, 3.5), // not a like
    like(3, 10),
    like(3, 99, 5), // outside the catalogue
  ];
  const co = coLikeCounts(ROW_OF_ID, 3, ratings);

  it("counts the viewers who liked each film (4 stars or more, catalogue films only)", () => {
    assert.deepEqual([...co.likes], [3, 2, 1]);
    assert.equal(co.viewers, 3);
  });
  it("counts, for each pair of films, the viewers who liked both", () => {
    assert.deepEqual(Object.fromEntries(coLikedWith(co, 0)), { 1: 2, 2: 1 });
    assert.deepEqual(Object.fromEntries(coLikedWith(co, 1)), { 0: 2, 2: 1 });
    assert.deepEqual(Object.fromEntries(coLikedWith(co, 2)), { 0: 1, 1: 1 });
  });
  it("gives each film the chance that the viewer behind a random query also liked it", () => {
    // Six (viewer, liked film) queries: three from viewer 1, two from viewer 2, one from viewer 3.
    // Film 10 is among the other likes of 2 of viewer 1's queries and 1 of viewer 2's: 3 of 6.
    assert.deepEqual([...co.queryShare], [3 / 6, 3 / 6, 2 / 6]);
  });
  it("counts a film a viewer rated twice once", () => {
    const twice = coLikeCounts(ROW_OF_ID, 3, [like(1, 10), like(1, 10, 5), like(1, 20)]);
    assert.deepEqual([...twice.likes], [1, 1, 0]);
    assert.equal(coLikedWith(twice, 0).get(1), 1);
  });
  it("weighs a prolific viewer's co-likes less with viewerDamping", () => {
    const damped = coLikeCounts(ROW_OF_ID, 3, ratings, 1);
    // Viewer 1 (3 likes) adds 1/3 to the pair 10–20, viewer 2 (2 likes) adds 1/2.
    assert.equal(coLikedWith(damped, 0).get(1), 1 / 3 + 1 / 2);
    assert.deepEqual([...damped.likes], [3, 2, 1]);
  });
  it("has no pairs and no shares without ratings", () => {
    const none = coLikeCounts(ROW_OF_ID, 3, []);
    assert.equal(none.viewers, 0);
    assert.deepEqual([...none.queryShare], [0, 0, 0]);
    assert.ok([0, 1, 2].every((row) => coLikedWith(none, row).size === 0));
  });
});
