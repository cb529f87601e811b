// movies_metadata.csv, record by record: the raw columns, and the mapping of one raw row to a
// canonical candidate film, refusing with a reason what cannot be a film (the quarantine).
import type { Hash } from "node:crypto";
import { namesOf, parseLiteral, type PyValue } from "./parse-literal.ts";
import type { Film } from "../../src/lib/schema.ts";
import type { QuarantineRecord } from "../etl/types.ts";
import { InputError, readCsv } from "./csv.ts";

export const METADATA_COLUMNS = [
  "adult",
  "belongs_to_collection",
  "budget",
  "genres",
  "homepage",
  "id",
  "imdb_id",
  "original_language",
  "original_title",
  "overview",
  "popularity",
  "poster_path",
  "production_companies",
  "production_countries",
  "release_date",
  "revenue",
  "runtime",
  "spoken_languages",
  "status",
  "tagline",
  "title",
  "video",
  "vote_average",
  "vote_count",
] as const;
export type MetadataColumn = (typeof METADATA_COLUMNS)[number];
export type MetadataRow = Record<MetadataColumn, string>;

/** Why a record cannot be a film; the text before the first colon is the reason's key. */
export class QuarantineReason extends Error {
  override name = "QuarantineReason";
}

const INT = /^\d+$/;
const shifted = (id: string) =>
  new QuarantineReason(`shifted columns: id holds a date (${id.trim()})`);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Releases after this year are impossible for data collected in 2017 (a few 2018–2020 dates are real announcements). */
const LAST_YEAR = 2030;
const FIRST_YEAR = 1870;

