// The embedded default source: the vega-datasets package's movies.json (3,201 real films).
// It has no ids, overviews, countries or collections: those stay null and the site says so. Its
// creative type and source ("Science Fiction", "Based on TV") become keywords, as TMDB's keywords
// name such things ("based on novel", "superhero"); its MPAA rating is the certification.
import { createHash, type Hash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Film, FilmColumn } from "../../src/lib/schema.ts";
import type { CorrectionRecord, QuarantineRecord, SourceRows } from "../etl/types.ts";
import { InputError } from "./csv.ts";

/** One record of movies.json, as the package ships it. */
export interface VegaMovie {
  Title: string | number | null;
  "Worldwide Gross": number | null;
  "Production Budget": number | null;
  "Release Date": string | null;
  "Running Time min": number | null;
  "Major Genre": string | null;
  "MPAA Rating"?: string | null;
  "Creative Type"?: string | null;
  Source?: string | null;
  Director: string | null;
  "IMDB Rating": number | null;
  "IMDB Votes": number | null;
}

/** Columns this source can fill. */
export const VEGA_FIELDS: FilmColumn[] = [
  "id",
  "title",
  "release_date",
  "release_year",
  "budget",
  "revenue",
  "return",
  "runtime",
  "vote_average",
  "vote_count",
  "genres",
  "directors",
  "keywords",
  "certification",
];

/** The MPAA ratings kept as certifications ("Not Rated" and "Open" say nothing of the audience). */
const CERTIFICATIONS = new Set(["G", "PG", "PG-13", "R", "NC-17"]);

/** Values of Creative Type and Source that describe most films, so say nothing of one. */
const NOT_KEYWORDS = new Set([
  "Contemporary Fiction",
  "Multiple Creative Types",
  "Original Screenplay",
]);

