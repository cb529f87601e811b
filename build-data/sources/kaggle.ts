// The Movies Dataset (Kaggle, CC0): movies_metadata.csv plus, when present, credits, keywords,
// links and ratings, joined on TMDB id. Every file is streamed and hashed as it streams.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { namesOf, parseLiteral } from "../../src/lib/parse-literal.ts";
import type { Film, FilmColumn, JoinCoverage } from "../../src/lib/schema.ts";
import type { Effects, Joined, RatingColumns, SourceRows } from "../etl/types.ts";
import { InputError, readCsv, requireFile } from "./csv.ts";
import { readCreditsInWorker, type CreditsRead } from "./credits.ts";
import { readMetadata } from "./metadata.ts";

const INT = /^\d+$/;

/** sha256 of each input file read so far, by file name. */
type Digests = Map<string, string>;

/** Streams one file's records (after its header) with a progress stage in bytes, recording its sha256. */
async function* stream(path: string, digests: Digests, effects: Effects, expected: string) {
  const size = await requireFile(path, expected);
  const name = basename(path);
  const hash = createHash("sha256");
  const stage = effects.stage(name, size, "bytes");
  let header: string[] | null = null;
  for await (const record of readCsv(path, { hash, raw: false, onBytes: (b) => stage.update(b) })) {
    if (!header) header = record.fields.map((f) => f.trim());
    else yield { header, fields: record.fields };
  }
  stage.stop();
  if (!header) throw new InputError(`${path} is empty: expected ${expected}`);
  digests.set(name, hash.digest("hex"));
}

/** The input fingerprint: sha256 over each present file's name and sha256, in a fixed order. */
export function fingerprintOf(digests: Digests): string {
  const hash = createHash("sha256");
  for (const name of [...digests.keys()].sort()) hash.update(`${name}\0${digests.get(name)}\n`);
  return hash.digest("hex");
}

const column = (header: string[], name: string, path: string, expected: string) => {
  const i = header.indexOf(name);
  if (i === -1) throw new InputError(`${path} lacks the column ${name}: expected ${expected}`);
  return i;
};

/**
 * Joins a side file keyed by TMDB id into the films: the first record of each id wins (file order,
 * deterministic); the coverage counts what matched, repeated, or could not be read.
 */
async function joinById(
  path: string,
  idColumn: string,
  films: Map<number, Film>,
  context: { digests: Digests; effects: Effects; expected: string },
  apply: (film: Film, row: string[], header: string[]) => void,
): Promise<JoinCoverage> {
  const coverage: Required<JoinCoverage> = {
    rows: 0,
    matched: 0,
    films: 0,
    duplicates: 0,
    unreadable: 0,
  };
  const seen = new Set<number>();
  let idIndex = -1;
  for await (const { header, fields } of stream(
    path,
    context.digests,
    context.effects,
    context.expected,
  )) {
    if (idIndex === -1) idIndex = column(header, idColumn, path, context.expected);
    coverage.rows++;
    const text = (fields[idIndex] ?? "").trim();
    const film = INT.test(text) ? films.get(Number(text)) : undefined;
    if (!film) continue;
    coverage.matched++;
    if (seen.has(film.id)) {
      coverage.duplicates++;
      continue;
    }
    seen.add(film.id);
    try {
      apply(film, fields, header);
      coverage.films++;
    } catch {
      // An unreadable side record leaves its film without that information; the count says so.
      coverage.unreadable++;
    }
  }
  return coverage;
}

