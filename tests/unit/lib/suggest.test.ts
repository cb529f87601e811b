import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createNameIndex } from "../../../src/lib/suggest.ts";

const names = [
  "Toy Story",
  "Toy Story 2",
  "The Toy",
  "Amélie",
  "Pan's Labyrinth",
  "United States of America",
];

describe("createNameIndex(names).suggest(text)", () => {
  const index = createNameIndex(names, { aliases: (i) => (i === 5 ? ["US"] : []) });
  const suggest = (text: string, limit?: number) =>
    index.suggest(text, { limit }).map((i) => names[i]);

  it("finds names by a prefix of their words", () => {
    assert.deepEqual(suggest("toy sto"), ["Toy Story", "Toy Story 2"]);
  });
  it("puts the exact name first", () => {
    assert.equal(suggest("toy story")[0], "Toy Story");
  });
  it("ignores accents and case", () => {
    assert.deepEqual(suggest("AMELIE"), ["Amélie"]);
  });
  it("tolerates a typo in a longer word", () => {
    assert.deepEqual(suggest("labyrnth"), ["Pan's Labyrinth"]);
  });
  it("finds a name by an alias", () => {
    assert.deepEqual(suggest("us"), ["United States of America"]);
  });
  it("returns nothing for blank text", () => {
    assert.deepEqual(suggest("   "), []);
  });
  it("ranks by the boost among equally good matches", () => {
    const boosted = createNameIndex(["Heat", "Heat"], { boost: (i) => (i === 1 ? 1000 : 1) });
    assert.deepEqual(boosted.suggest("heat"), [1, 0]);
  });
});

describe("createNameIndex(names).exact(text)", () => {
  it("matches whole names only, loosely", () => {
    const index = createNameIndex(["Pixar Animation Studios", "Pixar"]);
    assert.deepEqual(index.exact("  pixar "), [1]);
    assert.deepEqual(index.exact("pix"), []);
  });
});