/** "1995-10-30" when `text` is a real calendar date in that form, else null. */
export function isoDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const d = new Date(`${m[0]}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === m[0] ? m[0] : null;
}

function numberOf(row: MetadataRow, column: MetadataColumn): number | null {
  const t = row[column].trim();
  if (t === "") return null;
  const x = Number(t);
  if (!Number.isFinite(x)) {
    throw new QuarantineReason(`not a number: ${column} is ${JSON.stringify(t.slice(0, 40))}`);
  }
  if (x < 0) throw new QuarantineReason(`impossible value: ${column} is negative (${x})`);
  return x;
}

function literalOf(row: MetadataRow, column: MetadataColumn): PyValue {
  const t = row[column].trim();
  if (t === "") return null;
  try {
    return parseLiteral(t);
  } catch (error) {
    throw new QuarantineReason(`unparseable literal: ${column}: ${(error as Error).message}`);
  }
}

/** The names in a nested list column; null when the cell is empty (unknown). */
function namesIn(row: MetadataRow, column: MetadataColumn, key = "name"): string[] | null {
  const value = literalOf(row, column);
  if (value === null) return null;
  try {
    return namesOf(value, key);
  } catch {
    throw new QuarantineReason(`unparseable literal: ${column}: expected a list of dicts`);
  }
}

const textOf = (s: string) => (s.trim() === "" ? null : s.trim());

/**
 * The original notebook's row steps in one pass: numbers converted (budget arrives as text),
 * budget and revenue null → 0, release_date parsed to YYYY-MM-DD with its year, return =
 * revenue / budget (0 when budget is unknown), nested fields unnested to names, unused columns
 * (adult, homepage, status, video) dropped. Throws a {@link QuarantineReason} for what cannot be a film.
 */
export function metadataToFilm(row: MetadataRow): Film {
  const id = row.id.trim();
  if (isoDate(id)) throw shifted(id);
  if (!INT.test(id) || Number(id) < 1 || Number(id) > 0x7fffffff) {
    throw new QuarantineReason(`id is not an integer: ${JSON.stringify(id.slice(0, 40))}`);
  }
  const budget = numberOf(row, "budget") ?? 0;
  const revenue = numberOf(row, "revenue") ?? 0;
  const runtime = numberOf(row, "runtime");
  const popularity = numberOf(row, "popularity");
  const voteAverage = numberOf(row, "vote_average");
  const voteCount = numberOf(row, "vote_count");
  if (voteAverage !== null && voteAverage > 10) {
    throw new QuarantineReason(`impossible value: vote_average is ${voteAverage}, above 10`);
  }
  if (voteCount !== null && !Number.isInteger(voteCount)) {
    throw new QuarantineReason(`impossible value: vote_count is ${voteCount}, not a whole number`);
  }
  const rawDate = row.release_date.trim();
  const date = isoDate(rawDate);
  if (rawDate !== "" && !date) {
    throw new QuarantineReason(
      `impossible value: release_date is ${JSON.stringify(rawDate.slice(0, 40))}`,
    );
  }
  const year = date ? Number(date.slice(0, 4)) : 0;
  if (date && (year < FIRST_YEAR || year > LAST_YEAR)) {
    throw new QuarantineReason(
      `impossible value: release_date is ${date}, outside ${FIRST_YEAR}–${LAST_YEAR}`,
    );
  }
  const collectionValue = literalOf(row, "belongs_to_collection");
  let collection: string | null = null;
  if (collectionValue !== null) {
    if (
      typeof collectionValue !== "object" ||
      Array.isArray(collectionValue) ||
      typeof collectionValue.name !== "string"
    ) {
      throw new QuarantineReason(
        "unparseable literal: belongs_to_collection: expected a dict with a name",
      );
    }
    collection = collectionValue.name;
  }
  const imdb = row.imdb_id.trim();
  return {
    id: Number(id),
    imdb_id: /^tt\d{7,8}$/.test(imdb) ? imdb : null,
    title: row.title.trim(),
    original_title: textOf(row.original_title),
    overview: textOf(row.overview),
    tagline: textOf(row.tagline),
    release_date: date ?? "",
    release_year: year,
    budget,
    revenue,
    return: budget > 0 ? revenue / budget : 0,
    // The data's runtime 0 means unknown, as does an empty cell.
    runtime: runtime && runtime > 0 ? runtime : null,
    popularity,
    // vote_average 0 with no votes is "no votes", not a score of 0.
    vote_average: voteCount ? voteAverage : null,
    vote_count: voteCount,
    original_language: textOf(row.original_language),
    collection,
    genres: namesIn(row, "genres"),
    production_companies: namesIn(row, "production_companies"),
    production_countries: namesIn(row, "production_countries"),
    production_country_codes: namesIn(row, "production_countries", "iso_3166_1"),
    spoken_languages: namesIn(row, "spoken_languages", "iso_639_1"),
    keywords: null,
    directors: null,
    cast: null,
    poster_path: textOf(row.poster_path),
    movielens_id: null,
    certification: null,
  };
}

/** What {@link readMetadata} found in movies_metadata.csv. */
export interface MetadataRead {
  /** Candidate films in file order (duplicates and rows without title or date still in). */
  films: Film[];
  quarantine: QuarantineRecord[];
  /** Records in the file, header excluded. */
  records: number;
  /** Empty cells per raw column, over the records of the right width. */
  nullsBefore: Record<string, number>;
}

/** Options of {@link readMetadata}. */
export interface ReadMetadataOptions {
  /** Receives the file's bytes (the input fingerprint). Default: none. */
  hash?: Hash;
  /** Told the bytes read so far, for progress. Default: none. */
  onBytes?: (bytes: number) => void;
}

/** Streams movies_metadata.csv into candidate films and quarantined records. */
export async function readMetadata(
  path: string,
  options: ReadMetadataOptions = {},
): Promise<MetadataRead> {
  const films: Film[] = [];
  const quarantine: QuarantineRecord[] = [];
  const nullsBefore: Record<string, number> = Object.fromEntries(
    METADATA_COLUMNS.map((c) => [c, 0]),
  );
  let records = 0;
  let header: string[] | null = null;
  let index: number[] = [];
  for await (const record of readCsv(path, options)) {
    if (!header) {
      header = record.fields.map((f) => f.trim());
      const missing = METADATA_COLUMNS.filter((c) => !header!.includes(c));
      if (missing.length) {
        throw new InputError(
          `${path} lacks the column(s) ${missing.join(", ")}: expected The Movies Dataset's movies_metadata.csv`,
        );
      }
      index = METADATA_COLUMNS.map((c) => header!.indexOf(c));
      continue;
    }
    records++;
    if (record.error) {
      quarantine.push({
        line: record.line,
        reason: `unreadable CSV: ${record.error}`,
        raw: record.raw,
      });
      continue;
    }
    const row = Object.fromEntries(
      METADATA_COLUMNS.map((c, i) => [c, record.fields[index[i]] ?? ""]),
    ) as MetadataRow;
    try {
      if (record.fields.length !== header.length) {
        // A record split by a stray quote: its continuation's id holds the release date.
        if (isoDate(row.id)) throw shifted(row.id);
        throw new QuarantineReason(
          `wrong number of columns: ${record.fields.length}, expected ${header.length}`,
        );
      }
      for (const c of METADATA_COLUMNS) if (row[c].trim() === "") nullsBefore[c]++;
      films.push(metadataToFilm(row));
    } catch (error) {
      if (!(error instanceof QuarantineReason)) throw error;
      quarantine.push({ line: record.line, reason: error.message, raw: record.raw });
    }
  }
  if (!header)
    throw new InputError(
      `${path} is empty: expected The Movies Dataset's movies_metadata.csv with its header`,
    );
  return { films, quarantine, records, nullsBefore };
}
