import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { closest, editDistance, fold } from "../../../src/lib/text.ts";

describe("fold(text)", () => {
  it("ignores case, accents and surrounding spaces", () => {
    assert.equal(fold("  Miércoles  "), "miercoles");
    assert.equal(fold("AMÉLIE"), fold("amelie"));
  });
});

describe("editDistance(a, b)", () => {
  it("counts insertions, deletions and substitutions", () => {
    assert.equal(editDistance("kitten", "sitting"), 3);
    assert.equal(editDistance("", "abc"), 3);
    assert.equal(editDistance("same", "same"), 0);
  });
});

describe("closest(query, names)", () => {
  it("puts prefix matches first, then substrings, then near misses", () => {
    assert.deepEqual(closest("toy", ["Buy Toys", "Toy Story", "Tay"], { limit: 3 }), [
      "Toy Story",
      "Buy Toys",
      "Tay",
    ]);
  });
});
