import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { languageName, list, money, ratio } from "../../../src/client/format.ts";

describe("money(lang, amount)", () => {
  it("is null (unknown) for the data's 0, never a formatted 0", () => {
    assert.equal(money("es", 0), null);
    assert.equal(money("en", -1), null);
  });
  it("formats dollars for each language", () => {
    assert.equal(money("en", 30_000_000), "$30,000,000");
    assert.match(money("es", 30_000_000)!, /^30\.000\.000\s?US\$$/);
  });
});

describe("ratio(lang, revenue, budget)", () => {
  it("is revenue over budget with one decimal", () => {
    assert.equal(ratio("en", 373_554_033, 30_000_000), "12.5");
    assert.equal(ratio("es", 373_554_033, 30_000_000), "12,5");
  });
  it("is null unless both amounts are known", () => {
    assert.equal(ratio("es", 0, 30_000_000), null);
    assert.equal(ratio("es", 100, 0), null);
  });
});

describe("list(lang, items) and languageName(lang, code)", () => {
  it("joins with the language's conjunction", () => {
    assert.equal(
      list("es", ["Tom Hanks", "Tim Allen", "Don Rickles"]),
      "Tom Hanks, Tim Allen y Don Rickles",
    );
    assert.equal(list("en", ["Tom Hanks", "Tim Allen"]), "Tom Hanks and Tim Allen");
  });
  it("names a language code in the page's language, TMDB's own codes included, never bare", () => {
    assert.equal(languageName("es", "fr"), "francés");
    assert.equal(languageName("en", "fr"), "French");
    assert.equal(languageName("es", "cn"), "cantonés");
    assert.equal(languageName("en", "cn"), "Cantonese");
    assert.equal(languageName("es", "xx"), "sin idioma");
    assert.equal(languageName("en", "xx"), "no language");
    assert.equal(languageName("en", "not a code"), "language “not a code”");
    assert.equal(languageName("es", "qq"), "idioma «qq»");
  });
});
