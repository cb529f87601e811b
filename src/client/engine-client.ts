// The page side of the worker: starts engine.worker once per page and returns its comlink proxy.
import * as Comlink from "comlink";
import type { EngineApi } from "../workers/engine.worker.ts";
import { TEST_DELAYS_GLOBAL, type TestDelays } from "../workers/test-delay.ts";

export interface EngineHandle {
  api: Comlink.Remote<EngineApi>;
  /** Resolves with the engine's info once the assets are loaded and checked. */
  ready: ReturnType<EngineApi["init"]>;
}

let handle: EngineHandle | null = null;

export function startEngine(): EngineHandle {
  if (handle) return handle;
  const worker = new Worker(new URL("../workers/engine.worker.ts", import.meta.url), {
    type: "module",
  });
  const api = Comlink.wrap<EngineApi>(worker);
  const delays = (globalThis as Record<string, unknown>)[TEST_DELAYS_GLOBAL] as
    TestDelays | undefined;
  if (delays) void api.setTestDelays(delays); // browser tests only: see workers/test-delay.ts
  const dataUrl = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, "/")}data/`, location.href)
    .href;
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener("error", (event) =>
      reject(new Error(`the engine crashed: ${event.message || "worker error"}`)),
    );
  });
  const ready = Promise.race([api.init(dataUrl), crashed]) as EngineHandle["ready"];
  handle = { api, ready };
  return handle;
}
