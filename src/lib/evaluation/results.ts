// The shape of evaluation/results.json: what `npm run eval` writes and the evaluation page draws.
import type { ProfileResult } from "./profiles.ts";
import type { MethodResult } from "./protocol.ts";

/** Version of the results document; the page refuses any other. */
export const RESULTS_VERSION = 1;

/** The quality targets of issue 6, checked against the most-popular and original rows. */
export interface Targets {
  beatsPopularHitRate: boolean;
  beatsPopularPrecision: boolean;
  twiceOriginalHitRate: boolean;
  coverageAtLeast25: boolean;
}

/** The targets met by "ours" among `methods` (the pooled results, or one fold's). */
export function targetsOf(methods: readonly MethodResult[]): Targets {
  const by = (m: string) => {
    const found = methods.find((r) => r.method === m);
    if (!found) throw new Error(`the results lack the method "${m}"`);
    return found;
  };
  const [ours, popular, original] = [by("ours"), by("most popular"), by("original")];
  return {
    beatsPopularHitRate: ours.hitRate > popular.hitRate,
    beatsPopularPrecision: ours.precision > popular.precision,
    twiceOriginalHitRate: ours.hitRate >= 2 * original.hitRate,
    coverageAtLeast25: ours.coverage >= 0.25,
  };
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
  methods: (MethodResult & { note: string })[];
  targets: Targets;
  /**
   * Fold by fold, for a cross-validation: each fold's viewers and the baselines' and ours' results
   * on them (the pooled `methods` average these over every query).
   */
  folds?: { testViewers: number; trainViewers: number; methods: MethodResult[] }[];
  /** The lists "for you": latest like held out, most-popular's and ours, pooled and per fold. */
  profiles?: {
    protocol: { heldOut: string; profile: number; k: number };
    methods: ProfileResult[];
    folds: ProfileResult[][];
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
