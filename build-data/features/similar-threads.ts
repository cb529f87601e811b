// The similar lists (similar-lists.ts) on every core: worker threads take chunks of rows from a shared
// counter until none is left and write each row's list into shared memory. Each row's list depends on
// that row alone, so the bytes are the same however the rows fall between the threads.
import { availableParallelism } from "node:os";
import { tsWorker } from "../threads.ts";
import { similarLists, type SimilarInput } from "./similar-lists.ts";

/** Options of {@link similarListsInThreads}. */
export interface SimilarThreadOptions {
  /** Worker threads; 1 computes in this thread instead. Default os.availableParallelism(). */
  threads?: number;
  /** Rows a thread takes at a time: small enough to even out the threads' finish. Default 256. */
  chunk?: number;
}

/** What a worker finds as its workerData. */
export interface SimilarTask {
  input: SimilarInput;
  /** The lists, `k` per row, filled by the workers (on a SharedArrayBuffer). */
  out: Int32Array;
  /** The next row to take (one Int32 on a SharedArrayBuffer, advanced with Atomics.add). */
  next: Int32Array;
  chunk: number;
}

/** What a worker posts when no rows are left. */
export interface SimilarDone {
  rows: number;
}

const shared = (length: number) => new Int32Array(new SharedArrayBuffer(length * 4));

/** Every row's list (`k` per film, row-major, as similarLists), computed by `threads` threads. */
export async function similarListsInThreads(
  input: SimilarInput,
  options: SimilarThreadOptions = {},
): Promise<Int32Array> {
  const threads = Math.min(options.threads ?? availableParallelism(), input.vectors.size);
  if (threads <= 1) return similarLists(input);
  const task: SimilarTask = {
    input,
    out: shared(input.vectors.size * input.k),
    next: shared(1),
    chunk: Math.max(1, options.chunk ?? 256),
  };
  const entry = new URL("./similar-lists.worker.ts", import.meta.url);
  const workers = Array.from({ length: threads }, () => tsWorker(entry, task));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<SimilarDone>((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.once("exit", (code) =>
              reject(new Error(`a similar-lists worker exited with code ${code}`)),
            );
          }),
      ),
    );
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  // A copy on an ordinary buffer: the lists outlive the workers and go into Arrow.
  return task.out.slice();
}
