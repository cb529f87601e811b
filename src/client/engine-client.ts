// The page side of the worker: starts engine.worker once per page and returns its comlink proxy.
// A crashed worker would leave comlink calls pending forever, so every call of `api` races the
// crash: no page can forget to guard one.
import * as Comlink from "comlink";
import type { EngineApi } from "../workers/engine.worker.ts";
import type { SeedFiles } from "../workers/fetch-bytes.ts";
import { TEST_DELAYS_GLOBAL, type TestDelays } from "../workers/test-delay.ts";

/** The engine worker died (its script failed to load or threw outside a call). */
export class EngineCrashError extends Error {
  override name = "EngineCrashError";
}

export interface EngineHandle {
  /** The worker's methods; each call rejects with an {@link EngineCrashError} if the worker dies. */
  api: Comlink.Remote<EngineApi>;
  /** Resolves with the engine's info once the assets are loaded and checked. */
  ready: ReturnType<EngineApi["init"]>;
}

let handle: EngineHandle | null = null;

/** Where the build's data files are served (the manifest and everything it names). */
export const dataUrl = () =>
  new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, "/")}data/`, location.href).href;

/**
 * Starts the worker (once per page). `seed`: data files the page has already fetched (the film
 * page's manifest and card), which the worker takes instead of fetching them again.
 */
export function startEngine(seed: SeedFiles = {}): EngineHandle {
  if (handle) return handle;
  // Marks for the benchmarks (npm run bench): where a cold visit spends its time.
  performance.mark("filmoteca:worker-start");
  const worker = new Worker(new URL("../workers/engine.worker.ts", import.meta.url), {
    type: "module",
  });
  const remote = Comlink.wrap<EngineApi>(worker);
  const delays = (globalThis as Record<string, unknown>)[TEST_DELAYS_GLOBAL] as
    TestDelays | undefined;
  if (delays) void remote.setTestDelays(delays); // browser tests only: see workers/test-delay.ts
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener("error", (event) =>
      reject(new EngineCrashError(`the engine crashed: ${event.message || "worker error"}`)),
    );
  });
  crashed.catch(() => {}); // observed through the calls; not an unhandled rejection on its own
  const guard = <T>(call: Promise<T>) => Promise.race([call, crashed]);
  // Each method call of the proxy, raced against the crash.
  const api = new Proxy(remote, {
    get: (target, name) => {
      const method = Reflect.get(target, name) as unknown;
      if (typeof method !== "function") return method;
      return (...args: unknown[]) =>
        guard((method as (...a: unknown[]) => Promise<unknown>)(...args));
    },
  });
  const ready = api.init(dataUrl(), seed) as EngineHandle["ready"];
  void ready.then(
    () => performance.mark("filmoteca:engine-ready"),
    () => {},
  );
  handle = { api, ready };
  return handle;
}