/** A film's keywords from its creative type and source, lower case as TMDB's; null if it has neither. */
export function vegaKeywords(record: VegaMovie): string[] | null {
  const values = [record["Creative Type"], record.Source].filter(
    (v): v is string => typeof v === "string" && v.trim() !== "",
  );
  if (values.length === 0) return null;
  return values.filter((v) => !NOT_KEYWORDS.has(v)).map((v) => v.trim().toLowerCase());
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The table's last release year, read from the table itself. Years 2000–2010 hold 92 to 220 films
 * each; 2011 holds two releases announced when the table was made (Restless and The Adventures of
 * Tintin, both out in 2011); no film is dated 2012–2014. The 22 films dated 2015–2046 are all
 * classics of 1915–1946 (The Birth of a Nation 2015, Gone with the Wind 2039, Duel in the Sun
 * 2046): two-digit years put in the wrong century. So no year after 2011 can be this table's.
 */
export const VEGA_LAST_YEAR = 2011;

/**
 * The last year a two-digit year can have been put in by mistake. The table's years show the
 * usual 00–49 → 20xx, 50–99 → 19xx pivot: "46" became 2046, while 1950–1968 read right and nothing
 * is dated 2047–2099. A year up to 2049 is thus read a century earlier (2012–2049 → 1912–1949); a
 * later one is no such slip, and no other reading of it is better than a guess.
 */
const SLIP_LAST_YEAR = 2049;

/** A real calendar date "YYYY-MM-DD", or null (no 31 June, no 29 February out of leap years). */
function calendarDate(year: number, month: number, day: string): string | null {
  const iso = `${year}-${String(month).padStart(2, "0")}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** What {@link parseVegaDate} made of a Release Date, and how it read the year. */
export interface VegaDate {
  /** YYYY-MM-DD; null when the text is no date, or its year cannot be the table's. */
  date: string | null;
  /**
   * "as written"; "previous century": a year after {@link VEGA_LAST_YEAR}, up to 2049, read 100
   * years earlier; "impossible": a later year, which no slip explains (`date` is null).
   */
  year: "as written" | "previous century" | "impossible";
}

/** "Jun 12 1998" → "1998-06-12"; "Dec 31 2046" → "1946-12-31" (see {@link VegaDate}). */
export function parseVegaDate(text: string | null): VegaDate {
  const m = /^([A-Z][a-z]{2}) (\d{2}) (\d{4})$/.exec(text ?? "");
  const month = m ? MONTHS.indexOf(m[1]) + 1 : 0;
  if (!m || month === 0) return { date: null, year: "as written" };
  const written = Number(m[3]);
  if (written <= VEGA_LAST_YEAR)
    return { date: calendarDate(written, month, m[2]), year: "as written" };
  if (written > SLIP_LAST_YEAR) return { date: null, year: "impossible" };
  return { date: calendarDate(written - 100, month, m[2]), year: "previous century" };
}

const money = (x: number | null) => (typeof x === "number" && Number.isFinite(x) && x > 0 ? x : 0);
const positive = (x: number | null) =>
  typeof x === "number" && Number.isFinite(x) && x > 0 ? x : null;

/**
 * A stable id for a vega film, which has none: 2^30 + the first 30 bits of sha256(title, release
 * date). It survives a reordered or extended movies.json (a position would not), stays in Int32,
 * and never meets a TMDB id (all below 2^30). The same title and date twice is the same film: a
 * duplicate. A collision of two different films takes the next free id, in file order.
 */
export function vegaId(title: string, releaseDate: string | null): number {
  const digest = createHash("sha256")
    .update(`${title}\0${releaseDate ?? ""}`)
    .digest();
  return 0x40000000 + (digest.readUInt32BE(0) >>> 2);
}

/** The reason of the films whose year {@link parseVegaDate} read in the previous century. */
export const CENTURY_REASON = `year read a century late: a two-digit year after the table's last year (${VEGA_LAST_YEAR}), read 100 years earlier`;

/** Maps the records to canonical films, with ids from {@link vegaId}. */
export function vegaToFilms(records: readonly VegaMovie[]): {
  films: Film[];
  quarantine: QuarantineRecord[];
  corrections: CorrectionRecord[];
} {
  const films: Film[] = [];
  const quarantine: QuarantineRecord[] = [];
  const corrections: CorrectionRecord[] = [];
  const keyOfId = new Map<number, string>();
  records.forEach((r, index) => {
    if (!r || typeof r !== "object") {
      quarantine.push({
        line: index + 1,
        reason: "record is not an object",
        raw: JSON.stringify(r),
      });
      return;
    }
    const read = parseVegaDate(r["Release Date"]);
    if (read.year === "impossible") {
      quarantine.push({
        line: index + 1,
        reason: `impossible value: Release Date is ${JSON.stringify(r["Release Date"])}, after the table's last year (${VEGA_LAST_YEAR}) and not a two-digit year read a century late`,
        raw: JSON.stringify(r),
      });
      return;
    }
    const date = read.date;
    const budget = money(r["Production Budget"]);
    const revenue = money(r["Worldwide Gross"]);
    const title = r.Title === null || r.Title === undefined ? "" : String(r.Title).trim();
    const rating = r["IMDB Rating"];
    if (typeof rating === "number" && (rating < 0 || rating > 10)) {
      quarantine.push({
        line: index + 1,
        reason: `impossible value: IMDB Rating is ${rating}, outside 0–10`,
        raw: JSON.stringify(r),
      });
      return;
    }
    // The id is of the date as written: a film keeps its id (and its page) whatever the reading.
    const key = `${title}\0${r["Release Date"] ?? ""}`;
    let id = vegaId(title, r["Release Date"]);
    while (keyOfId.has(id) && keyOfId.get(id) !== key) id = id === 0x7fffffff ? 0x40000000 : id + 1;
    keyOfId.set(id, key);
    const film: Film = {
      id,
      imdb_id: null,
      title,
      original_title: null,
      overview: null,
      tagline: null,
      release_date: date ?? "",
      release_year: date ? Number(date.slice(0, 4)) : 0,
      budget,
      revenue,
      return: budget > 0 ? revenue / budget : 0,
      runtime: positive(r["Running Time min"]),
      popularity: null,
      vote_average: typeof rating === "number" ? rating : null,
      vote_count: typeof r["IMDB Votes"] === "number" ? r["IMDB Votes"] : null,
      original_language: null,
      collection: null,
      // One genre or none given: unknown, not "no genres".
      genres: r["Major Genre"] ? [r["Major Genre"]] : null,
      production_companies: null,
      production_countries: null,
      production_country_codes: null,
      spoken_languages: null,
      keywords: vegaKeywords(r),
      directors: r.Director ? [r.Director] : null,
      cast: null,
      poster_path: null,
      movielens_id: null,
      certification: CERTIFICATIONS.has(r["MPAA Rating"] ?? "") ? r["MPAA Rating"]! : null,
    };
    films.push(film);
    if (read.year === "previous century" && date) {
      corrections.push({
        line: index + 1,
        film,
        column: "release_date",
        reason: CENTURY_REASON,
        written: String(r["Release Date"]),
        read: date,
      });
    }
  });
  return { films, quarantine, corrections };
}

/** Path of movies.json inside the installed vega-datasets package. */
export function vegaMoviesPath(): string {
  // The package's exports map hides data/: locate it from its entry point (build/index.js).
  const entry = createRequire(import.meta.url).resolve("vega-datasets");
  return join(dirname(entry), "..", "data", "movies.json");
}

/** Null or missing values per key of the records, before mapping. */
function nullsOf(records: readonly unknown[]): Record<string, number> {
  const keys = new Set<string>();
  for (const r of records)
    if (r && typeof r === "object") for (const k of Object.keys(r)) keys.add(k);
  const out: Record<string, number> = Object.fromEntries([...keys].sort().map((k) => [k, 0]));
  for (const r of records)
    for (const k of keys) if ((r as Record<string, unknown> | null)?.[k] == null) out[k]++;
  return out;
}

/** Reads movies.json (default: the one the vega-datasets package ships). */
export async function readVega(path = vegaMoviesPath()): Promise<SourceRows> {
  const expected = "the vega-datasets package's movies.json, a JSON array of movies (run npm ci)";
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT"
        ? `${path} does not exist: expected ${expected}`
        : `cannot read ${path} (${code}): expected ${expected}`,
    );
  }
  let records: unknown;
  try {
    records = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new InputError(
      `${path} is not valid JSON (${(error as Error).message}): expected ${expected}`,
    );
  }
  if (!Array.isArray(records))
    throw new InputError(`${path} does not hold an array: expected ${expected}`);
  const { films, quarantine, corrections } = vegaToFilms(records as VegaMovie[]);
  const hash: Hash = createHash("sha256").update("movies.json\0").update(bytes);
  const fingerprint = hash.digest("hex");
  return {
    source: "vega",
    fingerprint: () => fingerprint,
    inputRecords: records.length,
    films,
    quarantine,
    corrections,
    fields: VEGA_FIELDS,
    nullsBefore: nullsOf(records),
  };
}
