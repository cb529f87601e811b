import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  MAX_LIKES,
  formatLikes,
  likesFromText,
  mergeLikes,
  parseLikes,
  sameLikes,
  withLike,
} from "../../../src/site/likes.ts";

describe("parseLikes(text)", () => {
  it("reads comma-separated ids, each once, blanks skipped, the rest set apart", () => {
    assert.deepEqual(parseLikes("862, 863,,862, x1,0,-5,2147483648,2147483647"), {
      ids: [862, 863, 2147483647],
      invalid: ["x1", "0", "-5", "2147483648"],
    });
    assert.deepEqual(parseLikes(""), { ids: [], invalid: [] });
  });
  it("keeps the newest MAX_LIKES", () => {
    const ids = Array.from({ length: MAX_LIKES + 5 }, (_, i) => i + 1);
    assert.deepEqual(parseLikes(formatLikes(ids)).ids, ids.slice(5));
  });
});

describe("likesFromText(text)", () => {
  it("reads a pasted link, its query string, or the ids alone", () => {
    for (const text of [
      "https://example.org/para-ti/?vistas=862%2C863#x",
      "http://127.0.0.1:4321/en/for-you/?vistas=862,863",
      "?vistas=862,863",
      "vistas=862,863",
      " 862, 863 ",
    ])
      assert.deepEqual(likesFromText(text).ids, [862, 863], text);
    assert.deepEqual(likesFromText("https://example.org/para-ti/").ids, []);
  });
});

describe("mergeLikes, withLike, sameLikes", () => {
  it("adds what is missing at the end, and toggles one like", () => {
    assert.deepEqual(mergeLikes([1, 2], [2, 3, 1, 4]), [1, 2, 3, 4]);
    assert.deepEqual(withLike([1, 2, 3], 1, true), [2, 3, 1]);
    assert.deepEqual(withLike([1, 2, 3], 2, false), [1, 3]);
    assert.ok(sameLikes([1, 2], [2, 1]));
    assert.ok(!sameLikes([1, 2], [1, 3]));
    assert.ok(!sameLikes([1], [1, 1]));
  });
});
