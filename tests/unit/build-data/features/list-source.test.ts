import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  LIST_SOURCE_RULE,
  lift,
  listSource,
  type PairCounts,
} from "../../../../build-data/features/list-source.ts";
import { NEIGHBOR_SOURCE } from "../../../../src/lib/schema.ts";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

// 1,000 viewers; the query film liked by 100 of them.
const pair = (over: Partial<PairCounts>): PairCounts => ({
  coLikes: 0,
  likesQuery: 100,
  likesFilm: 50,
  viewers: 1000,
  sameCollection: false,
  sharesTraits: false,
  lent: false,
  ...over,
});

describe("lift(coLikes, likesQuery, likesFilm, viewers)", () => {
  it("is 1 when the co-likes are what popularity alone predicts", () => {
    // 100 and 50 of 1,000 viewers: independence predicts 100 · 50 / 1,000 = 5 co-likes.
    close(lift(5, 100, 50, 1000), 1);
  });
  it("is co·viewers / (likes·likes)", () => {
    close(lift(20, 100, 50, 1000), (20 * 1000) / (100 * 50));
    close(lift(3, 10, 30, 300), 3);
  });
  it("is 0 when either film has no likes", () => {
    assert.equal(lift(0, 0, 50, 1000), 0);
    assert.equal(lift(0, 10, 0, 1000), 0);
  });
});

describe("listSource(pair)", () => {
  it("says viewers' likes when enough viewers liked both, well beyond popularity", () => {
    // Lift 20·1,000/(100·50) = 4 ≥ 2, and 20 ≥ 5 viewers.
    assert.equal(listSource(pair({ coLikes: 20 })), NEIGHBOR_SOURCE.coLiked);
    // Exactly at both thresholds: 5 viewers, lift 5·1,000/(100·25) = 2.
    assert.equal(listSource(pair({ coLikes: 5, likesFilm: 25 })), NEIGHBOR_SOURCE.coLiked);
  });
  it("does not when the co-likes are what popularity predicts, however many", () => {
    // A film 600 of 1,000 viewers like: 60 of the 100 is lift 1.
    const popular = pair({ coLikes: 60, likesFilm: 600 });
    assert.equal(lift(60, 100, 600, 1000), 1);
    assert.equal(listSource(popular), NEIGHBOR_SOURCE.popular);
  });
  it("does not on fewer viewers than the minimum, however high the lift", () => {
    // 4 viewers of 100 liked a film only 4 viewers like: lift 10, but 4 < 5 viewers.
    const few = pair({ coLikes: 4, likesFilm: 4 });
    assert.equal(lift(4, 100, 4, 1000), 10);
    assert.equal(listSource(few), NEIGHBOR_SOURCE.someViewers);
  });
  it("names the collection before anything else", () => {
    assert.equal(
      listSource(pair({ coLikes: 40, sameCollection: true })),
      NEIGHBOR_SOURCE.collection,
    );
  });
  it("calls a film liked by the favourite share of viewers a favourite", () => {
    assert.equal(listSource(pair({ likesFilm: 150 })), NEIGHBOR_SOURCE.popular);
    assert.equal(listSource(pair({ likesFilm: 149, sharesTraits: true })), NEIGHBOR_SOURCE.similar);
  });
  it("gives shared traits before a few viewers' likes, and those before the films alike's", () => {
    assert.equal(
      listSource(pair({ coLikes: 2, sharesTraits: true, lent: true })),
      NEIGHBOR_SOURCE.similar,
    );
    assert.equal(listSource(pair({ coLikes: 2, lent: true })), NEIGHBOR_SOURCE.someViewers);
    assert.equal(listSource(pair({ lent: true })), NEIGHBOR_SOURCE.alikeViewers);
    assert.equal(listSource(pair({})), NEIGHBOR_SOURCE.similar);
  });
  it("takes other thresholds", () => {
    const strict = { ...LIST_SOURCE_RULE, minLift: 5 };
    assert.equal(listSource(pair({ coLikes: 20 }), strict), NEIGHBOR_SOURCE.someViewers);
  });
});
