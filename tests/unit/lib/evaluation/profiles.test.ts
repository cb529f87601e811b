import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  evaluateProfiles,
  heldOutProfiles,
  pooledProfiles,
  popularBut,
} from "../../../../src/lib/evaluation/profiles.ts";

describe("heldOutProfiles(likes)", () => {
  it("holds out each viewer's latest like; the likes before it, oldest first, are the profile", () => {
    const likes = [
      { user: 2, row: 7, time: 30 },
      { user: 1, row: 5, time: 20 },
      { user: 1, row: 3, time: 10 },
      { user: 1, row: 9, time: 40 },
      { user: 1, row: 4, time: 20 }, // the same second as row 5: the lower row first
      { user: 3, row: 1, time: 5 }, // one like: no case
      { user: 2, row: 7, time: 50 }, // a repeated like counts at its first time
      { user: 2, row: 8, time: 40 },
    ];
    assert.deepEqual(heldOutProfiles(likes), [
      { user: 1, profile: [3, 4, 5], heldOut: 9 },
      { user: 2, profile: [7], heldOut: 8 },
    ]);
  });
  it("keeps the up to `length` likes just before the held-out one", () => {
    const likes = Array.from({ length: 25 }, (_, i) => ({ user: 1, row: i, time: i }));
    const [one] = heldOutProfiles(likes);
    assert.equal(one.heldOut, 24);
    assert.deepEqual(
      one.profile,
      Array.from({ length: 20 }, (_, i) => i + 4),
    );
    assert.deepEqual(heldOutProfiles(likes, 2)[0].profile, [22, 23]);
  });
});

describe("evaluateProfiles(method, cases, listFor, size)", () => {
  it("counts a hit when the top k holds the held-out film, and the films the lists use", () => {
    const cases = [
      { user: 1, profile: [1, 2], heldOut: 3 },
      { user: 2, profile: [1], heldOut: 9 },
    ];
    const r = evaluateProfiles("m", cases, (p) => (p.length === 2 ? [4, 3] : [4, 5]), 100, 2);
    // One hit of two; films 3, 4 and 5 of 100; profiles of 2 and 1 likes.
    assert.deepEqual(r, {
      method: "m",
      viewers: 2,
      hitRate: 0.5,
      coverage: 0.03,
      meanProfile: 1.5,
    });
    // Past k does not count.
    assert.equal(evaluateProfiles("m", cases, () => [4, 5, 3], 100, 2).hitRate, 0);
  });
  it("pools folds: hit rate over every viewer, coverage averaged over folds", () => {
    const a = { method: "m", viewers: 1, hitRate: 1, coverage: 0.1, meanProfile: 2 };
    const b = { method: "m", viewers: 3, hitRate: 0, coverage: 0.3, meanProfile: 4 };
    const p = pooledProfiles([a, b]);
    assert.equal(p.viewers, 4);
    assert.equal(p.hitRate, 0.25);
    assert.ok(Math.abs(p.coverage - 0.2) < 1e-12);
    assert.equal(p.meanProfile, 3.5);
  });
});

describe("popularBut(order, profile)", () => {
  it("takes the most popular films the profile lacks", () => {
    assert.deepEqual(popularBut([5, 3, 8, 1, 2], [3, 1], 2), [5, 8]);
  });
});
