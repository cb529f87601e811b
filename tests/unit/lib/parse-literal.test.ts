import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LiteralError, namesOf, parseLiteral } from "../../../src/lib/parse-literal.ts";

describe("parseLiteral(text)", () => {
  it("reads a list of dicts with single-quoted strings", () => {
    assert.deepEqual(
      parseLiteral("[{'id': 16, 'name': 'Animation'}, {'id': 35, 'name': 'Comedy'}]"),
      [
        { id: 16, name: "Animation" },
        { id: 35, name: "Comedy" },
      ],
    );
  });
  it("reads None, True, False and floats", () => {
    assert.deepEqual(parseLiteral("{'a': None, 'b': True, 'c': False, 'd': -1.5e3}"), {
      a: null,
      b: true,
      c: false,
      d: -1500,
    });
  });
  it("reads a name with an apostrophe inside double quotes", () => {
    assert.deepEqual(parseLiteral(`[{'name': "Loew's", 'id': 1460}]`), [
      { name: "Loew's", id: 1460 },
    ]);
  });
  it("decodes escapes, including \\x and \\u", () => {
    assert.equal(parseLiteral(String.raw`'It\'s \xe9t\u00e9'`), "It's été");
  });
  it("reads an empty list and a tuple", () => {
    assert.deepEqual(parseLiteral("[]"), []);
    assert.deepEqual(parseLiteral("(1, 2)"), [1, 2]);
  });
  it("refuses JSON-only syntax with a message naming the position", () => {
    assert.throws(() => parseLiteral("[null]"), {
      name: "LiteralError",
      message: 'invalid Python literal at 1: expected a value, found "null]"',
    });
  });
  it("refuses an unterminated string", () => {
    assert.throws(() => parseLiteral("['abc"), LiteralError);
  });
  it("refuses trailing text", () => {
    assert.throws(() => parseLiteral("[] x"), /expected end of text/);
  });
});

describe("namesOf(value)", () => {
  it("takes the name of every dict, in order", () => {
    assert.deepEqual(namesOf(parseLiteral("[{'name': 'a'}, {'name': 'b'}]")), ["a", "b"]);
  });
});
