// Build-time access to the committed benchmark results (benchmarks/results.json, npm run bench -- --save).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Results } from "../bench/performance.ts";

export const RESULTS_PATH = join(process.cwd(), "benchmarks", "results.json");

/** The saved results, or null when none were saved yet (the page says so). */
export function readResults(): Results | null {
  let text: string;
  try {
    text = readFileSync(RESULTS_PATH, "utf8");
  } catch {
    return null;
  }
  const results = JSON.parse(text) as Results;
  if (results.schemaVersion !== 1)
    throw new Error(
      `${RESULTS_PATH} has schemaVersion ${results.schemaVersion}, expected 1: re-run npm run bench -- --save`,
    );
  return results;
}
