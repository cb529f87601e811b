// Worker-thread entry of listFamilyInThreads (list-threads.ts): rebuilds the engine's recommender
// from the assets, then writes buckets of the lists family until the shared counter passes the last.
import { parentPort, workerData } from "node:worker_threads";
import { recommenderFromAssets } from "../../src/lib/engine.ts";
import type { ListDone, ListTask } from "./list-threads.ts";
import { listShards } from "./list-shards.ts";
import { writeBuckets } from "./write-shards.ts";

const task = workerData as ListTask;
const recommender = recommenderFromAssets(task.films, task.vectors, task.neighbors);
const source = listShards(recommender, task.similar);

function* taken() {
  for (let b = Atomics.add(task.next, 0, 1); b < source.buckets; b = Atomics.add(task.next, 0, 1))
    yield b;
}

const { shas, bytes } = await writeBuckets(task.stagedDir, source, taken());
const written = [...shas.entries()].filter(([, sha]) => sha !== undefined);
parentPort!.postMessage({ buckets: source.buckets, written, bytes } satisfies ListDone);
