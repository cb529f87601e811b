// What every query returns: the original API's JSON answer, or {error, sugerencias} for input it
// cannot answer. Errors are answers, not exceptions: the page and the CLI show them as they are.
import type { Catalog } from "../catalog.ts";
import type { NameIndex } from "../suggest.ts";
import type { FilmColumn, SourceName } from "../schema.ts";

/** A JSON answer with the original API's keys (plain data: it crosses the worker boundary). */
export type Answer = { [key: string]: unknown };

/** The answer to input no value matches, or to a question the data cannot answer. */
export type ErrorAnswer = {
  error: string;
  /** Up to 5 valid values closest to the input; [] when there is nothing to suggest. */
  sugerencias: string[];
};

/** The input of a query: its URL parameters (`mes`, `titulo`, `año`…). */
export type QueryInput = Readonly<Record<string, string | undefined>>;

/** Everything the queries read: the catalogue, what the source knows, and helpers from the engine. */
export interface QueryContext {
  catalog: Catalog;
  source: SourceName;
  /** Columns the source knows (the manifest's `fields`); others are null throughout. */
  fields: ReadonlySet<FilmColumn>;
  /** The engine's title index (whole-title lookups and suggestions). */
  titles: NameIndex;
  /** Titles of the 5 films most like the film at `row` (the engine's recommender). */
  recommendTitles: (row: number) => string[];
  /** Indexes built on first use and kept for every later call. */
  cache: Map<string, unknown>;
  /**
   * How many films of the whole catalogue know their people, when `catalog` holds only some of
   * them (a shard's few). Default: counted over `catalog`.
   */
  coverage?: PeopleCoverage;
}

export function isError(answer: Answer): answer is Answer & ErrorAnswer {
  return typeof answer.error === "string";
}

export const errorAnswer = (error: string, sugerencias: string[] = []): ErrorAnswer => ({
  error,
  sugerencias,
});

/** Returns the cached value under `key`, building it once. */
export function memo<T>(context: QueryContext, key: string, build: () => T): T {
  if (!context.cache.has(key)) context.cache.set(key, build());
  return context.cache.get(key) as T;
}

/** What each column is called in an answer when the data lacks it, and what would provide it. */
const MISSING: Partial<Record<FilmColumn, string>> = {
  collection: "las franquicias (colecciones): hacen falta los datos de TMDB (movies_metadata.csv)",
  production_countries:
    "los países de producción: hacen falta los datos de TMDB (movies_metadata.csv)",
  production_companies: "las productoras: hacen falta los datos de TMDB (movies_metadata.csv)",
  original_language: "el idioma original: hacen falta los datos de TMDB (movies_metadata.csv)",
  popularity: "la popularidad: hacen falta los datos de TMDB (movies_metadata.csv)",
  vote_count: "los votos: la fuente no los trae",
  runtime: "la duración: la fuente no la trae",
  directors: "los directores: hace falta credits.csv al construir los datos",
  cast: "el reparto: hace falta credits.csv al construir los datos",
};

/** The error answer when the source lacks `column`, or null when it has it. */
export function lacks(context: QueryContext, column: FilmColumn): ErrorAnswer | null {
  if (context.fields.has(column)) return null;
  return errorAnswer(
    `estos datos (fuente ${context.source}) no tienen ${MISSING[column] ?? column}`,
  );
}

/** The input's value for `param`, or the error answer when it is missing or blank. */
export function required(input: QueryInput, param: string): string | ErrorAnswer {
  const value = input[param];
  if (value === undefined || value.trim() === "")
    return errorAnswer(`falta el valor de "${param}"`);
  return value;
}

/** How many films know their people: what get_director and get_actor can see. */
export interface PeopleCoverage {
  /** Films in the catalogue. */
  films: number;
  /** Films with at least one director. */
  directors: number;
  /** Films with at least one cast member. */
  cast: number;
}

/** The coverage of the catalogue's credits: the context's own, else counted once over its films. */
export function peopleCoverage(context: QueryContext): PeopleCoverage {
  if (context.coverage) return context.coverage;
  return memo(context, "coverage", () => coverageOf(context.catalog));
}

export function coverageOf(catalog: Catalog): PeopleCoverage {
  const coverage = { films: catalog.size, directors: 0, cast: 0 };
  for (let row = 0; row < catalog.size; row++) {
    if (catalog.directors[row]?.length) coverage.directors++;
    if (catalog.cast[row]?.length) coverage.cast++;
  }
  return coverage;
}

/** Films a list key of an answer holds at most (the count of them all is the answer's own). */
export const LISTED_FILMS = 20;

/** One film of an answer's list: its id links it to its film page. */
export interface ListedFilm {
  id: number;
  titulo: string;
  año: number;
  [key: string]: unknown;
}

/** Most votes first, then most popular, then catalogue order: deterministic. */
export function byVotes(catalog: Catalog) {
  const { voteCount, popularity } = catalog;
  const pop = (row: number) => (Number.isNaN(popularity[row]) ? -1 : popularity[row]);
  return (a: number, b: number) => voteCount[b] - voteCount[a] || pop(b) - pop(a) || a - b;
}

/** The `limit` most-voted of `rows` as an answer lists them (id, title, year). */
export function topFilms(
  catalog: Catalog,
  rows: ArrayLike<number>,
  limit = LISTED_FILMS,
): ListedFilm[] {
  return Array.from(rows)
    .sort(byVotes(catalog))
    .slice(0, limit)
    .map((row) => ({
      id: catalog.id[row],
      titulo: catalog.title[row],
      año: catalog.releaseYear[row],
    }));
}
