// Worker-thread entry of build-data/sources/credits.ts: reads one credits.csv and posts the result.
import { parentPort, workerData } from "node:worker_threads";
import { readCredits } from "./credits.ts";

const { path } = workerData as { path: string };
let last = 0;
try {
  const result = await readCredits(path, (bytes) => {
    // Report every ~8 MB: enough for a progress bar, few messages.
    if (bytes - last > 8e6) parentPort!.postMessage({ kind: "bytes", bytes: (last = bytes) });
  });
  parentPort!.postMessage({ kind: "done", result });
} catch (error) {
  const e = error as Error;
  parentPort!.postMessage({ kind: "error", name: e.name, message: e.message });
}
