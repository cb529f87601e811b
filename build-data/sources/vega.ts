// The embedded default source: the vega-datasets package's movies.json (3,201 real films).
// It has no ids, overviews, countries or collections: those stay null and the site says so.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Film, FilmColumn } from "../../src/lib/schema.ts";
import type { QuarantineRecord, SourceRows } from "../etl/types.ts";

/** One record of movies.json, as the package ships it. */
export interface VegaMovie {
  Title: string | number | null;
  "Worldwide Gross": number | null;
  "Production Budget": number | null;
  "Release Date": string | null;
  "Running Time min": number | null;
  "Major Genre": string | null;
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
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Jun 12 1998" → "1998-06-12", or null when it is not such a date. */
export function parseVegaDate(text: string | null): string | null {
  const m = /^([A-Z][a-z]{2}) (\d{2}) (\d{4})$/.exec(text ?? "");
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]) + 1;
  if (month === 0) return null;
  const iso = `${m[3]}-${String(month).padStart(2, "0")}-${m[2]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

const money = (x: number | null) => (typeof x === "number" && Number.isFinite(x) && x > 0 ? x : 0);
const positive = (x: number | null) =>
  typeof x === "number" && Number.isFinite(x) && x > 0 ? x : null;

/** Maps the records to canonical films; the id is the 1-based position in the file. */
export function vegaToFilms(records: readonly VegaMovie[]): {
  films: Film[];
  quarantine: QuarantineRecord[];
} {
  const films: Film[] = [];
  const quarantine: QuarantineRecord[] = [];
  records.forEach((r, index) => {
    if (!r || typeof r !== "object") {
      quarantine.push({
        line: index + 1,
        reason: "record is not an object",
        raw: JSON.stringify(r),
      });
      return;
    }
    const date = parseVegaDate(r["Release Date"]);
    const budget = money(r["Production Budget"]);
    const revenue = money(r["Worldwide Gross"]);
    const title = r.Title === null || r.Title === undefined ? "" : String(r.Title).trim();
    films.push({
      id: index + 1,
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
      vote_average: typeof r["IMDB Rating"] === "number" ? r["IMDB Rating"] : null,
      vote_count: typeof r["IMDB Votes"] === "number" ? r["IMDB Votes"] : null,
      original_language: null,
      collection: null,
      genres: r["Major Genre"] ? [r["Major Genre"]] : [],
      production_companies: null,
      production_countries: null,
      production_country_codes: null,
      spoken_languages: null,
      keywords: null,
      directors: r.Director ? [r.Director] : [],
      cast: null,
      poster_path: null,
      movielens_id: null,
    });
  });
  return { films, quarantine };
}

/** Path of movies.json inside the installed vega-datasets package. */
export function vegaMoviesPath(): string {
  // The package's exports map hides data/: locate it from its entry point (build/index.js).
  const entry = createRequire(import.meta.url).resolve("vega-datasets");
  return join(dirname(entry), "..", "data", "movies.json");
}

export async function readVega(path = vegaMoviesPath()): Promise<SourceRows> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new Error(
      `cannot read ${path}: expected the vega-datasets package's movies.json (run npm ci)`,
    );
  }
  let records: unknown;
  try {
    records = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(records)) throw new Error(`${path} must hold a JSON array of movies`);
  const { films, quarantine } = vegaToFilms(records as VegaMovie[]);
  return {
    source: "vega",
    fingerprint: createHash("sha256").update("movies.json\0").update(bytes).digest("hex"),
    inputRecords: records.length,
    films,
    quarantine,
    fields: VEGA_FIELDS,
    ratings: null,
  };
}
