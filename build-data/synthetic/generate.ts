// Generates a synthetic, full-size copy of The Movies Dataset in its own CSV format from the real
// rows in shared/data: new ids, recombined fields, resampled overviews, keywords and credits, a
// fixed seed. It also plants the full file's broken records (shifted rows whose id holds a date)
// and duplicate ids, so a build over it exercises the quarantine at scale. Labelled synthetic.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { METADATA_COLUMNS } from "../sources/metadata.ts";
import { readCsv, requireFile } from "../sources/csv.ts";
import { writeFullRatings } from "./full-ratings.ts";
import { Random } from "./random.ts";
import { CsvWriter, csvField } from "./writer.ts";

/** Options of {@link generateDataset}. */
export interface SyntheticOptions {
  /** Films to generate (records of movies_metadata.csv before the planted broken and duplicate ones). */
  films: number;
  /** Output folder (created). */
  out: string;
  /** Folder with the real files to draw from. Default: $FILMOTECA_SHARED_DATA or ../shared/data/the-movies-dataset. */
  from?: string;
  /** Seed of the random generator. Default 1. */
  seed?: number;
  /** Chance that a film's record is followed by a repeat of an earlier film's id. Default 30 / 45,466 (the full file's rate). */
  duplicateRate?: number;
  /** Mean bytes of a credits.csv row: the full original is ~190 MB for 45,476 rows. Default 4400. */
  creditsBytesPerFilm?: number;
  /**
   * Also write a ratings.csv (full-ratings.ts): `true` for the real file's size (270,896 viewers,
   * 26,024,289 ratings), or the viewers and ratings to write. Default: none.
   */
  fullRatings?: boolean | { users?: number; rows?: number };
}

/** What a generation wrote, with the broken and duplicate records it planted (for tests and reports). */
export interface SyntheticSummary {
  films: number;
  metadataRecords: number;
  duplicateIds: number[];
  /** The dates planted in the `id` column of the shifted records. */
  shiftedIds: string[];
  files: Record<string, number>;
}

/** The `id` values of the full file's three shifted records. */
export const SHIFTED_DATES = ["1997-08-20", "2012-09-29", "2014-01-01"];
/** Where they sit in the full file (records 19,731, 29,504 and 35,588 of 45,466), as fractions. */
const SHIFTED_AT = [19731 / 45466, 29504 / 45466, 35588 / 45466];
/** ~30 of 45,466 records repeat an id in the full file. */
const DUPLICATE_RATE = 30 / 45466;
/** 100,004 ratings for 45,466 films in ratings_small. */
const RATINGS_PER_FILM = 100004 / 45466;
const REAL_CREDITS_ROW = 7163;
export const SYNTHETIC_HOMEPAGE = "https://synthetic.invalid/filmoteca/";

export const defaultFrom = () =>
  process.env.FILMOTECA_SHARED_DATA ??
  join(process.cwd(), "..", "shared", "data", "the-movies-dataset");

async function rowsOf(path: string): Promise<string[][]> {
  await requireFile(
    path,
    "one of The Movies Dataset's real CSV files to draw synthetic rows from (pass --from DIR or set FILMOTECA_SHARED_DATA)",
  );
  const rows: string[][] = [];
  for await (const r of readCsv(path, { rawLimit: 0 })) rows.push(r.fields);
  return rows.slice(1);
}

/** The real rows to draw from, read once per folder (tests generate several sets in one process). */
interface RealRows {
  metadata: string[][];
  credits: string[][];
  keywords: string[];
  ratings: string[][];
}
const realRowsOf = new Map<string, Promise<RealRows>>();
function realRows(from: string): Promise<RealRows> {
  let rows = realRowsOf.get(from);
  if (!rows) {
    rows = (async () => ({
      metadata: await rowsOf(join(from, "movies_metadata.csv")),
      credits: await rowsOf(join(from, "credits.csv")),
      keywords: (await rowsOf(join(from, "keywords.csv"))).map((r) => r[1]),
      ratings: await rowsOf(join(from, "ratings_small.csv")),
    }))();
    realRowsOf.set(from, rows);
    rows.catch(() => realRowsOf.delete(from));
  }
  return rows;
}

