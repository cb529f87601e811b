// The shape of evaluation/results.json: what `npm run eval` writes and the evaluation page draws.
import type { ProfileResult } from "./profiles.ts";
import type { SequelCheck } from "./collections.ts";
import type { MethodResult } from "./protocol.ts";

/** Version of the results document; the page refuses any other. */
export const RESULTS_VERSION = 2;

/** The thresholds of the targets (issue 15). */
export const TARGET = {
  precision: 0.3,
  coverage: 0.2,
  topShare: 0.15,
  aim: { hitRate: 0.85, precision: 0.33, coverage: 0.25, topShare: 0.1 },
  sequels: { films: 30, listing: 27 },
} as const;

/** The quality targets of issue 15, checked against the most-popular row. */
export interface Targets {
  /** HitRate@10 at least the most-popular list's. */
  hitRateAtLeastPopular: boolean;
  /** Precision@10 at least 0.30. */
  precisionAtLeast30: boolean;
  /** Coverage at least 20% of the catalogue. */
  coverageAtLeast20: boolean;
  /** Top share at most 15%. */
  topShareAtMost15: boolean;
  /** All at once: HitRate@10 ≥ 0.85, Precision@10 ≥ 0.33, coverage ≥ 25%, top share ≤ 10%. */
  aimAllAtOnce: boolean;
  /** At least 27 of the 30 most-voted collection films list a collection-mate. */
  sequels: boolean;
}

/** A method's results, and those of its films-alike list (the content list) when it has one. */
export type MethodEntry = MethodResult & { alike?: MethodResult };

/** The targets met by `ours` against `popular` (pooled, or one split's), with the sequel check. */
export function targetsOf(
  ours: MethodResult,
  popular: MethodResult,
  sequels: SequelCheck | null,
): Targets {
  const { aim } = TARGET;
  return {
    hitRateAtLeastPopular: ours.hitRate >= popular.hitRate,
    precisionAtLeast30: ours.precision >= TARGET.precision,
    coverageAtLeast20: ours.coverage >= TARGET.coverage,
    topShareAtMost15: ours.topShare <= TARGET.topShare,
    aimAllAtOnce:
      ours.hitRate >= aim.hitRate &&
      ours.precision >= aim.precision &&
      ours.coverage >= aim.coverage &&
      ours.topShare <= aim.topShare,
    sequels:
      sequels !== null &&
      sequels.films >= TARGET.sequels.films &&
      sequels.listing >= TARGET.sequels.listing,
  };
}

/** One split's results: a fold of the cross-validation, or the outside test viewers. */
export interface SplitResults {
  testViewers: number;
  trainViewers: number;
  methods: MethodEntry[];
  /** The shipped lists' sequel check on this split's build. */
  sequels: SequelCheck;
  targets: Targets;
}

export interface EvaluationResults {
  schemaVersion: number;
  protocol: {
    liked: number;
    k: number;
    split: Record<string, unknown>;
    /** Films in the catalogue evaluated. */
    catalogue: number;
    testViewers: number;
  };
  /** Every method pooled over the splits (per-query metrics over all queries, list metrics averaged). */
  methods: MethodEntry[];
  /** Targets of the pooled results (sequels: met on every split). */
  targets: Targets;
  /** Split by split (one for outside viewers). */
  splits: SplitResults[];
  /** The lists "for you": latest like held out, most-popular's and ours, pooled and per fold. */
  profiles?: {
    protocol: { heldOut: string; profile: number; k: number; recency?: number };
    methods: ProfileResult[];
    folds: readonly ProfileResult[][];
    targets: {
      timesPopular: number;
      hitRateAtLeast15TimesPopular: boolean;
      coverageAtLeast4: boolean;
    };
  };
}

/** Checks a parsed results document; throws naming what is wrong. */
export function parseResults(value: unknown): EvaluationResults {
  const r = value as EvaluationResults;
  if (r?.schemaVersion !== RESULTS_VERSION) {
    throw new Error(
      `evaluation results have schema version ${r?.schemaVersion ?? "(none)"}, expected ${RESULTS_VERSION}: run npm run eval`,
    );
  }
  for (const m of ["most popular", "original", "ours"]) {
    if (!r.methods.some((x) => x.method === m))
      throw new Error(`evaluation results lack the method "${m}": run npm run eval`);
  }
  return r;
}
