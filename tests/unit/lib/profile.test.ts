import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { diskFetcher } from "../../../scripts/lib/node-engine.ts";
import {
  PROFILE_FUSION_C,
  PROFILE_LIKES,
  PROFILE_RECENCY,
  ProfileError,
  profileLikes,
  profileRecommendations,
  type LikedList,
  type ProfileCandidate,
} from "../../../src/lib/profile.ts";
import type { Reason } from "../../../src/lib/reasons.ts";
import { ShardedEngine } from "../../../src/lib/sharded-engine.ts";
import { writeFixture } from "./queries/fixture.ts";

const entry = (id: number, score: number, reasons: Reason[] = []): ProfileCandidate => ({
  id,
  score,
  reasons,
});
const listsOf = (...lists: LikedList[]) => new Map(lists.map((l) => [l.id, l]));

// Film 1 (A) leads to 3, 4 and film 2; film 2 (B) leads to 4, film 1 and 5.
const A: LikedList = {
  id: 1,
  title: "A",
  items: [
    entry(3, 0.5, [{ kind: "genres", values: ["Drama"] }]),
    entry(4, 0.4, [{ kind: "coLiked", value: "A" }]),
    entry(2, 0.9),
  ],
};
const B: LikedList = {
  id: 2,
  title: "B",
  items: [
    entry(4, 0.3, [{ kind: "genres", values: ["Comedy"] }]),
    entry(1, 0.8),
    entry(5, 0.6, [{ kind: "director", values: ["X"] }]),
  ],
};

/** Ids and scores, every like weighing the same unless `recency` is given. */
const ranked = (likes: number[], lists: Map<number, LikedList>, k?: number, recency = 1) =>
  profileRecommendations(likes, lists, { k, recency }).map((r) => [
    r.entry.id,
    Number(r.score.toFixed(6)),
  ]);

/** Films 0…n-1 of a list that no test looks at, from `from` on: they only fill places. */
const fillers = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => entry(from + i, 0.1));

describe("profileRecommendations(likes, lists)", () => {
  it("with every like weighing the same, sums C/(C + place) over the liked films' lists, best first (hand-computed)", () => {
    assert.equal(PROFILE_FUSION_C, 10);
    // 4: 10/11 (A, place 1) + 10/10 (B, place 0) = 1.909091; 3: 10/10; 5: 10/12 (B, place 2).
    assert.deepEqual(ranked([1, 2], listsOf(A, B)), [
      [4, 1.909091],
      [3, 1],
      [5, 0.833333],
    ]);
  });

  it("ranks by place, not by the lists' own scores, so lists on any scale mix", () => {
    // A content list (cosines near 1) and a co-like list (small scores): each one's best leads.
    const content: LikedList = { id: 70, title: "X", items: [entry(80, 1.07), entry(81, 1.06)] };
    const colikes: LikedList = { id: 71, title: "Y", items: [entry(90, 0.2), entry(91, 0.1)] };
    assert.deepEqual(
      ranked([70, 71], listsOf(content, colikes)).map(([id]) => id),
      [80, 90, 81, 91],
    );
  });

  it("never returns a liked film, though the lists hold them", () => {
    const ids = profileRecommendations([1, 2], listsOf(A, B)).map((r) => r.entry.id);
    assert.ok(!ids.includes(1) && !ids.includes(2));
    // With only A liked, B is a recommendation like any other.
    assert.deepEqual(ranked([1], listsOf(A, B)), [
      [3, 1],
      [4, 0.909091],
      [2, 0.833333],
    ]);
  });

  it("refuses a liked id with no list, naming it (and all of them)", () => {
    assert.throws(() => profileRecommendations([1, 77], listsOf(A, B)), {
      name: "ProfileError",
      message: "no film with id 77 in this build",
    });
    assert.throws(() => profileRecommendations([77, 1, 78], listsOf(A)), {
      message: "no film with ids 77, 78 in this build",
    });
    assert.throws(() => profileRecommendations([], listsOf(A)), ProfileError);
  });

  it("with every like weighing the same, gives the same order and scores whatever the order of the likes", () => {
    assert.deepEqual(ranked([2, 1], listsOf(A, B)), ranked([1, 2], listsOf(A, B)));
  });

  it("weighs each like PROFILE_RECENCY times the next newer one: the latest counts most", () => {
    assert.equal(PROFILE_RECENCY, 0.75);
    const G: LikedList = { id: 50, title: "G", items: [entry(60, 0.5)] };
    const H: LikedList = { id: 51, title: "H", items: [entry(61, 0.5), entry(62, 0.5)] };
    const I: LikedList = { id: 52, title: "I", items: [entry(62, 0.5)] };
    // Likes oldest first: G weighs 0.75² = 0.5625, H 0.75, I 1.
    // 62: 0.75 × 10/11 + 1 = 1.681818; 61: 0.75; 60: 0.5625.
    assert.deepEqual(ranked([50, 51, 52], listsOf(G, H, I), undefined, PROFILE_RECENCY), [
      [62, 1.681818],
      [61, 0.75],
      [60, 0.5625],
    ]);
    // The default is PROFILE_RECENCY. Liked the other way round (G newest), G's film rises from
    // last to second: 62 = 0.5625 + 0.75 × 10/11 = 1.244318, 60 = 1, 61 = 0.75.
    assert.deepEqual(
      profileRecommendations([52, 51, 50], listsOf(G, H, I)).map((r) => r.entry.id),
      [62, 60, 61],
    );
  });

  it("breaks ties by the number of liked films leading there, then the best place, then the id", () => {
    // 20 is 11th in both lists (10/20 + 10/20 = 1); 30 and 100 are first in one (10/10 = 1).
    const C: LikedList = { id: 10, title: "C", items: [...fillers(100, 10), entry(20, 0.1)] };
    const D: LikedList = {
      id: 11,
      title: "D",
      items: [entry(30, 0.1), ...fillers(110, 9), entry(20, 0.1)],
    };
    assert.deepEqual(
      ranked([10, 11], listsOf(C, D))
        .slice(0, 3)
        .map(([id]) => id),
      [20, 30, 100],
    );
    // One list each, same score: 41 is 6th in the older list (0.75 × 10/15 = 0.5), 40 11th in the
    // newer one (10/20 = 0.5): the better place first, though its id is higher.
    const E: LikedList = { id: 12, title: "E", items: [...fillers(200, 5), entry(41, 0.1)] };
    const F: LikedList = { id: 13, title: "F", items: [...fillers(300, 10), entry(40, 0.1)] };
    const both = ranked([12, 13], listsOf(E, F), 40, PROFILE_RECENCY).filter(
      ([id]) => id === 40 || id === 41,
    );
    assert.deepEqual(both, [
      [41, 0.5],
      [40, 0.5],
    ]);
  });

  it("keeps the first k", () => {
    assert.deepEqual(ranked([1, 2], listsOf(A, B), 2), [
      [4, 1.909091],
      [3, 1],
    ]);
  });

  it("says which liked films lead to each film, most score first, then the lists' reasons", () => {
    const [four, , five] = profileRecommendations([1, 2], listsOf(A, B), { recency: 1 });
    // The co-like reason would name the liked film again: it is left out.
    assert.deepEqual(four.reasons, [
      { kind: "youLiked", values: ["B", "A"] },
      { kind: "genres", values: ["Comedy"] },
    ]);
    assert.deepEqual(five.reasons, [
      { kind: "youLiked", values: ["B"] },
      { kind: "director", values: ["X"] },
    ]);
  });
});

