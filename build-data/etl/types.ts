// Types shared by the build steps: what a source yields, what the joins add, and the injected effects.
import type { Film, FilmColumn, JoinCoverage, SourceName } from "../../src/lib/schema.ts";

/** A record the ETL refused, with where it was and why. */
export interface QuarantineRecord {
  /** 1-based line of the record's first line in its file. */
  line: number;
  /** "<key>: <detail>"; the key (before the first colon) groups the counts. */
  reason: string;
  /** The raw text of the record (truncated for very long records). */
  raw: string;
}

/**
 * A value the ETL read otherwise than written, and kept: nothing is repaired silently. The quality
 * report counts the kept films' corrections by reason and lists a sample.
 */
export interface CorrectionRecord {
  /** 1-based line of the record's first line in its file. */
  line: number;
  /** The candidate film that holds the value read (counted only if it is kept). */
  film: Film;
  /** The column read otherwise than written. */
  column: FilmColumn;
  /** "<key>: <detail>"; the key (before the first colon) groups the counts, as in the quarantine. */
  reason: string;
  /** The value as the file writes it. */
  written: string;
  /** The value as the film holds it. */
  read: string;
}

/** One rating joined to a TMDB id (the recommender's row form of {@link RatingColumns}). */
export interface Rating {
  user: number;
  film: number;
  rating: number;
}

/** The ratings as rows, for the recommender (ratings_small has ~100k: rows are affordable). */
export function ratingsFromColumns(columns: RatingColumns): Rating[] {
  return Array.from(columns.user, (user, i) => ({
    user,
    film: columns.film[i],
    rating: columns.rating[i],
  }));
}

/** Ratings joined to TMDB ids, as columns (one entry per rating). */
export interface RatingColumns {
  user: Int32Array;
  /** TMDB id. */
  film: Int32Array;
  /** 0.5 to 5 in halves. */
  rating: Float32Array;
  /** Seconds since 1970 (MovieLens' timestamp column); 0 when the file has none. */
  time: Uint32Array;
}

/** What the side files (credits, keywords, links, ratings) added to the kept films. */
export interface Joined {
  joins: Partial<Record<"credits" | "keywords" | "links" | "ratings", JoinCoverage>>;
  /** Film columns the side files filled. */
  fields: FilmColumn[];
  ratings: RatingColumns | null;
}

/** What a source adapter yields: canonical candidate films before cleaning, and its refusals. */
export interface SourceRows {
  source: SourceName;
  /** Records read from the main movie file. */
  inputRecords: number;
  /** Candidate films, in input order (duplicates and rows without title/date still in). */
  films: Film[];
  quarantine: QuarantineRecord[];
  /** Values read otherwise than written, in input order; absent when the source repairs none. */
  corrections?: CorrectionRecord[];
  /** Film columns the main file knows. */
  fields: FilmColumn[];
  /** Empty cells per raw input column, before cleaning. */
  nullsBefore: Record<string, number>;
  /** Joins the side files into the kept films (mutating their join columns); absent without side files. */
  join?: (films: Film[], effects: Effects) => Promise<Joined>;
  /** sha256 over the input files' names and bytes; complete once `join` has run. */
  fingerprint(): string;
}

/** One stage's progress: units done so far, out of the total given at start. */
export interface StageProgress {
  update(done: number): void;
  stop(): void;
}

/** Side effects the build steps use, injected so tests run silently and deterministically. */
export interface Effects {
  log(message: string): void;
  /** Starts a stage (e.g. "credits.csv", in bytes). */
  stage(name: string, total: number, unit: string): StageProgress;
}

const noStage: StageProgress = { update: () => {}, stop: () => {} };
export const silentEffects: Effects = { log: () => {}, stage: () => noStage };
