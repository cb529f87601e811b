import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  bucketOf,
  hashKey,
  prefixKey,
  prefixesOf,
  words,
} from "../../../../src/lib/shards/keys.ts";

describe("hashKey(key)", () => {
  it("is 32-bit FNV-1a: the offset basis for the empty key, the published value for 'a'", () => {
    assert.equal(hashKey(""), 0x811c9dc5);
    assert.equal(hashKey("a"), 0xe40c292c);
    assert.equal(hashKey("foobar"), 0xbf9cf968);
  });
});

describe("bucketOf(key, buckets)", () => {
  it("files numbers and their decimal text in the same bucket", () => {
    assert.equal(bucketOf(862, 178), bucketOf("862", 178));
  });
  it("spreads consecutive ids over the buckets", () => {
    const counts = new Array(10).fill(0);
    for (let id = 1; id <= 10_000; id++) counts[bucketOf(id, 10)]++;
    for (const n of counts) assert.ok(n > 800 && n < 1200, `bucket holds ${n} of 10,000`);
  });
  it("refuses a bucket count that is not a whole number ≥ 1", () => {
    assert.throws(() => bucketOf(1, 0), {
      message: "invalid bucket count 0: expected a whole number ≥ 1",
    });
  });
});

describe("words(text) and prefixKey(word)", () => {
  it("folds accents and case and splits at spaces and punctuation", () => {
    assert.deepEqual(words("Le Fabuleux Destin d'Amélie Poulain"), [
      "le",
      "fabuleux",
      "destin",
      "d",
      "amelie",
      "poulain",
    ]);
  });
  it("keys a word by its first three characters, whole code points", () => {
    assert.equal(prefixKey("story"), "sto");
    assert.equal(prefixKey("up"), "up");
    assert.equal(prefixKey("𝔸𝔹ℂ𝔻"), "𝔸𝔹ℂ");
    assert.deepEqual(prefixesOf("toys"), ["t", "to", "toy"]);
  });
});
