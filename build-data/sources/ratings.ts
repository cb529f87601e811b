// ratings.csv (26M rows) or ratings_small.csv: MovieLens ratings joined to TMDB ids through links,
// kept as columns (user, film, rating, timestamp) for the co-likes and the evaluation.
//
// The file is streamed and its bytes parsed in place, not through csv-parse: MovieLens ratings are
// plain numbers (no quotes, no commas inside a field), so a record is a line and a field is the bytes
// between two commas. csv-parse made a string per field and an array per record, which held the
// build at about 260,000 rows a second (100 s for the full file); a byte scan with integer parsing
// reads several million rows a second and allocates nothing per row. A line that is not four plain
// numbers (a quote, a letter, a missing field, a rating outside 0.5–5 in halves) is not guessed at:
// it is quarantined, counted under its reason, and the first few are kept as samples.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import type { JoinCoverage, QuarantineSample } from "../../src/lib/schema.ts";
import type { Effects, RatingColumns } from "../etl/types.ts";
import { InputError, requireFile } from "./csv.ts";
import { emptyCoverage, type CoverageCounts, type Digests } from "./side-file.ts";

const EXPECTED = "MovieLens ratings with userId, movieId and rating columns (timestamp optional)";

/** Quarantined lines kept as samples (the counts by reason cover all of them). */
const SAMPLE_LIMIT = 10;
/** Longest raw text kept per sample. */
const RAW_LIMIT = 200;

/** What a ratings file joined: the coverage, the unreadable lines by reason, and the columns. */
export interface RatingsRead {
  coverage: CoverageCounts & Pick<JoinCoverage, "file" | "unreadableByReason" | "unreadableSample">;
  ratings: RatingColumns;
}

/** A growable typed column: 26 million ratings never become 26 million objects. */
class Column<T extends Int32Array | Float32Array | Uint32Array> {
  length = 0;
  constructor(private data: T) {}
  push(x: number) {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(
        Math.ceil(this.data.length * 1.5) + 1024,
      );
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  /** The values pushed: a view when the capacity was about right, else a compact copy. */
  done(): T {
    const view = this.data.subarray(0, this.length) as T;
    return this.length >= 0.8 * this.data.length ? view : (view.slice() as T);
  }
}

const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const DOT = 0x2e;
const ZERO = 0x30;

/** Why a field of a rating line is refused; the key before the colon groups the counts. */
const REASON = {
  fields: (found: number, needed: number) =>
    `fields: ${found} field${found === 1 ? "" : "s"}, expected at least ${needed}`,
  userId: "userId: not a positive integer",
  movieId: "movieId: not a positive integer",
  rating: "rating: not 0.5 to 5 in steps of 0.5",
  timestamp: "timestamp: not an integer of seconds",
} as const;

/**
 * A non-negative integer in bytes [start, end) (spaces around it allowed), or -1 when it is not
 * one or exceeds `max`.
 */
function integerAt(bytes: Uint8Array, start: number, end: number, max: number): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  if (start === end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
    if (n > max) return -1;
  }
  return n;
}

/** A rating in bytes [start, end): 0.5 to 5 in halves ("4", "4.0", "3.5"), or -1. */
function ratingAt(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  let i = start;
  let whole = 0;
  for (; i < end && bytes[i] !== DOT; i++) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9 || whole > 5) return -1;
    whole = whole * 10 + d;
  }
  if (i === start) return -1;
  let tenths = 0;
  if (i < end) {
    // After the dot: one digit that is 0 or 5, then only zeros ("3.50").
    if (++i === end) return -1;
    tenths = bytes[i++] - ZERO;
    if (tenths !== 0 && tenths !== 5) return -1;
    for (; i < end; i++) if (bytes[i] !== ZERO) return -1;
  }
  const r = whole + tenths / 10;
  return r >= 0.5 && r <= 5 ? r : -1;
}

/** TMDB id by MovieLens id, as a dense table when the ids are small (they are: under 200,000). */
function tmdbLookup(tmdbOfMovie: ReadonlyMap<number, number>): (movie: number) => number {
  let max = 0;
  for (const m of tmdbOfMovie.keys()) if (m > max) max = m;
  if (max > 1 << 24) return (m) => tmdbOfMovie.get(m) ?? -1;
  const table = new Int32Array(max + 1).fill(-1);
  for (const [m, tmdb] of tmdbOfMovie) if (m >= 0) table[m] = tmdb;
  return (m) => (m <= max ? table[m] : -1);
}

/** The columns a header names, or an {@link InputError} naming the missing one. */
function headerColumns(text: string, path: string) {
  const header = text
    .replace(/^\uFEFF/, "")
    .split(",")
    .map((h) => h.trim());
  const at = (name: string) => {
    const i = header.indexOf(name);
    if (i === -1) throw new InputError(`${path} lacks the column ${name}: expected ${EXPECTED}`);
    return i;
  };
  const time = header.indexOf("timestamp");
  return { user: at("userId"), movie: at("movieId"), rating: at("rating"), time };
}

/**
 * Streams a MovieLens ratings file and keeps the ratings whose movieId has a TMDB id in
 * `tmdbOfMovie`; the others are counted (`rows - matched - unreadable` are unlinked). Its sha256
 * goes into `context.digests`.
 */
