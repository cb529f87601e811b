import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  TERM_WEIGHTS,
  termsOf,
  tfidfMatrix,
  type TermKind,
} from "../../../../build-data/features/film-terms.ts";
import { csrFromRows, normalizeRows } from "../../../../build-data/features/sparse.ts";
import type { Film } from "../../../../src/lib/schema.ts";
import { film } from "../../../fixtures/films.ts";
import { randomFilms } from "../../../fixtures/random-films.ts";

/** The matrix as the build computed it before: string terms per film, weights looked up per film. */
function tfidfByStrings(films: readonly Film[]) {
  const bags = films.map(termsOf);
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const terms = [...df]
    .filter(([, n]) => n >= 2)
    .map(([t]) => t)
    .sort();
  const column = new Map(terms.map((t, i) => [t, i]));
  const rows = bags.map((bag) => {
    const row = new Map<number, number>();
    for (const [t, count] of bag) {
      const c = column.get(t);
      if (c === undefined) continue;
      const kind = t.slice(0, t.indexOf(":")) as TermKind;
      row.set(c, TERM_WEIGHTS[kind] * (1 + Math.log(count)) * Math.log(films.length / df.get(t)!));
    }
    return row;
  });
  return { matrix: normalizeRows(csrFromRows(rows, terms.length)), terms };
}

describe("termsOf(film)", () => {
  it("folds names, counts repeated words and drops stop words", () => {
    const terms = termsOf(
      film({
        title: "Héroes",
        release_year: 1987,
        directors: ["Pedro Almodóvar"],
        genres: ["Drama", "Drama"],
        overview: "The city, the CITY and a ghost.",
      }),
    );
    assert.equal(terms.get("director:pedro almodovar"), 1);
    assert.equal(terms.get("genre:drama"), 1);
    assert.equal(terms.get("word:city"), 2);
    assert.equal(terms.get("word:ghost"), 1);
    assert.equal(terms.get("decade:1980"), 1);
    assert.equal(terms.has("word:the"), false);
  });
});

describe("tfidfMatrix(films)", () => {
  it("gives the string-keyed construction's matrix and vocabulary, bit for bit", () => {
    const films = randomFilms(120, 5);
    assert.deepEqual(tfidfMatrix(films), tfidfByStrings(films));
  });
});
