// The benchmark's results (benchmarks/results.json, `npm run bench -- --json`) and the targets of
// issue 9, with the one function that says which targets are met. Read by the bench, the
// performance page and the tests.
import { BENCH_DEFAULTS, GZIP_LEVEL, PHONE_LINK, SEARCH_TEXT } from "./defaults.ts";

/** Every cold-visit figure over the emulated phone link, in the order the tables print them. */
export const COLD_KEYS = [
  "cold_film_facts_ms",
  "cold_film_ms",
  "cold_film_kb",
  "cold_film_raw_kb",
  "cold_search_ms",
  "cold_search_kb",
  "cold_search_raw_kb",
  "cold_query_ms",
  "cold_query_kb",
  "cold_query_raw_kb",
] as const;

/**
 * Cold visits over an emulated phone link (1.6 Mbit/s shared, 150 ms per request, gzip): ms from
 * navigation start until the film page's title heading (`cold_film_facts_ms`) and five
 * recommendations (`cold_film_ms`), the home page's first suggestion for "toy st", a query
 * permalink's answer; `_kb` what the link carried until then (gzip), `_raw_kb` the same unpacked.
 */
export type ColdFigures = Record<(typeof COLD_KEYS)[number], number | null>;

/** The figures `npm run bench` reports for one input; null where it could not measure. */
export interface Figures extends ColdFigures {
  films: number | null;
  etl_seconds: number | null;
  etl_peak_rss_mb: number | null;
  assets_bytes: number | null;
  assets_bytes_gzip: number | null;
  recommender_assets_bytes_gzip: number | null;
  worker_ready_ms: number | null;
  first_answer_ms: number | null;
  recommend_p50_ms: number | null;
  recommend_p95_ms: number | null;
  query_p95_ms: number | null;
  original_method_p50_ms: number | null;
  speedup_vs_original: number | null;
}

/** Figures as a results file may hold them: one saved before the cold visits lacks their keys. */
export type StoredFigures = Omit<Figures, keyof ColdFigures> & Partial<ColdFigures>;

/** Every key of {@link Figures}, in the order the table prints them. */
export const FIGURE_KEYS = [
  "films",
  "etl_seconds",
  "etl_peak_rss_mb",
  "assets_bytes",
  "assets_bytes_gzip",
  "recommender_assets_bytes_gzip",
  "worker_ready_ms",
  "first_answer_ms",
  "recommend_p50_ms",
  "recommend_p95_ms",
  "query_p95_ms",
  "original_method_p50_ms",
  "speedup_vs_original",
  ...COLD_KEYS,
] as const satisfies readonly (keyof Figures)[];

/** One synthetic size of `--scale`: its figures, or why it could not run. */
export type ScalePoint =
  | ({
      status: "measured";
      etl_seconds: number;
      /** CPU time of the ETL (user + system), s: less sensitive than wall time to a busy machine. */
      etl_cpu_seconds?: number;
      etl_peak_rss_mb: number;
      recommender_assets_bytes_gzip: number;
      assets_bytes_gzip: number;
      recommend_p50_ms: number | null;
      recommend_p95_ms: number | null;
      /** Why the worker or cold-visit figures are missing, when they are. */
      reason?: string;
    } & Partial<ColdFigures>)
  | { status: "failed"; reason: string };

/** What `npm run bench -- --json` prints and `--save` writes. */
export interface Results extends Figures {
  schemaVersion: 1;
  /** Where and on what it ran. */
  machine: {
    cpu: string;
    cores: number;
    memory_gb: number;
    node: string;
    chromium: string;
    date: string;
    /** 1-minute load average when the bench started (2 cores: above 2 means other work competed). */
    load_avg_1m: number;
  };
  code: { commit: string; branch: string; dirty: boolean };
  input: { source: "vega" | "kaggle"; dir: string | null };
  /** How the page figures were taken (e.g. which page gave first_answer_ms). */
  notes: string[];
  /** Figures that could not be measured, each with its reason. */
  missing: { key: string; reason: string }[];
  /** Per-query and per-method summaries (calls, p50, p95, mean, min, max). */
  details: Record<string, unknown>;
  scale: Record<string, ScalePoint>;
}

/** A target of issue 9. `scope` says which measurement it is judged on. */
export interface Target {
  key: keyof Figures;
  scope: "scale-50000" | "real";
  comparison: "<=" | ">=";
  value: number;
  unit: "ms" | "s" | "MB" | "bytes" | "kB" | "x";
}

export const TARGET_SCALE = "50000";

