// The catalogue as columns: typed arrays and string arrays. Hot paths (queries, recommendations,
// search) index these columns by row; no per-film objects. Made from the films asset (codecs/films.ts)
// or from plain films (a shard's few, the build's, fixtures).
import type { Film } from "./schema.ts";

/** A film table as columns; row `i` of every column describes the same film. */
export interface Catalog {
  size: number;
  id: Int32Array;
  title: string[];
  originalTitle: TextColumn;
  imdbId: TextColumn;
  overview: TextColumn;
  tagline: TextColumn;
  releaseDate: string[];
  releaseYear: Int16Array;
  budget: Float64Array;
  revenue: Float64Array;
  return: Float64Array;
  /** NaN where unknown. */
  runtime: Float32Array;
  /** NaN where unknown. */
  popularity: Float32Array;
  /** NaN where unknown. */
  voteAverage: Float32Array;
  /** -1 where unknown. */
  voteCount: Int32Array;
  originalLanguage: (string | null)[];
  collection: (string | null)[];
  genres: (string[] | null)[];
  companies: (string[] | null)[];
  countries: (string[] | null)[];
  countryCodes: (string[] | null)[];
  spokenLanguages: (string[] | null)[];
  keywords: (string[] | null)[];
  directors: (string[] | null)[];
  cast: (string[] | null)[];
  posterPath: (string | null)[];
  movielensId: Int32Array;
  certification: (string | null)[];
  /** Row of each film id. */
  rowOfId: Map<number, number>;
}

/**
 * A column read row by row on demand. Long texts that only a film page shows (overviews, taglines)
 * stay in the Arrow buffer: decoding them all at load time was most of the worker's start-up.
 */
export interface TextColumn {
  get(row: number): string | null;
}

/** A {@link TextColumn} over plain values (fixtures, tests). */
export const textColumn = (values: readonly (string | null)[]): TextColumn => ({
  get: (row) => values[row] ?? null,
});

/** Thrown when an asset does not match the data contract. */
export class AssetError extends Error {
  override name = "AssetError";
}

/** One film as a plain object (for film pages and answers, never for hot loops). */
export function filmAt(catalog: Catalog, row: number): Film {
  const nan = (x: number) => (Number.isNaN(x) ? null : x);
  return {
    id: catalog.id[row],
    imdb_id: catalog.imdbId.get(row),
    title: catalog.title[row],
    original_title: catalog.originalTitle.get(row),
    overview: catalog.overview.get(row),
    tagline: catalog.tagline.get(row),
    release_date: catalog.releaseDate[row],
    release_year: catalog.releaseYear[row],
    budget: catalog.budget[row],
    revenue: catalog.revenue[row],
    return: catalog.return[row],
    runtime: nan(catalog.runtime[row]),
    popularity: nan(catalog.popularity[row]),
    vote_average: nan(catalog.voteAverage[row]),
    vote_count: catalog.voteCount[row] < 0 ? null : catalog.voteCount[row],
    original_language: catalog.originalLanguage[row],
    collection: catalog.collection[row],
    genres: catalog.genres[row],
    production_companies: catalog.companies[row],
    production_countries: catalog.countries[row],
    production_country_codes: catalog.countryCodes[row],
    spoken_languages: catalog.spokenLanguages[row],
    keywords: catalog.keywords[row],
    directors: catalog.directors[row],
    cast: catalog.cast[row],
    poster_path: catalog.posterPath[row],
    movielens_id: catalog.movielensId[row] < 0 ? null : catalog.movielensId[row],
    certification: catalog.certification[row],
  };
}

/** The columnar catalogue of plain films (a shard's few films, the build's cleaned films, fixtures). */
export function catalogFromFilms(films: readonly Film[]): Catalog {
  const column = <T>(pick: (film: Film) => T) => films.map(pick);
  const nan = (x: number | null) => x ?? NaN;
  const id = Int32Array.from(films, (f) => f.id);
  const rowOfId = new Map<number, number>();
  id.forEach((value, row) => rowOfId.set(value, row));
  return {
    size: films.length,
    id,
    title: column((f) => f.title),
    originalTitle: textColumn(column((f) => f.original_title)),
    imdbId: textColumn(column((f) => f.imdb_id)),
    overview: textColumn(column((f) => f.overview)),
    tagline: textColumn(column((f) => f.tagline)),
    releaseDate: column((f) => f.release_date),
    releaseYear: Int16Array.from(films, (f) => f.release_year),
    budget: Float64Array.from(films, (f) => f.budget),
    revenue: Float64Array.from(films, (f) => f.revenue),
    return: Float64Array.from(films, (f) => f.return),
    runtime: Float32Array.from(films, (f) => nan(f.runtime)),
    popularity: Float32Array.from(films, (f) => nan(f.popularity)),
    voteAverage: Float32Array.from(films, (f) => nan(f.vote_average)),
    voteCount: Int32Array.from(films, (f) => f.vote_count ?? -1),
    originalLanguage: column((f) => f.original_language),
    collection: column((f) => f.collection),
    genres: column((f) => f.genres),
    companies: column((f) => f.production_companies),
    countries: column((f) => f.production_countries),
    countryCodes: column((f) => f.production_country_codes),
    spokenLanguages: column((f) => f.spoken_languages),
    keywords: column((f) => f.keywords),
    directors: column((f) => f.directors),
    cast: column((f) => f.cast),
    posterPath: column((f) => f.poster_path),
    movielensId: Int32Array.from(films, (f) => f.movielens_id ?? -1),
    certification: column((f) => f.certification),
    rowOfId,
  };
}
