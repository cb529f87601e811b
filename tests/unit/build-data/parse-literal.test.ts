import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LiteralError, namesOf, parseLiteral } from "../../../build-data/sources/parse-literal.ts";

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

describe("parseLiteral(text) on the data set's tricky cases", () => {
  it("keeps an escaped apostrophe inside a single-quoted string", () => {
    assert.deepEqual(parseLiteral(String.raw`[{'name': 'Director\'s Cut'}]`), [
      { name: "Director's Cut" },
    ]);
  });
  it("keeps a double quote inside a single-quoted string and a backslash escape", () => {
    assert.equal(parseLiteral(String.raw`'Say "hi" \\ bye'`), 'Say "hi" \\ bye');
  });
  it("keeps an unknown escape as Python does (backslash and letter)", () => {
    assert.equal(parseLiteral(String.raw`'a\qb'`), "a\\qb");
  });
  it("decodes \\n and \\t and an 8-digit \\U escape", () => {
    assert.equal(parseLiteral(String.raw`'a\nb\tc\U0001F600'`), "a\nb\tc😀");
  });
  it("reads None as the value of a key", () => {
    assert.deepEqual(
      parseLiteral("{'id': 10194, 'name': 'Toy Story Collection', 'backdrop_path': None}"),
      { id: 10194, name: "Toy Story Collection", backdrop_path: null },
    );
  });
  it("reads nested lists and dicts, and whitespace with line breaks between items", () => {
    assert.deepEqual(parseLiteral("[\n {'a': [1, (2, 3)], 'b': {}},\n]"), [
      { a: [1, [2, 3]], b: {} },
    ]);
  });
  it("keeps a __proto__ key as plain data", () => {
    const value = parseLiteral("{'__proto__': 'x'}") as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(value, "__proto__")?.value, "x");
  });
  it("refuses a line break inside a string", () => {
    assert.throws(() => parseLiteral("'a\nb'"), {
      name: "LiteralError",
      message: "invalid Python literal at 2: expected closing ', found \"\\nb'\"",
    });
  });
  it("refuses JSON's double-quoted keys with true/false", () => {
    assert.throws(() => parseLiteral('{"a": true}'), /expected a value, found "true}"/);
  });
  it("refuses nesting deeper than 64 levels", () => {
    assert.throws(() => parseLiteral("[".repeat(100) + "]".repeat(100)), /nesting of at most 64/);
  });
  it("refuses a missing comma between items", () => {
    assert.throws(() => parseLiteral("[1 2]"), /expected "," or "\]"/);
  });
});
