// The ETL under measurement: runs the real `build-data/cli.ts` in a child process. Wall time is
// taken here (spawn to exit, Node and tsx start-up included); peak RSS is reported by the child
// itself through process.resourceUsage() (scripts/bench/rusage-report.ts, preloaded).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { failureReason, runChild } from "./child.ts";

/** Options of {@link runEtl}. */
export interface EtlOptions {
  /** The Movies Dataset folder; undefined builds the vega default. */
  input?: string;
  /** Output folder for the assets. */
  out: string;
  /** V8 heap limit of the child, MB. Default 12288 (the machine has 24 GB, shared). */
  heapMb?: number;
  /** Time limit, ms. Default 20 minutes. */
  timeoutMs?: number;
}

export type EtlRun =
  | { ok: true; seconds: number; peakRssMb: number; cpuSeconds: number }
  | { ok: false; reason: string };

export async function runEtl(options: EtlOptions): Promise<EtlRun> {
  const { input, out, heapMb = 12288, timeoutMs = 20 * 60_000 } = options;
  const scratch = mkdtempSync(join(tmpdir(), "filmoteca-rusage-"));
  const rusageFile = join(scratch, "rusage.json");
  try {
    const source = input ? ["--source", "kaggle", "--input", input] : ["--source", "vega"];
    const result = await runChild(
      process.execPath,
      [
        `--max-old-space-size=${heapMb}`,
        "--import",
        "tsx",
        "--import",
        "./scripts/bench/rusage-report.ts",
        "build-data/cli.ts",
        ...source,
        "--out",
        out,
        "--quiet",
      ],
      { env: { FILMOTECA_RUSAGE_FILE: rusageFile }, timeoutMs },
    );
    const reason = failureReason(result, timeoutMs);
    if (reason) return { ok: false, reason: `the ETL failed (${reason})` };
    const usage = JSON.parse(readFileSync(rusageFile, "utf8")) as {
      maxRssMb: number;
      cpuSeconds: number;
    };
    return {
      ok: true,
      seconds: result.wallSeconds,
      peakRssMb: usage.maxRssMb,
      cpuSeconds: usage.cpuSeconds,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
