// A canonical film for EDA fixtures: every field null or zero unless the test gives it.
import type { Film } from "../../../../src/lib/schema.ts";

export function film(fields: Partial<Film> & { id: number }): Film {
  const date = fields.release_date ?? "2000-01-01";
  return {
    imdb_id: null,
    title: `Film ${fields.id}`,
    original_title: null,
    overview: null,
    tagline: null,
    release_date: date,
    release_year: Number(date.slice(0, 4)),
    budget: 0,
    revenue: 0,
    return: 0,
    runtime: null,
    popularity: null,
    vote_average: null,
    vote_count: null,
    original_language: null,
    collection: null,
    genres: null,
    production_companies: null,
    production_countries: null,
    production_country_codes: null,
    spoken_languages: null,
    keywords: null,
    directors: null,
    cast: null,
    poster_path: null,
    movielens_id: null,
    ...fields,
  };
}
