import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { objectText } from "../../../../build-data/shards/object-text.ts";

/** What the payloads were before: each value parsed, the object written whole. */
const reference = (entries: [string, string][]) =>
  JSON.stringify(Object.fromEntries(entries.map(([key, text]) => [key, JSON.parse(text)])));

describe("objectText(entries)", () => {
  it("writes what JSON.stringify(Object.fromEntries(…)) writes for the parsed values", () => {
    const entries: [string, string][] = [
      ["drama", '{"name":"Drama","total":2}'],
      ["1995", "[1,2]"],
      ["drama|votes|2", '[{"id":3}]'],
      ["0", "null"],
      ["01", '"leading zero: not an index"'],
      ["4294967295", "true"],
      ["__proto__", '{"a":1}'],
      ["caf\u00e9 \u201cquoted\u201d", JSON.stringify("\u00e9 \ud800 \n")],
    ];
    assert.equal(objectText(entries), reference(entries));
  });
  it("keeps a repeated key at its first place with its last value", () => {
    const entries: [string, string][] = [
      ["a", "1"],
      ["b", "2"],
      ["a", "3"],
    ];
    assert.equal(objectText(entries), '{"a":3,"b":2}');
    assert.equal(objectText(entries), reference(entries));
  });
  it("writes {} for no entries", () => assert.equal(objectText([]), "{}"));
});
