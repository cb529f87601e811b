import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  coverage,
  hitAt,
  intraListDiversity,
  jaccardDistance,
  ndcgAt,
  precisionAt,
  topShare,
} from "../../../../src/lib/evaluation/metrics.ts";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

describe("hitAt / precisionAt / ndcgAt", () => {
  const list = [5, 1, 7, 3];
  const relevant = new Set([1, 3, 9]);
  it("counts a hit when any of the first k is relevant", () => {
    assert.equal(hitAt(list, relevant, 4), 1);
    assert.equal(hitAt(list, relevant, 1), 0);
  });
  it("divides the hits by k, not by the list length", () => {
    close(precisionAt(list, relevant, 4), 2 / 4);
    close(precisionAt(list, relevant, 10), 2 / 10);
  });
  it("discounts hits by log2(position + 1) and normalises by the ideal order", () => {
    // Hits at positions 2 and 4: 1/log2(3) + 1/log2(5); ideal: 3 relevant at 1, 2, 3.
    const dcg = 1 / Math.log2(3) + 1 / Math.log2(5);
    const ideal = 1 + 1 / Math.log2(3) + 1 / Math.log2(4);
    close(ndcgAt(list, relevant, 4), dcg / ideal);
    close(ndcgAt([1, 3, 9], relevant, 3), 1);
    assert.equal(ndcgAt(list, new Set(), 4), 0);
  });
});

describe("coverage(lists, size)", () => {
  it("is the share of the catalogue named by some list", () => {
    close(coverage([[0, 1], [1, 2], [2]], 10), 0.3);
    assert.equal(coverage([], 0), 0);
  });
});

describe("jaccardDistance / intraListDiversity", () => {
  it("is 1 − |A∩B| / |A∪B|, and 0 for two empty sets", () => {
    close(jaccardDistance(["Drama", "Crime"], ["Crime", "Thriller"]), 1 - 1 / 3);
    assert.equal(jaccardDistance([], []), 0);
  });
  it("averages the distance over every pair of a list", () => {
    const genres = [["A"], ["A"], ["B"]];
    const d = (a: number, b: number) => jaccardDistance(genres[a], genres[b]);
    close(intraListDiversity([0, 1, 2], d), (0 + 1 + 1) / 3);
    assert.equal(intraListDiversity([0], d), 0);
  });
});

describe("coverage of the lists of liked films", () => {
  it("counts each film once however many lists hold it, over the whole catalogue", () => {
    // Three lists over a catalogue of 20: films 1, 2, 3, 4, 5 and 9 appear: 6 of 20.
    const lists = [
      [1, 2, 3],
      [2, 3, 4],
      [5, 9, 1],
    ];
    close(coverage(lists, 20), 6 / 20);
  });
});

describe("topShare(lists, sameCollection)", () => {
  const none = () => false;
  it("is the share of the lists holding their most frequent film", () => {
    // Film 7 is in 3 of the 4 lists, film 8 in 2: 3/4.
    const lists = [
      { query: 0, items: [7, 8, 1] },
      { query: 1, items: [7, 2] },
      { query: 2, items: [7, 8] },
      { query: 3, items: [4, 5] },
    ];
    assert.deepEqual(topShare(lists, none), { share: 3 / 4, film: 7 });
  });
  it("does not count a film in the list of one of its collection-mates", () => {
    // Films 0, 1 and 7 are one collection: 7 in the lists of 0 and 1 does not count; 8 wins, 2 of 4.
    const collection = [1, 1, null, null, null, null, null, 1, null];
    const same = (q: number, r: number) =>
      collection[q] !== null && collection[q] === collection[r];
    const lists = [
      { query: 0, items: [7, 8] },
      { query: 1, items: [7, 8] },
      { query: 2, items: [7, 3] },
      { query: 3, items: [4, 5] },
    ];
    assert.deepEqual(topShare(lists, same), { share: 2 / 4, film: 8 });
  });
  it("counts a film once per list and breaks ties toward the lower row", () => {
    const lists = [
      { query: 0, items: [5, 5, 3] },
      { query: 1, items: [3, 5] },
    ];
    assert.deepEqual(topShare(lists, none), { share: 1, film: 3 });
  });
  it("is 0 with no film for no lists", () => {
    assert.deepEqual(topShare([], none), { share: 0, film: -1 });
  });
});