/** The first `fraction` of a Python-literal list of dicts, cut at a dict boundary. */
export function cutList(literal: string, fraction: number): string {
  if (fraction >= 1) return literal;
  const target = Math.floor(literal.length * fraction);
  const end = literal.lastIndexOf("}, {", target);
  return end === -1
    ? literal.startsWith("[{")
      ? literal.slice(0, literal.indexOf("}") + 1) + "]"
      : literal
    : literal.slice(0, end + 1) + "]";
}

/** Writes the synthetic data set into `options.out`. */
export async function generateDataset(options: SyntheticOptions): Promise<SyntheticSummary> {
  const from = options.from ?? defaultFrom();
  const seed = options.seed ?? 1;
  const random = new Random(seed);
  const { metadata, credits, keywords, ratings } = await realRows(from);
  const col = Object.fromEntries(METADATA_COLUMNS.map((c, i) => [c, i])) as Record<
    (typeof METADATA_COLUMNS)[number],
    number
  >;
  const wellFormed = metadata.filter((r) => r.length === METADATA_COLUMNS.length);
  const meanFraction = (options.creditsBytesPerFilm ?? 4400) / REAL_CREDITS_ROW;

  await mkdir(options.out, { recursive: true });
  const out = (name: string) => join(options.out, name);
  const movies = new CsvWriter(out("movies_metadata.csv"), METADATA_COLUMNS);
  const creditsOut = new CsvWriter(out("credits.csv"), ["cast", "crew", "id"]);
  const keywordsOut = new CsvWriter(out("keywords.csv"), ["id", "keywords"]);
  const links = new CsvWriter(out("links.csv"), ["movieId", "imdbId", "tmdbId"], "\r\n");
  const ratingsOut = new CsvWriter(
    out("ratings_small.csv"),
    ["userId", "movieId", "rating", "timestamp"],
    "\r\n",
  );

  const written: string[][] = [];
  const duplicateIds: number[] = [];
  const shiftedAt = SHIFTED_AT.map((f) => Math.floor(f * options.films));
  let id = 1;
  for (let n = 0; n < options.films; n++) {
    id += random.int(1, 9);
    const row = [...random.pick(wellFormed)];
    const imdb = String(1_000_000 + id).padStart(7, "0");
    row[col.id] = String(id);
    row[col.imdb_id] = `tt${imdb}`;
    row[col.homepage] = `${SYNTHETIC_HOMEPAGE}${id}`;
    for (const c of ["overview", "genres", "production_companies", "tagline"] as const) {
      row[col[c]] = random.pick(wellFormed)[col[c]];
    }
    row[col.popularity] = (random.next() * 30).toFixed(6);
    await movies.row(row);
    if (written.length < 2000) written.push(row);

    const [cast, crew] = [random.pick(credits)[0], random.pick(credits)[1]];
    const fraction = Math.min(1, meanFraction * 2 * random.next());
    await creditsOut.row([cutList(cast, fraction), cutList(crew, fraction), String(id)]);
    await keywordsOut.row([String(id), random.pick(keywords)]);
    await links.line(`${n + 1},${imdb},${id}`);

    if (random.next() < (options.duplicateRate ?? DUPLICATE_RATE)) {
      // A repeated id: the same film again, as the full file has (e.g. "The Promise", 105045).
      const again = [...random.pick(written)];
      duplicateIds.push(Number(again[col.id]));
      await movies.row(again);
      await keywordsOut.row([again[col.id], random.pick(keywords)]);
      await creditsOut.row(["[]", "[]", again[col.id]]);
    }
    const broken = shiftedAt.indexOf(n);
    if (broken !== -1) {
      await writeShifted(movies, random.pick(wellFormed), col, SHIFTED_DATES[broken], id + 1);
      id += 1; // the head line took id + 1
    }
  }
  // Side files hold ids the metadata lacks, and links an empty tmdbId, as the real ones do.
  for (let k = 0; k < 10; k++) {
    await keywordsOut.row([String(id + 10 + k), "[]"]);
    await creditsOut.row(["[]", "[]", String(id + 10 + k)]);
    await links.line(`${options.films + k + 1},${String(9_000_000 + k).padStart(7, "0")},`);
  }
  const ratingCount = Math.round(options.films * RATINGS_PER_FILM);
  for (let k = 0; k < ratingCount; k++) {
    const real = random.pick(ratings);
    // Skewed towards the first films, as ratings favour popular titles.
    const movie = 1 + Math.floor(random.next() ** 2 * options.films);
    await ratingsOut.line(`${real[0]},${movie},${real[2]},${real[3]}`);
  }
  const writers = { movies, creditsOut, keywordsOut, links, ratingsOut };
  await Promise.all(Object.values(writers).map((w) => w.close()));
  // Its own generator: adding the full ratings leaves the other files' bytes as they were.
  const full = options.fullRatings
    ? await writeFullRatings(out("ratings.csv"), {
        films: options.films,
        seed,
        ...(options.fullRatings === true ? {} : options.fullRatings),
      })
    : null;
  const summary: SyntheticSummary = {
    films: options.films,
    metadataRecords: movies.rows,
    duplicateIds,
    shiftedIds: SHIFTED_DATES.filter((_, i) => shiftedAt[i] < options.films),
    files: {
      "movies_metadata.csv": movies.rows,
      "credits.csv": creditsOut.rows,
      "keywords.csv": keywordsOut.rows,
      "links.csv": links.rows,
      "ratings_small.csv": ratingsOut.rows,
      ...(full ? { "ratings.csv": full.rows } : {}),
    },
  };
  await writeFile(
    out("SYNTHETIC.md"),
    `# SYNTHETIC DATA — not The Movies Dataset\n\nGenerated by build-data/synthetic/cli.ts (seed ${seed}) from the real rows in ${from}:\n` +
      `new ids, recombined fields, resampled overviews, keywords and credits. Every film's homepage is ${SYNTHETIC_HOMEPAGE}<id>.\n` +
      `It plants ${summary.shiftedIds.length} shifted records (id holds a date) and ${duplicateIds.length} duplicate ids.\n` +
      (full
        ? `ratings.csv holds ${full.rows} synthetic ratings by ${full.users} synthetic viewers (build-data/synthetic/full-ratings.ts): the real file's size and skew, no real viewer.\n`
        : "") +
      "\n" +
      "```json\n" +
      JSON.stringify(summary, null, 1) +
      "\n```\n",
  );
  return summary;
}

/**
 * A record split by an unbalanced quote in its overview, as the full file has three: the head line
 * ends inside the overview, and the continuation line's columns are shifted by 8, so its `id`
 * holds the release date, `budget` a poster path and `adult` the rest of the overview.
 */
async function writeShifted(
  movies: CsvWriter,
  real: string[],
  col: Record<(typeof METADATA_COLUMNS)[number], number>,
  date: string,
  headId: number,
): Promise<void> {
  const plain = (s: string) => s.replace(/[",\r\n]/g, " ").trim();
  const head = METADATA_COLUMNS.slice(0, col.overview).map((c) =>
    c === "id" ? String(headId) : real[col[c]],
  );
  const overview = plain(real[col.overview]);
  await movies.line([...head.map(csvField), overview.slice(0, 60)].join(","));
  const tail = METADATA_COLUMNS.slice(col.popularity).map((c) =>
    c === "release_date" ? date : real[col[c]],
  );
  await movies.line(
    [` - Written by Ørnås ${overview.slice(60, 90)}`, ...tail].map(csvField).join(","),
  );
}