export async function joinRatings(
  path: string,
  tmdbOfMovie: ReadonlyMap<number, number>,
  context: { digests: Digests; effects: Effects },
): Promise<RatingsRead> {
  const size = await requireFile(path, EXPECTED);
  const name = basename(path);
  const hash = createHash("sha256");
  const stage = context.effects.stage(name, size, "bytes");
  const tmdbOf = tmdbLookup(tmdbOfMovie);
  const coverage: RatingsRead["coverage"] = { ...emptyCoverage(), file: name };
  const byReason: Record<string, number> = {};
  const sample: QuarantineSample[] = [];
  const rated = new Set<number>();
  let columns: ReturnType<typeof headerColumns> | null = null;
  let needed = 0;
  let user: Column<Int32Array> | null = null;
  let film: Column<Int32Array> | null = null;
  let rating: Column<Float32Array> | null = null;
  let time: Column<Uint32Array> | null = null;
  let line = 0;
  let read = 0;
  /** The fields' bounds on the current line: start of field i at 2i, its end at 2i + 1. */
  const bounds = new Int32Array(64);

  const quarantine = (bytes: Uint8Array, start: number, end: number, reason: string) => {
    coverage.unreadable++;
    const key = reason.slice(0, reason.indexOf(":"));
    byReason[key] = (byReason[key] ?? 0) + 1;
    if (sample.length < SAMPLE_LIMIT) {
      const raw = Buffer.from(bytes.subarray(start, Math.min(end, start + RAW_LIMIT * 4)));
      sample.push({ line, reason, raw: raw.toString("utf8").slice(0, RAW_LIMIT) });
    }
  };

  /** One line, bytes [start, end) without its line break. */
  const record = (bytes: Uint8Array, start: number, end: number) => {
    line++;
    if (end > start && bytes[end - 1] === CR) end--;
    if (end === start) return; // a blank line, as csv-parse skips them
    if (!columns) {
      columns = headerColumns(Buffer.from(bytes.subarray(start, end)).toString("utf8"), path);
      needed = Math.max(columns.user, columns.movie, columns.rating, columns.time) + 1;
      // About 29 bytes a line in the real files: room for all of them, give or take.
      const estimate = Math.ceil(size / 24) + 16;
      user = new Column(new Int32Array(estimate));
      film = new Column(new Int32Array(estimate));
      rating = new Column(new Float32Array(estimate));
      time = new Column(new Uint32Array(estimate));
      return;
    }
    coverage.rows++;
    let fields = 0;
    let at = start;
    for (let i = start; i <= end && fields < 32; i++) {
      if (i === end || bytes[i] === COMMA) {
        bounds[2 * fields] = at;
        bounds[2 * fields + 1] = i;
        fields++;
        at = i + 1;
      }
    }
    if (fields < needed) return quarantine(bytes, start, end, REASON.fields(fields, needed));
    const c = columns;
    const u = integerAt(bytes, bounds[2 * c.user], bounds[2 * c.user + 1], 0x7fffffff);
    if (u < 1) return quarantine(bytes, start, end, REASON.userId);
    const m = integerAt(bytes, bounds[2 * c.movie], bounds[2 * c.movie + 1], 0x7fffffff);
    if (m < 1) return quarantine(bytes, start, end, REASON.movieId);
    const r = ratingAt(bytes, bounds[2 * c.rating], bounds[2 * c.rating + 1]);
    if (r < 0) return quarantine(bytes, start, end, REASON.rating);
    let t = 0;
    if (c.time >= 0) {
      t = integerAt(bytes, bounds[2 * c.time], bounds[2 * c.time + 1], 0xffffffff);
      if (t < 0) return quarantine(bytes, start, end, REASON.timestamp);
    }
    const tmdb = tmdbOf(m);
    if (tmdb < 0) return;
    coverage.matched++;
    rated.add(tmdb);
    user!.push(u);
    film!.push(tmdb);
    rating!.push(r);
    time!.push(t);
  };

  const stream = createReadStream(path, { highWaterMark: 1 << 22 });
  let carry: Buffer | null = null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      read += chunk.length;
      stage.update(read);
      const bytes: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let i = bytes.indexOf(LF, start); i !== -1; i = bytes.indexOf(LF, start)) {
        record(bytes, start, i);
        start = i + 1;
      }
      carry = start < bytes.length ? bytes.subarray(start) : null;
      // A copy, so the 4 MB chunk the rest of a long line points into is not kept alive by it.
      if (carry && carry.length < bytes.length / 2) carry = Buffer.from(carry);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`cannot read ${path} (${code}): expected ${EXPECTED}`);
  }
  if (carry) record(carry, 0, carry.length);
  stage.stop();
  if (!columns) throw new InputError(`${path} is empty: expected ${EXPECTED}`);
  context.digests.set(name, hash.digest("hex"));
  coverage.films = rated.size;
  if (coverage.unreadable > 0) {
    coverage.unreadableByReason = byReason;
    coverage.unreadableSample = sample;
  }
  return {
    coverage,
    ratings: {
      user: user!.done(),
      film: film!.done(),
      rating: rating!.done(),
      time: time!.done(),
    },
  };
}
