// The in-browser benchmark on the performance page: `window.filmotecaBench(spec)` (driven by
// `npm run bench`) and the page's own "measure in your browser" button. The engine starts lazily,
// so a visitor who only reads the page downloads no data.
import type { BenchmarkResult, BenchmarkSpec } from "../bench/benchmark.ts";
import { startEngine } from "./engine-client.ts";

export async function runInWorker(spec: BenchmarkSpec): Promise<BenchmarkResult> {
  const { api, ready } = startEngine();
  await ready;
  return api.benchmark(spec);
}

export function installBenchHarness(): void {
  (globalThis as { filmotecaBench?: typeof runInWorker }).filmotecaBench = runInWorker;
}
