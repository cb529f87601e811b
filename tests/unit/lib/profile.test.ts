import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { diskFetcher } from "../../../scripts/lib/node-engine.ts";
import {
  PROFILE_LIKES,
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

const ranked = (likes: number[], lists: Map<number, LikedList>, k?: number) =>
  profileRecommendations(likes, lists, { k }).map((r) => [r.entry.id, Number(r.score.toFixed(6))]);

describe("profileRecommendations(likes, lists)", () => {
  it("sums each film's scores over the liked films' lists, best first (hand-computed)", () => {
    // 4: 0.4 + 0.3 = 0.7; 5: 0.6; 3: 0.5.
    assert.deepEqual(ranked([1, 2], listsOf(A, B)), [
      [4, 0.7],
      [5, 0.6],
      [3, 0.5],
    ]);
  });

  it("never returns a liked film, though the lists hold them", () => {
    const ids = profileRecommendations([1, 2], listsOf(A, B)).map((r) => r.entry.id);
    assert.ok(!ids.includes(1) && !ids.includes(2));
    // With only A liked, B is a recommendation like any other.
    assert.deepEqual(ranked([1], listsOf(A, B)), [
      [2, 0.9],
      [3, 0.5],
      [4, 0.4],
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

  it("gives the same order and scores whatever the order of the likes", () => {
    assert.deepEqual(ranked([2, 1], listsOf(A, B)), ranked([1, 2], listsOf(A, B)));
  });

  it("breaks ties by the number of liked films leading there, then the best place, then the id", () => {
    const C: LikedList = { id: 10, title: "C", items: [entry(21, 0.25), entry(20, 0.25)] };
    const D: LikedList = {
      id: 11,
      title: "D",
      items: [entry(30, 0.5), entry(22, 0.5), entry(20, 0.25), entry(23, 0.5)],
    };
    // 20 (two lists, 0.5) before 30, 22 and 23 (one list, 0.5); 30 is placed first in D, then 22
    // and 23 by place; 21 last.
    assert.deepEqual(
      ranked([10, 11], listsOf(C, D)).map(([id]) => id),
      [20, 30, 22, 23, 21],
    );
    // Equal in all but the id: the lower id first.
    const E: LikedList = { id: 12, title: "E", items: [entry(41, 0.1)] };
    const F: LikedList = { id: 13, title: "F", items: [entry(40, 0.1)] };
    assert.deepEqual(
      ranked([12, 13], listsOf(E, F)).map(([id]) => id),
      [40, 41],
    );
  });

  it("keeps the first k", () => {
    assert.deepEqual(ranked([1, 2], listsOf(A, B), 2), [
      [4, 0.7],
      [5, 0.6],
    ]);
  });

  it("says which liked films lead to each film, most score first, then the lists' reasons", () => {
    const [four, five] = profileRecommendations([1, 2], listsOf(A, B));
    // The co-like reason would name the liked film again: it is left out.
    assert.deepEqual(four.reasons, [
      { kind: "youLiked", values: ["A", "B"] },
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
