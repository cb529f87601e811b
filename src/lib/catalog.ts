// The catalogue as columns: typed arrays and string arrays. Hot paths (queries, recommendations,
// search) index these columns by row; no per-film objects. Made from the films asset (codecs/films.ts)
// or from plain films (a shard's few, the build's, fixtures).
import { FILM_FIELDS, type ColumnKind, type Film, type FilmColumn } from "./schema.ts";

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

/** The catalogue's key of each film column that is not its camelCased name. */
const KEY_OVERRIDES: Partial<Record<FilmColumn, keyof Catalog>> = {
  production_companies: "companies",
  production_countries: "countries",
  production_country_codes: "countryCodes",
};

/** Text columns held as {@link TextColumn}s (read row by row, never decoded whole). */
export const TEXT_COLUMNS: ReadonlySet<FilmColumn> = new Set([
  "imdb_id",
  "original_title",
  "overview",
  "tagline",
]);

/** A film column as the catalogue holds it, derived from the schema's field list. */
export interface CatalogColumn {
  name: FilmColumn;
  key: keyof Catalog;
  kind: ColumnKind;
  nullable: boolean;
  /** How its values are held: typed arrays (unknown: NaN for floats, -1 for integers), strings, texts or lists. */
  holds: "integers" | "floats" | "strings" | "texts" | "lists";
}

const holds = (name: FilmColumn, kind: ColumnKind): CatalogColumn["holds"] =>
  kind === "int16" || kind === "int32"
    ? "integers"
    : kind === "float32" || kind === "float64"
      ? "floats"
      : kind === "list-utf8"
        ? "lists"
        : TEXT_COLUMNS.has(name)
          ? "texts"
          : "strings";

/** Every film column, in the schema's order, with its catalogue key and storage. */
export const CATALOG_COLUMNS: readonly CatalogColumn[] = FILM_FIELDS.map(
  ({ name, kind, nullable }) => ({
    name,
    key:
      KEY_OVERRIDES[name] ??
      (name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof Catalog),
    kind,
    nullable,
    holds: holds(name, kind),
  }),
);

/** A typed array of the column's kind. */
export function typedColumn(
  kind: ColumnKind,
  length: number,
): Int16Array | Int32Array | Float32Array | Float64Array {
  if (kind === "int16") return new Int16Array(length);
  if (kind === "int32") return new Int32Array(length);
  if (kind === "float32") return new Float32Array(length);
  return new Float64Array(length);
}

/**
 * What a typed column holds for a missing value: NaN (floats) or -1 (integers) where the schema lets
 * it be unknown, 0 where it may not (as a typed array converts null).
 */
export const unknownOrZero = (column: CatalogColumn) =>
  !column.nullable ? 0 : column.holds === "floats" ? NaN : -1;

/** One film as a plain object (for film pages and answers, never for hot loops). */
export function filmAt(catalog: Catalog, row: number): Film {
  const film: Record<string, unknown> = {};
  for (const column of CATALOG_COLUMNS) {
    const values = catalog[column.key] as ArrayLike<unknown> | TextColumn;
    if (column.holds === "texts") film[column.name] = (values as TextColumn).get(row);
    else {
      const value = (values as ArrayLike<unknown>)[row];
      const unknown =
        column.nullable &&
        typeof value === "number" &&
        (column.holds === "floats" ? Number.isNaN(value) : value < 0);
      film[column.name] = unknown ? null : value;
    }
  }
  return film as unknown as Film;
}

/** The columnar catalogue of plain films (a shard's few films, the build's cleaned films, fixtures). */
export function catalogFromFilms(films: readonly Film[]): Catalog {
  const catalog: Record<string, unknown> = { size: films.length };
  for (const column of CATALOG_COLUMNS) {
    const values = films.map((film) => film[column.name]);
    if (column.holds === "integers" || column.holds === "floats") {
      const typed = typedColumn(column.kind, films.length);
      values.forEach((v, row) => (typed[row] = (v as number | null) ?? unknownOrZero(column)));
      catalog[column.key] = typed;
    } else if (column.holds === "texts")
      catalog[column.key] = textColumn(values as (string | null)[]);
    else catalog[column.key] = values;
  }
  return withRowOfId(catalog);
}

/** `catalog` with its row of each film id. */
export function withRowOfId(catalog: Record<string, unknown>): Catalog {
  const id = catalog.id as Int32Array;
  const rowOfId = new Map<number, number>();
  id.forEach((value, row) => rowOfId.set(value, row));
  catalog.rowOfId = rowOfId;
  return catalog as unknown as Catalog;
}
