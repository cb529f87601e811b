// The Movies Dataset (Kaggle, CC0): movies_metadata.csv plus, when present, credits, keywords,
// links and ratings, joined by TMDB id. Malformed records are quarantined with their line and reason.
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse";
import { namesOf, parseLiteral, type PyValue } from "../../src/lib/parse-literal.ts";
import type { Film, FilmColumn } from "../../src/lib/schema.ts";
import type { QuarantineRecord, Rating, SourceRows } from "../etl/types.ts";

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

type MetadataRow = Record<(typeof METADATA_COLUMNS)[number], string>;

/** How many top-billed actors the films asset keeps. */
export const TOP_CAST = 8;
const RAW_LIMIT = 2000;

/** A CSV record with its first line number and raw text. */
interface CsvRecord {
  fields: string[];
  line: number;
  raw: string;
  /** Set when csv-parse could not read the record (a stray quote): why, and no fields. */
  error?: string;
}

/** First line of a record that ends on line `last` with text `raw`. */
function firstLine(raw: string, last: number): number {
  return last - raw.split("\n").length + 1 + (raw.endsWith("\n") ? 1 : 0);
}

/**
 * Streams a CSV file's records (header included) with line numbers and raw text. A record the CSV
 * layer cannot read (a stray quote) comes out with `error` set instead of ending the whole file.
 */
async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  const skipped: CsvRecord[] = [];
  parser.on("skip", (error: Error & { lines?: number; raw?: string }) => {
    const raw = error.raw ?? "";
    skipped.push({
      fields: [],
      line: firstLine(raw, error.lines ?? 0),
      raw: raw.slice(0, RAW_LIMIT),
      error: error.message,
    });
  });
  for await (const item of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
    raw: string;
  }>) {
    const line = firstLine(item.raw, item.info.lines);
    // The parser runs ahead of this loop: its skips may belong after the record at hand.
    while (skipped.length && skipped[0].line < line) yield skipped.shift()!;
    yield { fields: item.record, line, raw: item.raw.slice(0, RAW_LIMIT) };
  }
  yield* skipped.splice(0);
}

/** Thrown for an unusable input folder or file: names the file and what was expected. */
export class InputError extends Error {
  override name = "InputError";
}

const INT = /^\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function number(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : NaN;
}

function validDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const d = new Date(`${m[0]}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === m[0] ? m[0] : null;
}

function literal(text: string, column: string): PyValue {
  const t = text.trim();
  if (t === "") return null;
  try {
    return parseLiteral(t);
  } catch (error) {
    throw new RowError(`unparseable ${column}: ${(error as Error).message}`);
  }
}

class RowError extends Error {}

function list(text: string, column: string, key = "name"): string[] | null {
  const value = literal(text, column);
  if (value === null) return null;
  try {
    return namesOf(value, key);
  } catch {
    throw new RowError(`${column} is not a list of dicts`);
  }
}

/** Maps one metadata row to a canonical film, or throws a RowError with the reason. */
export function metadataToFilm(row: MetadataRow): Film {
  if (!INT.test(row.id.trim())) {
    throw new RowError(
      validDate(row.id)
        ? `shifted columns: id holds a date (${row.id})`
        : `id is not an integer: ${JSON.stringify(row.id.slice(0, 40))}`,
    );
  }
  const numbers = {
    budget: number(row.budget),
    revenue: number(row.revenue),
    runtime: number(row.runtime),
    popularity: number(row.popularity),
    vote_average: number(row.vote_average),
    vote_count: number(row.vote_count),
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (Number.isNaN(value))
      throw new RowError(
        `${name} is not a number: ${JSON.stringify((row as Record<string, string>)[name].slice(0, 40))}`,
      );
    if (value !== null && value < 0) throw new RowError(`${name} is negative: ${value}`);
  }
  if (numbers.vote_average !== null && numbers.vote_average > 10) {
    throw new RowError(`vote_average is above 10: ${numbers.vote_average}`);
  }
  const collectionValue = literal(row.belongs_to_collection, "belongs_to_collection");
  let collection: string | null = null;
  if (collectionValue !== null) {
    if (
      typeof collectionValue !== "object" ||
      Array.isArray(collectionValue) ||
      typeof collectionValue.name !== "string"
    ) {
      throw new RowError("belongs_to_collection is not a dict with a name");
    }
    collection = collectionValue.name;
  }
  const date = validDate(row.release_date);
  const budget = numbers.budget ?? 0;
  const revenue = numbers.revenue ?? 0;
  const text = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    id: Number(row.id.trim()),
    imdb_id: /^tt\d{7,8}$/.test(row.imdb_id.trim()) ? row.imdb_id.trim() : null,
    title: row.title.trim(),
    original_title: text(row.original_title),
    overview: text(row.overview),
    tagline: text(row.tagline),
    release_date: date ?? "",
    release_year: date ? Number(date.slice(0, 4)) : 0,
    budget,
    revenue,
    return: budget > 0 ? revenue / budget : 0,
    runtime: numbers.runtime && numbers.runtime > 0 ? numbers.runtime : null,
    popularity: numbers.popularity,
    vote_average: numbers.vote_count ? numbers.vote_average : null,
    vote_count: numbers.vote_count,
    original_language: text(row.original_language),
    collection,
    genres: list(row.genres, "genres") ?? [],
    production_companies: list(row.production_companies, "production_companies") ?? [],
    production_countries: list(row.production_countries, "production_countries") ?? [],
    production_country_codes:
      list(row.production_countries, "production_countries", "iso_3166_1") ?? [],
    spoken_languages: list(row.spoken_languages, "spoken_languages", "iso_639_1") ?? [],
    keywords: null,
    directors: null,
    cast: null,
    poster_path: text(row.poster_path),
    movielens_id: null,
  };
}

/** Reads movies_metadata.csv into candidate films and quarantined records. */
export async function readMetadata(path: string, hash: ReturnType<typeof createHash>) {
  const films: Film[] = [];
  const quarantine: QuarantineRecord[] = [];
  let records = 0;
  let header: string[] | null = null;
  hash.update("movies_metadata.csv\0").update(await readFile(path));
  for await (const record of readCsv(path)) {
    if (!header) {
      header = record.fields.map((f) => f.trim());
      const missing = METADATA_COLUMNS.filter((c) => !header!.includes(c));
      if (missing.length) {
        throw new InputError(
          `${path} lacks the column(s) ${missing.join(", ")}: expected The Movies Dataset's movies_metadata.csv`,
        );
      }
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
    if (record.fields.length !== header.length) {
      quarantine.push({
        line: record.line,
        reason: `wrong number of columns: ${record.fields.length}, expected ${header.length}`,
        raw: record.raw,
      });
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, record.fields[i]])) as MetadataRow;
    try {
      films.push(metadataToFilm(row));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      quarantine.push({ line: record.line, reason: error.message, raw: record.raw });
    }
  }
  if (!header)
    throw new InputError(`${path} is empty: expected The Movies Dataset's movies_metadata.csv`);
  return { films, quarantine, records };
}

