// The engine in a Web Worker: answers through comlink from the shards each answer needs (fetched,
// checked and kept), and loads the whole catalogue only for what asks for it (filters that no
// precomputed list satisfies, the benchmark). An adapter only: all logic lives in src/lib.
import * as Comlink from "comlink";
import type { SuggestKind } from "../lib/queries/index.ts";
import type { RecommendOptions } from "../lib/recommend.ts";
import { ShardedEngine, type LikesOptions, type Progress } from "../lib/sharded-engine.ts";
import { fetcher, seeded, type SeedFiles } from "./fetch-bytes.ts";
import { withTestDelays } from "./test-delay.ts";
import type { BenchmarkSpec } from "../bench/benchmark.ts";
import { clockResolution } from "../bench/timing.ts";

let engine: Promise<ShardedEngine> | null = null;

async function ready(): Promise<ShardedEngine> {
  if (!engine) throw new Error("the engine was not started: call init(baseUrl) first");
  return engine;
}

/**
 * The whole-catalogue engine (Arrow decoding and all), fetched as a chunk of its own when asked;
 * `progress` hears the bytes of its assets as they arrive (the manifest gives their total).
 */
const loadWhole = (baseUrl: string) => async (progress?: Progress) => {
  const { loadEngine } = await import("../lib/engine.ts");
  const fetchBytes = fetcher(baseUrl);
  if (!progress) return loadEngine(fetchBytes);
  const manifest = (await engine)!.store.manifest;
  const total = Object.values(manifest.assets).reduce(
    (sum, entry) => (/\.arrow$/.test(entry!.file) ? sum + entry!.bytes : sum),
    0,
  );
  let received = 0;
  progress(0, total);
  return loadEngine(
    fetcher(baseUrl, {
      onBytes: (bytes) => {
        received += bytes;
        progress(Math.min(received, total), total);
      },
    }),
  );
};

const api = {
  /**
   * Reads the manifest under `baseUrl` (e.g. "/data/"). Safe to call more than once. `seed`: files
   * the page has already fetched, taken (and checked) instead of fetching them again.
   */
  async init(baseUrl: string, seed?: SeedFiles) {
    const fetchBytes = seeded(fetcher(baseUrl), seed);
    engine ??= ShardedEngine.open(fetchBytes, { loadWhole: loadWhole(baseUrl) });
    engine.catch(() => (engine = null));
    return (await engine).info();
  },
  async film(id: number) {
    return (await ready()).film(id);
  },
  async searchTitles(text: string, limit?: number) {
    return (await ready()).searchTitles(text, limit);
  },
  /** The search box's list: films, collections and people for typed text. */
  async search(text: string, limit?: number) {
    return (await ready()).search(text, limit);
  },
  /** A page of the films having one value of a facet, e.g. browse("genre", "Animation", "votes", 2). */
  async browse(facet: string, value: string, sort?: string, page?: number) {
    return (await ready()).browse(facet, value, sort, page);
  },
  async facets() {
    return (await ready()).facets();
  },
  async popular(k?: number) {
    return (await ready()).popular(k);
  },
  /**
   * `wholeCatalogue: true` scores every film; the catalogue is fetched first, and `progress` (a
   * Comlink.proxy) hears its bytes arrive.
   */
  async recommendById(
    id: number,
    options?: RecommendOptions & { wholeCatalogue?: boolean },
    progress?: Progress,
  ) {
    return (await ready()).recommendById(id, options, progress);
  },
  /** A list "for you" from liked films' ids (oldest first), from their lists' shards only. */
  async recommendForLikes(likes: number[], options?: LikesOptions) {
    return (await ready()).recommendForLikes(likes, options);
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
    const { runBenchmark } = await import("../bench/benchmark.ts");
    const result = await runBenchmark(whole, whole.catalog, spec);
    return { ...result, clockResolutionMs: clockResolution(), crossOriginIsolated };
  },
};

// Inert unless a browser test arms it (see test-delay.ts).
const exposed = withTestDelays(api);
export type EngineApi = typeof exposed;
Comlink.expose(exposed);
