// `--scale`: for each size, a synthetic catalogue from the real rows (build-data/synthetic/cli.ts),
// the real ETL on it, its asset sizes, and the recommendation timed in the browser's worker.
// Everything is written to a temp folder outside the repository and removed after each size.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "@playwright/test";
import type { ScalePoint } from "../../src/bench/performance.ts";
import { loadEngineFromDisk } from "../lib/node-engine.ts";
import { assetSizes } from "./assets.ts";
import { benchmarkWorker } from "./browser.ts";
import { failureReason, runChild } from "./child.ts";
import { coldInputs, runColdVisits, type ColdResult, type ColdSetup } from "./cold-visits.ts";
import { runEtl } from "./etl.ts";
import { useData } from "./site.ts";

export const GENERATOR = "build-data/synthetic/cli.ts";

/** Options of {@link measureScale}. */
export interface ScaleOptions {
  /** The real Movies Dataset folder the synthetic rows are drawn from. */
  from: string;
  seed: number;
  calls: number;
  /** Time limit of the generator and of the ETL, ms. */
  timeoutMs: number;
  browser: Browser;
  /** The built site (its data folder is swapped per size) and its server. */
  siteDir: string;
  baseUrl: string;
  log: (message: string) => void;
  /** The cold visits: their browser and throttled server (of the site), the film's title. */
  cold: ColdSetup;
}

/** The cold visits of the data in `dataDir` (served by `server`), or why they could not run. */
export async function measureCold(
  dataDir: string,
  cold: ColdSetup,
  log: (message: string) => void,
): Promise<ColdResult> {
  return runColdVisits(cold, coldInputs(await loadEngineFromDisk(dataDir), cold.title), log);
}

/** The reasons of a cold result's missing figures, once each (a visit's figures share theirs). */
export function coldReasons(result: Pick<ColdResult, "missing">): string[] {
  return [...new Set(result.missing.map((m) => m.reason))];
}

/** Why the scale run cannot start at all, or null. */
export function scaleUnavailable(input: string | null): string | null {
  if (!existsSync(GENERATOR))
    return `${GENERATOR} is missing on this branch: the synthetic catalogue generator (branch etl) is needed for --scale`;
  if (!input) return "--scale draws its rows from the real data: give --input DIR";
  return null;
}

export async function measureScale(size: number, options: ScaleOptions): Promise<ScalePoint> {
  const { log } = options;
  const tmp = mkdtempSync(join(tmpdir(), `filmoteca-scale-${size}-`));
  try {
    const raw = join(tmp, "raw");
    const data = join(tmp, "data");
    log(`scale ${size}: generating the synthetic catalogue`);
    const { timeoutMs } = options;
    const generated = await runChild(
      process.execPath,
      [
        "--max-old-space-size=12288",
        "--import",
        "tsx",
        GENERATOR,
        "--films",
        String(size),
        "--out",
        raw,
        "--seed",
        String(options.seed),
        "--from",
        options.from,
      ],
      { timeoutMs },
    );
    const genFailure = failureReason(generated, timeoutMs);
    if (genFailure) return { status: "failed", reason: `the generator failed (${genFailure})` };
    log(`scale ${size}: ETL`);
    const etl = await runEtl({ input: raw, out: data, timeoutMs });
    if (!etl.ok) return { status: "failed", reason: etl.reason };
    rmSync(raw, { recursive: true, force: true });
    const sizes = assetSizes(data);
    const point: ScalePoint = {
      status: "measured",
      etl_seconds: etl.seconds,
      etl_cpu_seconds: etl.cpuSeconds,
      etl_peak_rss_mb: etl.peakRssMb,
      recommender_assets_bytes_gzip: sizes.recommenderBytesGzip,
      assets_bytes_gzip: sizes.bytesGzip,
      recommend_p50_ms: null,
      recommend_p95_ms: null,
    };
    log(`scale ${size}: ${options.calls} recommendations in the worker`);
    useData(options.siteDir, data);
    let outcome;
    try {
      [outcome] = await benchmarkWorker(options.browser, options.baseUrl, [
        { method: "recommendById", calls: options.calls, seed: options.seed },
      ]);
    } catch (error) {
      outcome = { ok: false as const, reason: (error as Error).message.split("\n")[0] };
    }
    const reasons: string[] = [];
    if (outcome.ok) {
      point.recommend_p50_ms = outcome.result.p50;
      point.recommend_p95_ms = outcome.result.p95;
    } else reasons.push(`the worker could not be measured: ${outcome.reason}`);
    log(`scale ${size}: cold visits over the emulated phone link`);
    try {
      const cold = await measureCold(data, options.cold, log);
      Object.assign(point, cold.figures);
      reasons.push(...coldReasons(cold));
    } catch (error) {
      reasons.push(`the cold visits could not run: ${(error as Error).message.split("\n")[0]}`);
    }
    if (reasons.length) point.reason = reasons.join("; ");
    return point;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