/** Reads an optional side file as id → value, keeping the first record of each id. */
async function readById<T>(
  path: string,
  idColumn: string,
  map: (row: Record<string, string>) => T,
): Promise<Map<number, T>> {
  const out = new Map<number, T>();
  let header: string[] | null = null;
  for await (const record of readCsv(path)) {
    if (record.error) continue; // an unreadable side record leaves its film without that data
    if (!header) {
      header = record.fields.map((f) => f.trim());
      if (!header.includes(idColumn)) throw new InputError(`${path} lacks the column ${idColumn}`);
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, record.fields[i] ?? ""]));
    const id = row[idColumn]?.trim();
    if (!id || !INT.test(id) || out.has(Number(id))) continue;
    try {
      out.set(Number(id), map(row));
    } catch {
      // An unreadable side record leaves the film without that information; the join counts show it.
    }
  }
  return out;
}

function peopleOf(value: PyValue): { name: string; job?: string; order?: number }[] {
  return Array.isArray(value) ? (value as { name: string; job?: string; order?: number }[]) : [];
}

/** Reads a folder holding The Movies Dataset's CSV files. */
export async function readKaggle(folder: string): Promise<SourceRows> {
  const metadataPath = join(folder, "movies_metadata.csv");
  if (!existsSync(metadataPath)) {
    throw new InputError(
      `${metadataPath} does not exist: expected a folder with The Movies Dataset's movies_metadata.csv`,
    );
  }
  const hash = createHash("sha256");
  const { films, quarantine, records } = await readMetadata(metadataPath, hash);
  const fields = new Set<FilmColumn>(Object.keys(films[0] ?? {}) as FilmColumn[]);
  for (const f of ["keywords", "directors", "cast", "movielens_id"] as const) fields.delete(f);

  const optional = (name: string) => {
    const p = join(folder, name);
    return existsSync(p) ? p : null;
  };
  const keywordsPath = optional("keywords.csv");
  if (keywordsPath) {
    const keywords = await readById(keywordsPath, "id", (r) => namesOf(parseLiteral(r.keywords)));
    for (const f of films) f.keywords = keywords.get(f.id) ?? null;
    fields.add("keywords");
  }
  const creditsPath = optional("credits.csv");
  if (creditsPath) {
    const credits = await readById(creditsPath, "id", (r) => ({
      cast: peopleOf(parseLiteral(r.cast))
        .slice()
        .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
        .slice(0, TOP_CAST)
        .map((p) => p.name),
      directors: peopleOf(parseLiteral(r.crew))
        .filter((p) => p.job === "Director")
        .map((p) => p.name),
    }));
    for (const f of films) {
      const c = credits.get(f.id);
      f.cast = c ? c.cast : null;
      f.directors = c ? c.directors : null;
    }
    fields.add("cast").add("directors");
  }
  const linksPath = optional("links.csv") ?? optional("links_small.csv");
  let ratings: Rating[] | null = null;
  if (linksPath) {
    const movielensOf = await readById(linksPath, "tmdbId", (r) => Number(r.movieId));
    for (const f of films) f.movielens_id = movielensOf.get(f.id) ?? null;
    fields.add("movielens_id");
    const ratingsPath = optional("ratings_small.csv") ?? optional("ratings.csv");
    if (ratingsPath) {
      const tmdbOf = new Map([...movielensOf].map(([tmdb, ml]) => [ml, tmdb]));
      ratings = [];
      let header: string[] | null = null;
      for await (const record of readCsv(ratingsPath)) {
        if (record.error) continue;
        if (!header) {
          header = record.fields.map((f) => f.trim());
          continue;
        }
        const [user, movie, rating] = ["userId", "movieId", "rating"].map((c) =>
          Number(record.fields[header!.indexOf(c)]),
        );
        const film = tmdbOf.get(movie);
        if (film !== undefined && Number.isInteger(user) && rating >= 0.5 && rating <= 5) {
          ratings.push({ user, film, rating });
        }
      }
    }
  }
  for (const p of [keywordsPath, creditsPath, linksPath]) {
    if (p)
      hash
        .update(p.slice(folder.length))
        .update("\0")
        .update(await readFile(p));
  }
  return {
    source: "kaggle",
    fingerprint: hash.digest("hex"),
    inputRecords: records,
    films,
    quarantine,
    fields: [...fields],
    ratings,
  };
}
