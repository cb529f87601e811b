import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chunkKeys, typoKeys } from "../../../../src/lib/shards/name-search.ts";

describe("chunkKeys(text)", () => {
  it("reads the chunks of the three longest words", () => {
    assert.deepEqual(chunkKeys("The Lord of the Rings"), ["rin", "lor", "the"]);
  });
  it("keys a word still being typed by what there is of it", () => {
    assert.deepEqual(chunkKeys("toy st"), ["toy", "st"]);
  });
  it("reads nothing for blank text", () => {
    assert.deepEqual(chunkKeys("  "), []);
  });
});

describe("typoKeys(word)", () => {
  it("offers the keys of a swap or a missing letter among the first letters", () => {
    // t-p swapped: pto; t left out: poy; p-o swapped: top; p left out: toy; o-y swapped or o left
    // out: tpy. The word's own key (tpo) is not among them.
    assert.deepEqual(typoKeys("tpoy").sort(), ["poy", "pto", "top", "toy", "tpy"]);
    assert.ok(typoKeys("tpoy").includes("toy"), "a swap of p and o finds toy");
    assert.ok(typoKeys("tooy").includes("toy"), "a doubled letter left out finds toy");
    assert.ok(!typoKeys("toys").includes("toy"), "the word's own key is not offered again");
  });
  it("offers nothing for a word no longer than a key (its chunk holds every variant)", () => {
    assert.deepEqual(typoKeys("toy"), []);
  });
});
