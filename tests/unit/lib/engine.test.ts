import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Engine } from "../../../src/lib/engine.ts";
import { createRecommender } from "../../../src/lib/recommend.ts";
import { emptyFilm, type Film, type Manifest } from "../../../src/lib/schema.ts";
import { quantize } from "../../../src/lib/vectors.ts";
import { filmsToIPC, catalogFromIPC } from "../../../src/lib/codecs/films.ts";

/** A film with only what these tests look at; the rest unknown. */
const film = (
  id: number,
  year: number,
  votes: number,
  genres: string[],
  language: string | null,
): Film => ({
  ...emptyFilm(),
  id,
  title: `Film ${id}`,
  release_date: `${year}-01-01`,
  release_year: year,
  vote_count: votes,
  original_language: language,
  genres,
});

function engineOf(films: Film[]): Engine {
  const catalog = catalogFromIPC(filmsToIPC(films));
  const vectors = quantize(Float32Array.from(films.flatMap(() => [1, 0])), 2);
  return new Engine({ source: "kaggle" } as Manifest, catalog, createRecommender(catalog, vectors));
}

describe("Engine.facets()", () => {
  it("lists genres alphabetically, languages by frequency, and the year span", () => {
    const engine = engineOf([
      film(1, 1995, 10, ["Comedy", "Animation"], "en"),
      film(2, 1950, 5, ["Drama"], "fr"),
      film(3, 2010, 7, [], "fr"),
      film(4, 1980, 1, ["Comedy"], null),
    ]);
    assert.deepEqual(engine.facets(), {
      genres: ["Animation", "Comedy", "Drama"],
      languages: ["fr", "en"],
      yearMin: 1950,
      yearMax: 2010,
    });
  });
});

describe("Engine.popular(k)", () => {
  it("returns the k most-voted films, most votes first", () => {
    const engine = engineOf([
      film(1, 1995, 10, [], null),
      film(2, 1950, 500, [], null),
      film(3, 2010, 70, [], null),
      film(4, 1980, 1, [], null),
      film(5, 1981, 90, [], null),
    ]);
    assert.deepEqual(
      engine.popular(3).map((f) => f.id),
      [2, 5, 3],
    );
    assert.equal(engine.popular(10).length, 5);
  });
});
