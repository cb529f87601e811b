// Worker-thread entry of specificListsInThreads (specific-threads.ts): computes one pass over
// chunks of films until the shared counter passes the last film, then posts every chunk's lists.
import { parentPort, workerData } from "node:worker_threads";
import { candidatesRange, coLikedRange } from "./specific-candidates.ts";
import type { SpecificDone, SpecificTask } from "./specific-threads.ts";

const { context, pass, next, chunk } = workerData as SpecificTask;
const size = context.co.likes.length;
const chunks: SpecificDone["chunks"] = [];
for (let from = Atomics.add(next, 0, chunk); from < size; from = Atomics.add(next, 0, chunk)) {
  const to = Math.min(size, from + chunk);
  const lists =
    pass === "coLiked" ? coLikedRange(context, from, to) : candidatesRange(context, from, to);
  chunks.push({ from, lists });
}
parentPort!.postMessage({ chunks } satisfies SpecificDone);