export const TARGETS: readonly Target[] = [
  { key: "recommend_p50_ms", scope: "scale-50000", comparison: "<=", value: 2, unit: "ms" },
  { key: "recommend_p95_ms", scope: "scale-50000", comparison: "<=", value: 5, unit: "ms" },
  {
    key: "recommender_assets_bytes_gzip",
    scope: "scale-50000",
    comparison: "<=",
    // 4 MB read as 4 MiB, like the RSS figures, which are MiB.
    value: 4 * 1024 * 1024,
    unit: "bytes",
  },
  { key: "etl_seconds", scope: "scale-50000", comparison: "<=", value: 30, unit: "s" },
  { key: "etl_peak_rss_mb", scope: "scale-50000", comparison: "<=", value: 2048, unit: "MB" },
  { key: "query_p95_ms", scope: "real", comparison: "<=", value: 5, unit: "ms" },
  { key: "worker_ready_ms", scope: "real", comparison: "<=", value: 500, unit: "ms" },
  { key: "first_answer_ms", scope: "real", comparison: "<=", value: 1000, unit: "ms" },
  { key: "speedup_vs_original", scope: "real", comparison: ">=", value: 20, unit: "x" },
  // Cold visits over the phone link, judged at full size (the deployed site's catalogue): 1 s for
  // the film's facts, 2.5 s for each answer, 300 kB carried by each visit.
  ...(
    [
      ["cold_film_facts_ms", 1000],
      ["cold_film_ms", 2500],
      ["cold_search_ms", 2500],
      ["cold_query_ms", 2500],
      ["cold_film_kb", 300],
      ["cold_search_kb", 300],
      ["cold_query_kb", 300],
    ] as const
  ).map(([key, value]): Target => ({
    key,
    scope: "scale-50000",
    comparison: "<=",
    value,
    unit: key.endsWith("_ms") ? "ms" : "kB",
  })),
];

export interface TargetCheck extends Target {
  /** The measured value, or null when it was not measured. */
  measured: number | null;
  /** True when met, false when missed, null when not measured. */
  met: boolean | null;
}

/** Each target with what was measured for it: scale targets from scale["50000"], the others from the main run. */
export function checkTargets(results: StoredFigures & Pick<Results, "scale">): TargetCheck[] {
  return TARGETS.map((target) => {
    let measured: number | null;
    // Results saved before a figure existed lack its key: not measured.
    if (target.scope === "real") measured = results[target.key] ?? null;
    else {
      const point = results.scale[TARGET_SCALE];
      const value =
        point?.status === "measured"
          ? (point as unknown as Record<string, number | null | undefined>)[target.key]
          : null;
      measured = value ?? null;
    }
    const met =
      measured === null
        ? null
        : target.comparison === "<="
          ? measured <= target.value
          : measured >= target.value;
    return { ...target, measured, met };
  });
}

/** A measured size of the scale curve, as a flat record for charts and tables. */
export interface ScaleRow {
  films: number;
  etl_seconds: number;
  etl_peak_rss_mb: number;
  recommender_assets_bytes_gzip: number;
  recommend_p50_ms: number | null;
  recommend_p95_ms: number | null;
}

/** The measured sizes of `results.scale`, smallest first. */
export function scaleRows(scale: Results["scale"]): ScaleRow[] {
  return Object.entries(scale)
    .flatMap(([size, p]): ScaleRow[] =>
      p.status === "measured"
        ? [
            {
              films: Number(size),
              etl_seconds: p.etl_seconds,
              etl_peak_rss_mb: p.etl_peak_rss_mb,
              recommender_assets_bytes_gzip: p.recommender_assets_bytes_gzip,
              recommend_p50_ms: p.recommend_p50_ms,
              recommend_p95_ms: p.recommend_p95_ms,
            },
          ]
        : [],
    )
    .sort((a, b) => a.films - b.films);
}

/**
 * How a figure grows between the smallest and the largest measured size: the ratio of values and
 * the exponent b of value ∝ films^b (1 is linear). Null with fewer than two sizes measured.
 */
export function growth(
  rows: readonly ScaleRow[],
  key: Exclude<keyof ScaleRow, "films">,
): { from: number; to: number; ratio: number; exponent: number } | null {
  const measured = rows.filter((r) => r[key] !== null && r[key]! > 0);
  if (measured.length < 2) return null;
  const first = measured[0];
  const last = measured[measured.length - 1];
  const ratio = last[key]! / first[key]!;
  return {
    from: first.films,
    to: last.films,
    ratio,
    exponent: Math.log(ratio) / Math.log(last.films / first.films),
  };
}

/** The numbers the performance page's "how it is measured" states. */
export interface MethodFacts {
  /** Cold page loads per page timing. */
  runs: number;
  /** Timed recommendation calls. */
  calls: number;
  /** Timed calls per query. */
  queryCalls: number;
  seed: number;
  /** Cold visits of each kind over the phone link. */
  coldRuns: number;
  /** The phone link's rate, Mbit/s. */
  mbitPerSecond: number;
  /** The phone link's wait before each response's first byte, ms. */
  latencyMs: number;
  /** What the cold search visit types. */
  searchText: string;
  gzipLevel: number;
}

/** The counts the run recorded (its runs and calls), else what the bench does by default. */
export function methodFacts(results: Results | null): MethodFacts {
  const details = (results?.details ?? {}) as {
    worker_ready_runs_ms?: number[];
    worker?: Record<string, { method?: string; calls?: number }>;
  };
  const worker = Object.values(details.worker ?? {});
  return {
    runs: details.worker_ready_runs_ms?.length ?? BENCH_DEFAULTS.runs,
    calls: worker.find((w) => w.method === "recommendById")?.calls ?? BENCH_DEFAULTS.calls,
    queryCalls: worker.find((w) => w.method === "query")?.calls ?? BENCH_DEFAULTS.queryCalls,
    seed: BENCH_DEFAULTS.seed,
    coldRuns: BENCH_DEFAULTS.coldRuns,
    mbitPerSecond: (PHONE_LINK.bytesPerSecond * 8) / 1e6,
    latencyMs: PHONE_LINK.latencyMs,
    searchText: SEARCH_TEXT,
    gzipLevel: GZIP_LEVEL,
  };
}
