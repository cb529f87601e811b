// Types shared by the build steps: what a source yields and what the cleaning reports.
import type { Film, FilmColumn, SourceName } from "../../src/lib/schema.ts";

/** A record the ETL refused, with where it was and why. */
export interface QuarantineRecord {
  /** 1-based line of the record's first line in its file. */
  line: number;
  reason: string;
  /** The raw text of the record (truncated for very long records). */
  raw: string;
}

/** A rating joined to a TMDB id. */
export interface Rating {
  user: number;
  film: number;
  rating: number;
}

/** What a source adapter yields: canonical candidate films before cleaning, and its refusals. */
export interface SourceRows {
  source: SourceName;
  /** sha256 over the input files' names and bytes. */
  fingerprint: string;
  /** Records read from the main movie file. */
  inputRecords: number;
  /** Candidate films, in input order (duplicates and rows without title/date still in). */
  films: Film[];
  quarantine: QuarantineRecord[];
  /** Film columns the source knows. */
  fields: FilmColumn[];
  ratings: Rating[] | null;
}

/** Side effects the build steps may use, injected so tests run silently and deterministically. */
export interface Effects {
  log(message: string): void;
}

export const silentEffects: Effects = { log: () => {} };
