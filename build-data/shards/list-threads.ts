// The `lists` family, written by worker threads while this thread writes the other families. Each
// thread rebuilds the engine's recommender from the build's films, vectors and neighbors assets (the
// very bytes the site reads) and ranks each film's list record with it; threads take buckets from
// a shared counter, and the family's hash reads the buckets' hashes in bucket order, so the bytes
// are the same however the buckets fall between threads.
import { shared, threadCount, type ThreadOptions } from "../features/feature-threads.ts";
import { inThread } from "../threads.ts";
import type { ShardFamily, WrittenBuckets } from "./write-shards.ts";

/** What the list records are made from: the build's assets and its vector-similar lists. */
export interface ListAssets {
  films: Uint8Array;
  vectors: Uint8Array;
  neighbors: Uint8Array | null;
  /** The films alike in content (see listShards); null: none. */
  similar: { rows: Int32Array; k: number } | null;
}

/** What a list worker finds as its workerData. */
export interface ListTask extends ListAssets {
  stagedDir: string;
  /** The next bucket to take (one Int32 on a SharedArrayBuffer, advanced with Atomics.add). */
  next: Int32Array;
}

/** What a list worker posts when no bucket is left. */
export interface ListDone {
  /** The family's bucket count. */
  buckets: number;
  /** [bucket, payload sha256] of each bucket this thread wrote. */
  written: [number, string][];
  bytes: number;
}

/**
 * The `lists` family written by worker threads: `threads` of them, default one fewer than
 * threadCount (this thread writes the other families meanwhile), at least one.
 */
export function listFamilyInThreads(assets: ListAssets, options: ThreadOptions = {}): ShardFamily {
  const threads = options.threads ?? Math.max(1, threadCount(options) - 1);
  return {
    family: "lists",
    async inThreads(stagedDir: string): Promise<WrittenBuckets> {
      const task: ListTask = { ...assets, stagedDir, next: shared(1) };
      const entry = new URL("./list-shards.worker.ts", import.meta.url);
      const done = await Promise.all(
        Array.from({ length: threads }, () => inThread<ListDone>(entry, task)),
      );
      const shas: string[] = new Array(done[0].buckets);
      for (const { written } of done) for (const [bucket, sha] of written) shas[bucket] = sha;
      for (let bucket = 0; bucket < shas.length; bucket++)
        if (shas[bucket] === undefined)
          throw new Error(`list threads left bucket ${bucket} of the lists family unwritten`);
      return { shas, bytes: done.reduce((sum, d) => sum + d.bytes, 0) };
    },
  };
}
