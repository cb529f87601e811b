// The engine in a Web Worker: fetches and checks the build's assets, then answers through comlink.
// An adapter only: all logic lives in src/lib.
import * as Comlink from "comlink";
import type { FetchBytes } from "../lib/assets.ts";
import { loadEngine, type Engine } from "../lib/engine.ts";
import type { SuggestKind } from "../lib/queries/index.ts";
import type { RecommendOptions } from "../lib/recommend.ts";
import { withTestDelays } from "./test-delay.ts";
import { runBenchmark, type BenchmarkSpec } from "../lib/benchmark.ts";
import { clockResolution } from "../lib/timing.ts";

let engine: Promise<Engine> | null = null;

function fetcher(baseUrl: string): FetchBytes {
  return async (file) => {
    const url = new URL(file, baseUrl);
    let response: Response;
    try {
      // The manifest must never come from a stale cache; hashed assets may.
      response = await fetch(url, { cache: file === "manifest.json" ? "no-cache" : "default" });
    } catch (error) {
      throw new Error(`could not fetch ${file}: ${(error as Error).message}`);
    }
    if (!response.ok)
      throw new Error(`could not fetch ${file}: HTTP ${response.status} ${response.statusText}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

async function ready(): Promise<Engine> {
  if (!engine) throw new Error("the engine was not started: call init(baseUrl) first");
  return engine;
}

const api = {
  /** Loads the assets under `baseUrl` (e.g. "/data/"). Safe to call more than once. */
  async init(baseUrl: string) {
    engine ??= loadEngine(fetcher(baseUrl));
    engine.catch(() => (engine = null));
    const started = performance.now();
    const e = await engine;
    return { ...e.info(), readyMs: performance.now() - started };
  },
  async info() {
    return (await ready()).info();
  },
  async film(id: number) {
    return (await ready()).film(id);
  },
  async searchTitles(text: string, limit?: number) {
    return (await ready()).searchTitles(text, limit);
  },
  async facets() {
    return (await ready()).facets();
  },
  async popular(k?: number) {
    return (await ready()).popular(k);
  },
  async recommendById(id: number, options?: RecommendOptions) {
    return (await ready()).recommendById(id, options);
  },
  /** One of the original API's queries, e.g. query("peliculas_mes", {mes: "enero"}). */
  async query(name: string, input: Record<string, string>) {
    return (await ready()).query(name, input);
  },
  /** Valid values of `kind` for typed text (the query forms' autocomplete). */
  async suggest(kind: SuggestKind, text: string, limit?: number) {
    return (await ready()).suggest(kind, text, limit);
  },
  /** Times one of this API's methods over seeded inputs, inside the worker (npm run bench). */
  async benchmark(spec: BenchmarkSpec) {
    const result = await runBenchmark(api, (await ready()).catalog, spec);
    return { ...result, clockResolutionMs: clockResolution(), crossOriginIsolated };
  },
  /** The original project's method, for comparison and the benchmark. */
  async recommendOriginal(id: number, k?: number) {
    return (await ready()).recommendOriginal(id, k);
  },
};

// Inert unless a browser test arms it (see test-delay.ts).
const exposed = withTestDelays(api);
export type EngineApi = typeof exposed;
Comlink.expose(exposed);
