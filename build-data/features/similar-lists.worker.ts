// Worker-thread entry of similarListsInThreads (feature-threads.ts): computes chunks of rows of the
// similar lists until the shared counter passes the last row, then posts how many rows it did.
import { parentPort, workerData } from "node:worker_threads";
import { similarRange } from "./similar-lists.ts";
import type { SimilarDone, SimilarTask } from "./feature-threads.ts";

const { input, out, next, chunk } = workerData as SimilarTask;
const size = input.vectors.size;
let rows = 0;
for (let from = Atomics.add(next, 0, chunk); from < size; from = Atomics.add(next, 0, chunk)) {
  const to = Math.min(size, from + chunk);
  similarRange(input, from, to, out);
  rows += to - from;
}
parentPort!.postMessage({ rows } satisfies SimilarDone);
