import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { filmsToIPC } from "../../../build-data/write.ts";
import { catalogFromIPC } from "../../../src/lib/films-ipc.ts";
import { Engine } from "../../../src/lib/engine.ts";
import { createRecommender } from "../../../src/lib/recommend.ts";
import type { Film, Manifest } from "../../../src/lib/schema.ts";
import { quantize } from "../../../src/lib/vectors.ts";

/** A film with only what these tests look at; the rest unknown. */
const film = (
  id: number,
  year: number,
  votes: number,
  genres: string[],
  language: string | null,
): Film => ({
  id,
  imdb_id: null,
  title: `Film ${id}`,
  original_title: null,
  overview: null,
  tagline: null,
  release_date: `${year}-01-01`,
  release_year: year,
  budget: 0,
  revenue: 0,
  return: 0,
  runtime: null,
  popularity: null,
  vote_average: null,
  vote_count: votes,
  original_language: language,
  collection: null,
  genres,
  production_companies: null,
  production_countries: null,
  production_country_codes: null,
  spoken_languages: null,
  keywords: null,
  directors: null,
  cast: null,
  poster_path: null,
  movielens_id: null,
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
