// The films asset's codec: films → Arrow IPC (the build) and Arrow IPC → Catalog (the
// whole-catalogue engine), converted from Arrow once at load time. The shards a cold visit reads
// need no Arrow decoder.
import {
  makeVector,
  tableFromIPC,
  tableToIPC,
  vectorFromArray,
  type Table,
  type Vector,
} from "apache-arrow";
import { filmSchema } from "../arrow-schema.ts";
import { AssetError, type Catalog, type TextColumn } from "../catalog.ts";
import { FILM_FIELDS, type Film } from "../schema.ts";
import { stringVector } from "./arrow-strings.ts";
import { checkSchemaVersion, tableOf } from "./arrow-table.ts";

/** The films asset as Arrow IPC (file format) bytes. */
export function filmsToIPC(films: readonly Film[]): Uint8Array {
  const schema = filmSchema();
  const columns = FILM_FIELDS.map((f, i) => {
    const values = films.map((film) => film[f.name]);
    const type = schema.fields[i].type;
    return stringVector(type, values) ?? vectorFromArray(values, type);
  });
  return tableToIPC(tableOf(schema, columns, films.length), "file");
}

function column(table: Table, name: string): Vector {
  const vector = table.getChild(name);
  if (!vector) throw new AssetError(`asset "films" lacks column "${name}"`);
  return vector;
}

function strings(table: Table, name: string): (string | null)[] {
  const v = column(table, name);
  const out = new Array<string | null>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v.get(i) ?? null;
  return out;
}

function texts(table: Table, name: string): TextColumn {
  const v = column(table, name);
  return { get: (row) => (v.get(row) as string | null) ?? null };
}

function lists(table: Table, name: string): (string[] | null)[] {
  const v = column(table, name);
  const out = new Array<string[] | null>(v.length);
  // v.get(i) builds a Vector per row (tens of µs each: a third of a cold page load); slicing each
  // chunk's offsets over its child strings, decoded once, is far faster.
  let row = 0;
  for (const chunk of v.data) {
    const offsets = chunk.valueOffsets as Int32Array;
    const values = makeVector(chunk.children[0]).toArray() as string[];
    for (let i = 0; i < chunk.length; i++, row++) {
      const at = chunk.offset + i;
      out[row] = v.isValid(row) ? values.slice(offsets[at], offsets[at + 1]) : null;
    }
  }
  return out;
}

function floats(table: Table, name: string): Float32Array {
  const v = column(table, name);
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v.isValid(i) ? Number(v.get(i)) : NaN;
  return out;
}

function doubles(table: Table, name: string): Float64Array {
  const v = column(table, name);
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = Number(v.get(i));
  return out;
}

function ints(table: Table, name: string, missing: number): Int32Array {
  const v = column(table, name);
  const out = new Int32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v.isValid(i) ? Number(v.get(i)) : missing;
  return out;
}

/** Builds the columnar catalogue from the bytes of a films Arrow IPC file. */
export function catalogFromIPC(bytes: Uint8Array): Catalog {
  const table = tableFromIPC(bytes);
  checkSchemaVersion(table, "films");
  const id = ints(table, "id", 0);
  const releaseYear = Int16Array.from(ints(table, "release_year", 0));
  const rowOfId = new Map<number, number>();
  for (let i = 0; i < id.length; i++) rowOfId.set(id[i], i);
  const catalog = {
    size: table.numRows,
    id,
    title: strings(table, "title") as string[],
    originalTitle: texts(table, "original_title"),
    imdbId: texts(table, "imdb_id"),
    overview: texts(table, "overview"),
    tagline: texts(table, "tagline"),
    releaseDate: strings(table, "release_date") as string[],
    releaseYear,
    budget: doubles(table, "budget"),
    revenue: doubles(table, "revenue"),
    return: doubles(table, "return"),
    runtime: floats(table, "runtime"),
    popularity: floats(table, "popularity"),
    voteAverage: floats(table, "vote_average"),
    voteCount: ints(table, "vote_count", -1),
    originalLanguage: strings(table, "original_language"),
    collection: strings(table, "collection"),
    genres: lists(table, "genres"),
    posterPath: strings(table, "poster_path"),
    movielensId: ints(table, "movielens_id", -1),
    certification: strings(table, "certification"),
    rowOfId,
  } as Catalog;
  // The list columns no start-up path reads (search, the popular list and facets need titles, years
  // and genres) are decoded on first use: 80–100 ms less for a cold worker to be ready. A missing
  // column is still refused now.
  for (const [key, name] of [
    ["companies", "production_companies"],
    ["countries", "production_countries"],
    ["countryCodes", "production_country_codes"],
    ["spokenLanguages", "spoken_languages"],
    ["keywords", "keywords"],
    ["directors", "directors"],
    ["cast", "cast"],
  ] as const) {
    column(table, name);
    let value: (string[] | null)[] | undefined;
    Object.defineProperty(catalog, key, {
      get: () => (value ??= lists(table, name)),
      enumerable: true,
    });
  }
  return catalog;
}
