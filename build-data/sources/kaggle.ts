// The Movies Dataset (Kaggle, CC0): movies_metadata.csv plus, when present, credits, keywords,
// links and ratings, joined on TMDB id. Every file is streamed and hashed as it streams.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { namesOf, parseLiteral } from "./parse-literal.ts";
import {
  FILM_FIELDS,
  type Film,
  type FilmColumn,
  type JoinCoverage,
} from "../../src/lib/schema.ts";
import type { Effects, Joined, SourceRows } from "../etl/types.ts";
import { InputError, requireFile } from "./csv.ts";
import { readCreditsInWorker, type CreditsRead } from "./credits.ts";
import { readMetadata } from "./metadata.ts";
import { joinRatings } from "./ratings.ts";
import { column, emptyCoverage, fingerprintOf, stream, type Digests } from "./side-file.ts";

const INT = /^\d+$/;

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
  const coverage = emptyCoverage();
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

/** Credits coverage from a finished pass: every record counted, the first of each kept id applied. */
function joinCredits(read: CreditsRead, films: Map<number, Film>): JoinCoverage {
  const coverage = emptyCoverage(read.ids.length);
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

/** Which ratings file the build joins when the folder holds both. */
export type RatingsChoice = "full" | "small";

/** The ratings files, by choice: `ratings.csv` (26M ratings) is the better data. */
export const RATINGS_FILES: Record<RatingsChoice, string> = {
  full: "ratings.csv",
  small: "ratings_small.csv",
};

/** Options of {@link readKaggle}. */
export interface KaggleOptions {
  /**
   * "full" joins `ratings.csv`, or `ratings_small.csv` when only that is there; "small" joins
   * `ratings_small.csv`, and refuses a folder without it. Default "full".
   */
  ratings?: RatingsChoice;
}

/** The side files of a folder, and credits.csv already being read in a worker. */
interface SideFiles {
  folder: string;
  digests: Digests;
  credits: { result: Promise<CreditsRead>; bytes: number; size: number } | null;
  ratings: RatingsChoice;
}

/** The ratings file to join, or null when the folder holds none. */
function ratingsFile(side: SideFiles): string | null {
  const full = join(side.folder, RATINGS_FILES.full);
  const small = join(side.folder, RATINGS_FILES.small);
  if (side.ratings === "small") {
    if (existsSync(small)) return small;
    if (existsSync(full))
      throw new InputError(
        `${small} does not exist: --ratings small needs it (without the flag the build joins ${RATINGS_FILES.full})`,
      );
    return null;
  }
  return [full, small].find((p) => existsSync(p)) ?? null;
}

/** Waits for the credits worker and joins its result into the films. */
async function joinCreditsFile(
  side: SideFiles,
  credits: NonNullable<SideFiles["credits"]>,
  byId: Map<number, Film>,
  effects: Effects,
): Promise<JoinCoverage> {
  const stage = effects.stage("credits.csv", credits.size, "bytes");
  stage.update(credits.bytes);
  const onBytes = setInterval(() => stage.update(credits.bytes), 200);
  try {
    const read = await credits.result;
    side.digests.set("credits.csv", read.sha256);
    const coverage = joinCredits(read, byId);
    stage.stop();
    return coverage;
  } finally {
    clearInterval(onBytes);
  }
}

/** Joins keywords, links and ratings (those present) into the films. */
async function joinOtherFiles(
  side: SideFiles,
  byId: Map<number, Film>,
  effects: Effects,
): Promise<Joined> {
  const present = (...names: string[]) =>
    names.map((n) => join(side.folder, n)).find((p) => existsSync(p)) ?? null;
  const joined: Joined = { joins: {}, fields: [], ratings: null };
  const context = { digests: side.digests, effects };
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
    const ratings = ratingsFile(side);
    if (ratings) {
      const result = await joinRatings(ratings, tmdbOfMovie, context);
      joined.joins.ratings = result.coverage;
      joined.ratings = result.ratings;
    }
  }
  return joined;
}

/**
 * Joins credits, keywords, links and ratings (those present) into the kept films. credits.csv is
 * still parsing in its worker when this starts: the other files are joined meanwhile, on this thread;
 * the result lists credits first all the same.
 */
async function joinSideFiles(side: SideFiles, films: Film[], effects: Effects): Promise<Joined> {
  const byId = new Map(films.map((f) => [f.id, f]));
  const others = await joinOtherFiles(side, byId, effects);
  if (!side.credits) return others;
  const credits = await joinCreditsFile(side, side.credits, byId, effects);
  return {
    joins: { credits, ...others.joins },
    fields: ["cast", "directors", ...others.fields],
    ratings: others.ratings,
  };
}

/** The film columns only the side files fill. */
const SIDE_FIELDS: readonly FilmColumn[] = ["cast", "directors", "keywords", "movielens_id"];

/** The film columns movies_metadata.csv fills by itself. */
export const METADATA_FIELDS: FilmColumn[] = FILM_FIELDS.map((f) => f.name).filter(
  (name) => !SIDE_FIELDS.includes(name),
);

/**
 * Reads a folder holding The Movies Dataset's CSV files. credits.csv, when present, starts parsing
 * in a worker at once; the side files are joined by `join`, once the films are cleaned.
 */
export async function readKaggle(
  folder: string,
  effects: Effects,
  options: KaggleOptions = {},
): Promise<SourceRows> {
  const path = join(folder, "movies_metadata.csv");
  const expected = "a folder with The Movies Dataset's movies_metadata.csv";
  const size = await requireFile(path, expected);
  const side: SideFiles = {
    folder,
    digests: new Map(),
    credits: null,
    ratings: options.ratings ?? "full",
  };
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
