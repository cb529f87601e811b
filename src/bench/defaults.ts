// What `npm run bench` does unless told otherwise, in one place: its options' defaults, the phone
// link of its cold visits, the text it types and its gzip level. The bench reads them, and the
// performance page describes its method with them (and with the counts a run recorded).

/** Defaults of `npm run bench`'s options (scripts/bench/args.ts). */
export const BENCH_DEFAULTS = {
  /** Timed recommendation calls, ours and the original's. */
  calls: 1000,
  /** Timed calls per query. */
  queryCalls: 200,
  /** Cold page loads per page timing. */
  runs: 5,
  /** Seed of every random draw. */
  seed: 42,
  /** Port of the benchmark server. */
  port: 4417,
  /** The film whose permalink times the first answer. */
  title: "Toy Story",
  /** Time limit of each generator or ETL step of a scale size, minutes. */
  timeoutMin: 20,
  /** Cold visits of each kind over the phone link; each figure is their median. */
  coldRuns: 3,
  /** Time limit of one cold visit, seconds. */
  coldTimeoutS: 240,
} as const;

/** A slow phone link: 1.6 Mbit/s (200,000 bytes/s) shared by all requests, 150 ms per request. */
export const PHONE_LINK = { bytesPerSecond: 200_000, latencyMs: 150 } as const;

/** What the cold search visit types into the home page's box. */
export const SEARCH_TEXT = "toy st";

/** The gzip level of the sizes the bench reports and of its throttled server (a server's usual). */
export const GZIP_LEVEL = 6;