/** A growable Int32/Float32 column, so 100,000 ratings never become 100,000 objects. */
class Column<T extends Int32Array | Float32Array> {
  length = 0;
  constructor(private data: T) {}
  push(x: number) {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

async function joinRatings(
  path: string,
  tmdbOfMovie: Map<number, number>,
  context: { digests: Digests; effects: Effects },
): Promise<{ coverage: JoinCoverage; ratings: RatingColumns }> {
  const expected = "MovieLens ratings with userId, movieId and rating columns (timestamp optional)";
  const user = new Column(new Int32Array(1024));
  const film = new Column(new Int32Array(1024));
  const rating = new Column(new Float32Array(1024));
  const coverage: Required<JoinCoverage> = {
    rows: 0,
    matched: 0,
    films: 0,
    duplicates: 0,
    unreadable: 0,
  };
  const rated = new Set<number>();
  let at: number[] | null = null;
  for await (const { header, fields } of stream(path, context.digests, context.effects, expected)) {
    at ??= ["userId", "movieId", "rating"].map((c) => column(header, c, path, expected));
    coverage.rows++;
    const [u, m, r] = at.map((i) => Number((fields[i] ?? "").trim()));
    if (
      !Number.isInteger(u) ||
      !Number.isInteger(m) ||
      !(r >= 0.5 && r <= 5 && r * 2 === Math.round(r * 2))
    ) {
      coverage.unreadable++;
      continue;
    }
    const tmdb = tmdbOfMovie.get(m);
    if (tmdb === undefined) continue;
    coverage.matched++;
    rated.add(tmdb);
    user.push(u);
    film.push(tmdb);
    rating.push(r);
  }
  coverage.films = rated.size;
  return { coverage, ratings: { user: user.done(), film: film.done(), rating: rating.done() } };
}

/** Credits coverage from a finished pass: every record counted, the first of each kept id applied. */
function joinCredits(read: CreditsRead, films: Map<number, Film>): JoinCoverage {
  const coverage: Required<JoinCoverage> = {
    rows: read.ids.length,
    matched: 0,
    films: 0,
    duplicates: 0,
    unreadable: 0,
  };
  const seen = new Set<number>();
  for (const f of films.values()) ((f.cast = null), (f.directors = null));
  for (const id of read.ids) {
    const film = films.get(id);
    if (!film) continue;
    coverage.matched++;
    if (seen.has(id)) {
      coverage.duplicates++;
      continue;
    }
    seen.add(id);
    const people = read.people.get(id);
    if (!people) {
      coverage.unreadable++;
      continue;
    }
    film.cast = people.cast;
    film.directors = people.directors;
    coverage.films++;
  }
  return coverage;
}

/** The side files of a folder, and credits.csv already being read in a worker. */
interface SideFiles {
  folder: string;
  digests: Digests;
  credits: { result: Promise<CreditsRead>; bytes: number; size: number } | null;
}

/** Joins credits, keywords, links and ratings (those present) into the kept films. */
async function joinSideFiles(side: SideFiles, films: Film[], effects: Effects): Promise<Joined> {
  const byId = new Map(films.map((f) => [f.id, f]));
  const present = (...names: string[]) =>
    names.map((n) => join(side.folder, n)).find((p) => existsSync(p)) ?? null;
  const joined: Joined = { joins: {}, fields: [], ratings: null };
  const context = { digests: side.digests, effects };

  if (side.credits) {
    const credits = side.credits;
    const stage = effects.stage("credits.csv", credits.size, "bytes");
    stage.update(credits.bytes);
    const onBytes = setInterval(() => stage.update(credits.bytes), 200);
    try {
      const read = await credits.result;
      side.digests.set("credits.csv", read.sha256);
      joined.joins.credits = joinCredits(read, byId);
    } finally {
      clearInterval(onBytes);
    }
    stage.stop();
    joined.fields.push("cast", "directors");
  }
  const keywords = present("keywords.csv");
  if (keywords) {
    const expected = "The Movies Dataset's keywords.csv (id, keywords)";
    joined.joins.keywords = await joinById(
      keywords,
      "id",
      byId,
      { ...context, expected },
      (film, row, header) => {
        film.keywords = namesOf(parseLiteral(row[header.indexOf("keywords")] ?? ""));
      },
    );
    joined.fields.push("keywords");
  }
  const links = present("links.csv", "links_small.csv");
  if (links) {
    const expected = "MovieLens links with movieId, imdbId and tmdbId columns";
    const tmdbOfMovie = new Map<number, number>();
    joined.joins.links = await joinById(
      links,
      "tmdbId",
      byId,
      { ...context, expected },
      (film, row, header) => {
        const movie = Number((row[header.indexOf("movieId")] ?? "").trim());
        if (!Number.isInteger(movie) || movie < 1) throw new Error("bad movieId");
        film.movielens_id = movie;
        tmdbOfMovie.set(movie, film.id);
      },
    );
    joined.fields.push("movielens_id");
    const ratings = present("ratings_small.csv", "ratings.csv");
    if (ratings) {
      const result = await joinRatings(ratings, tmdbOfMovie, context);
      joined.joins.ratings = result.coverage;
      joined.ratings = result.ratings;
    }
  }
  return joined;
}

/** The film columns movies_metadata.csv fills by itself (the side files add the rest). */
export const METADATA_FIELDS: FilmColumn[] = [
  "id",
  "imdb_id",
  "title",
  "original_title",
  "overview",
  "tagline",
  "release_date",
  "release_year",
  "budget",
  "revenue",
  "return",
  "runtime",
  "popularity",
  "vote_average",
  "vote_count",
  "original_language",
  "collection",
  "genres",
  "production_companies",
  "production_countries",
  "production_country_codes",
  "spoken_languages",
  "poster_path",
];

/**
 * Reads a folder holding The Movies Dataset's CSV files. credits.csv, when present, starts parsing
 * in a worker at once; the side files are joined by `join`, once the films are cleaned.
 */
export async function readKaggle(folder: string, effects: Effects): Promise<SourceRows> {
  const path = join(folder, "movies_metadata.csv");
  const expected = "a folder with The Movies Dataset's movies_metadata.csv";
  const size = await requireFile(path, expected);
  const side: SideFiles = { folder, digests: new Map(), credits: null };
  const creditsPath = join(folder, "credits.csv");
  if (existsSync(creditsPath)) {
    const creditsSize = await requireFile(creditsPath, "The Movies Dataset's credits.csv");
    const credits = {
      result: Promise.resolve(null as unknown as CreditsRead),
      bytes: 0,
      size: creditsSize,
    };
    credits.result = readCreditsInWorker(creditsPath, (b) => (credits.bytes = b));
    // Handled when joined; until then a failure must not count as an unhandled rejection.
    credits.result.catch(() => {});
    side.credits = credits;
  }
  const hash = createHash("sha256");
  const stage = effects.stage("movies_metadata.csv", size, "bytes");
  const read = await readMetadata(path, { hash, onBytes: (b) => stage.update(b) });
  stage.stop();
  side.digests.set("movies_metadata.csv", hash.digest("hex"));
  return {
    source: "kaggle",
    inputRecords: read.records,
    films: read.films,
    quarantine: read.quarantine,
    fields: METADATA_FIELDS,
    nullsBefore: read.nullsBefore,
    join: (films, joinEffects) => joinSideFiles(side, films, joinEffects),
    fingerprint: () => fingerprintOf(side.digests),
  };
}
