// Property-based fuzzing of parseLiteral: 11,000 generated and mutated inputs per run.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { LiteralError, parseLiteral } from "../../../build-data/sources/parse-literal.ts";
import { pyLiteral, type Py } from "../../fixtures/movies-metadata.ts";

const ERROR_MESSAGE = /^invalid Python literal at \d+: expected .+, found .+$/s;

/** Parses `text`; passes when it returns a value or fails with a well-formed LiteralError only. */
function parsesOrRefuses(text: string): void {
  try {
    parseLiteral(text);
  } catch (error) {
    assert.ok(error instanceof LiteralError, `not a LiteralError for ${JSON.stringify(text)}`);
    assert.match(error.message, ERROR_MESSAGE);
    assert.ok(error.position >= 0 && error.position <= text.length, "position inside the text");
  }
}

// Keys include the ones that would pollute a prototype if the parser assigned them naively.
const key = fc.oneof(
  fc.string({ maxLength: 12, unit: "grapheme" }),
  fc.constantFrom("__proto__", "constructor", "prototype", "name", "id"),
);
const number = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
);
const { value: pyValue } = fc.letrec<{ value: Py }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    number,
    fc.string({ maxLength: 20, unit: "grapheme" }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4, noNullPrototype: true }),
  ),
}));

// Literals shaped like the data's nested columns, the raw material of the mutations.
const REAL_LOOKING = [
  "[{'id': 16, 'name': 'Animation'}, {'id': 35, 'name': 'Comedy'}, {'id': 10751, 'name': 'Family'}]",
  "{'id': 10194, 'name': 'Toy Story Collection', 'poster_path': '/7G9915LfUQ2lVfwMEEhDsn3kT4B.jpg', 'backdrop_path': '/9FBwqcd9IRruEDUrTdcaafOMKUq.jpg'}",
  `[{'name': "Loew's", 'id': 1460}, {'name': 'Pixar Animation Studios', 'id': 3}]`,
  "[{'iso_3166_1': 'US', 'name': 'United States of America'}]",
  "[{'iso_639_1': 'fr', 'name': 'Français'}, {'iso_639_1': 'ja', 'name': '日本語'}]",
  "[{'cast_id': 14, 'character': 'Woody (voice)', 'credit_id': '52fe4284c3a36847f8024f95', 'gender': 2, 'id': 31, 'name': 'Tom Hanks', 'order': 0, 'profile_path': None}]",
  "[]",
  "{'a': (1, 2.5, -3e-7), 'b': [True, False, None], 'c': 'tab\\tnew\\nline \\x41 \\u00e9'}",
];
const SIGNIFICANT = ["'", '"', "[", "]", "{", "}", "(", ")", ",", ":", "\\", "\n", " ", "N", "-"];

/** One edit of a text: insert, delete, replace, truncate or duplicate a slice. */
const mutation = fc.record({
  kind: fc.constantFrom("insert", "delete", "replace", "truncate", "duplicate"),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 8 }),
  ch: fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ minLength: 1, maxLength: 2 })),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, edits: Mutation[]): string {
  for (const { kind, at, length, ch } of edits) {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    if (kind === "insert") text = text.slice(0, i) + ch + text.slice(i);
    else if (kind === "delete") text = text.slice(0, i) + text.slice(i + length);
    else if (kind === "replace") text = text.slice(0, i) + ch + text.slice(i + ch.length);
    else if (kind === "truncate") text = text.slice(0, i);
    else text = text.slice(0, i) + text.slice(i, i + length).repeat(2) + text.slice(i + length);
  }
  return text;
}

describe("parseLiteral(text) under fuzzing", () => {
  it("parses 4,000 generated literals back to the value they print (round trip)", () => {
    fc.assert(
      fc.property(pyValue, fc.constantFrom("", " ", "  "), (value, spaces) => {
        const text = pyLiteral(value, spaces);
        assert.deepEqual(parseLiteral(text), value, text);
      }),
      { numRuns: 4000 },
    );
  });

  it("keeps a '__proto__' key as data and never touches Object.prototype", () => {
    const parsed = parseLiteral("{'__proto__': {'polluted': True}}") as Record<string, Py>;
    assert.deepEqual(Object.keys(parsed), ["__proto__"]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("parses or refuses with a LiteralError 4,000 mutated real-looking literals", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REAL_LOOKING),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (text, edits) => parsesOrRefuses(mutate(text, edits)),
      ),
      { numRuns: 4000 },
    );
  });

  it("parses or refuses with a LiteralError 3,000 arbitrary strings", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40, unit: "binary" }),
      fc.string({ maxLength: 40, unit: fc.constantFrom(...SIGNIFICANT, "1", "e", ".", "x", "u") }),
    );
    fc.assert(fc.property(text, parsesOrRefuses), { numRuns: 3000 });
  });

  it("refuses nesting 100,000 levels deep with a LiteralError, not a stack overflow", () => {
    for (const open of ["[", "(", "{'a': "]) {
      assert.throws(() => parseLiteral(open.repeat(100_000)), LiteralError);
    }
  });
});
