// The engine in a Web Worker: answers through comlink from the shards each answer needs (fetched,
// checked and kept), and loads the whole catalogue only for what asks for it (filters that no
// precomputed list satisfies, the benchmark). An adapter only: all logic lives in src/lib.
import * as Comlink from "comlink";
import type { FetchBytes } from "../lib/assets.ts";
import type { SuggestKind } from "../lib/queries/index.ts";
import type { RecommendOptions } from "../lib/recommend.ts";
import { ShardedEngine } from "../lib/sharded-engine.ts";
import { withTestDelays } from "./test-delay.ts";
import type { BenchmarkSpec } from "../lib/benchmark.ts";
import { clockResolution } from "../lib/timing.ts";

let engine: Promise<ShardedEngine> | null = null;

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

async function ready(): Promise<ShardedEngine> {
  if (!engine) throw new Error("the engine was not started: call init(baseUrl) first");
  return engine;
}

/** The whole-catalogue engine (Arrow decoding and all), fetched as a chunk of its own when asked. */
const loadWhole = (fetchBytes: FetchBytes) => async () =>
  (await import("../lib/engine.ts")).loadEngine(fetchBytes);

const api = {
  /** Reads the manifest under `baseUrl` (e.g. "/data/"). Safe to call more than once. */
  async init(baseUrl: string) {
    const fetchBytes = fetcher(baseUrl);
    engine ??= ShardedEngine.open(fetchBytes, { loadWhole: loadWhole(fetchBytes) });
    engine.catch(() => (engine = null));
    return (await engine).info();
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
  /** `wholeCatalogue: true` scores every film (the catalogue is fetched first). */
  async recommendById(id: number, options?: RecommendOptions & { wholeCatalogue?: boolean }) {
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
  /** Times one method of the whole-catalogue engine over seeded inputs, in the worker (npm run bench). */
  async benchmark(spec: BenchmarkSpec) {
    const whole = await (await ready()).whole();
    const { runBenchmark } = await import("../lib/benchmark.ts");
    const result = await runBenchmark(whole, whole.catalog, spec);
    return { ...result, clockResolutionMs: clockResolution(), crossOriginIsolated };
  },
};

// Inert unless a browser test arms it (see test-delay.ts).
const exposed = withTestDelays(api);
export type EngineApi = typeof exposed;
Comlink.expose(exposed);