describe("profileLikes(likes)", () => {
  it("keeps each id once and the latest PROFILE_LIKES", () => {
    assert.deepEqual(profileLikes([3, 1, 3, 2]), [3, 1, 2]);
    const many = Array.from({ length: 30 }, (_, i) => i + 1);
    assert.deepEqual(profileLikes(many), many.slice(-PROFILE_LIKES));
  });
});

describe("ShardedEngine.recommendForLikes(likes)", () => {
  let dir: string;
  let engine: ShardedEngine;
  before(async () => {
    dir = await writeFixture();
    engine = await ShardedEngine.open(diskFetcher(dir));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("merges the liked films' shard lists, names the likes, and lists no liked film", async () => {
    const [a, b] = [862, 863];
    const answer = await engine.recommendForLikes([a, b], { k: 5 });
    assert.deepEqual(
      answer.likes.map((l) => l.id),
      [a, b],
    );
    assert.deepEqual(answer.unknown, []);
    assert.ok(answer.items.length > 0);
    for (const item of answer.items) {
      assert.ok(item.id !== a && item.id !== b);
      assert.equal(item.reasons[0].kind, "youLiked");
    }
    // The same answer as the pure function over the lists the engine read.
    const lists = new Map(
      await Promise.all(
        [a, b].map(async (id) => {
          const film = (await engine.film(id))!;
          const list = (await engine.store.record<{ items: ProfileCandidate[] }>("lists", id))!;
          return [id, { id, title: film.title, items: list.items }] as const;
        }),
      ),
    );
    assert.deepEqual(
      answer.items.map((i) => [i.id, i.score]),
      profileRecommendations([a, b], lists, { k: 5 }).map((r) => [r.entry.id, r.score]),
    );
  });

  it("refuses an unknown id by name, or leaves it out when asked", async () => {
    await assert.rejects(engine.recommendForLikes([862, 424242]), {
      name: "ProfileError",
      message: "no film with id 424242 in this build",
    });
    const answer = await engine.recommendForLikes([862, 424242], { skipUnknown: true });
    assert.deepEqual(answer.unknown, [424242]);
    assert.deepEqual(
      answer.likes.map((l) => l.id),
      [862],
    );
  });
});
