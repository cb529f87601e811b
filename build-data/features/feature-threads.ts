// The two costly feature computations on other cores: the content SVD on one worker thread (while
// this thread counts co-likes and writes reports) and the similar lists on every core, where worker
// threads take chunks of rows from a shared counter and write each row's list into shared memory.
// Each row's list depends on that row alone, and the SVD is the same code on the same matrix: the
// bytes are the same however the work falls between threads.
import { availableParallelism } from "node:os";
import { inThread } from "../threads.ts";
import type { Csr } from "./sparse.ts";
import { similarLists, type SimilarInput } from "./similar-lists.ts";
import { truncatedSvd, type Svd, type SvdOptions } from "./svd.ts";

/** Threads used by default, at most: past it, a thread's start-up and memory outweigh its share. */
const MAX_THREADS = 8;

/** Options of {@link similarListsInThreads}. */
export interface ThreadOptions {
  /**
   * Threads to use; 1 computes in this thread instead. Default os.availableParallelism(), at most 8.
   */
  threads?: number;
  /** Rows a thread takes at a time: small enough to even out the threads' finish. Default 256. */
  chunk?: number;
}

/** What a similar-lists worker finds as its workerData. */
export interface SimilarTask {
  input: SimilarInput;
  /** The lists, `k` per row, filled by the workers (on a SharedArrayBuffer). */
  out: Int32Array;
  /** The next row to take (one Int32 on a SharedArrayBuffer, advanced with Atomics.add). */
  next: Int32Array;
  chunk: number;
}

/** What a similar-lists worker posts when no rows are left: how many it computed. */
export interface SimilarDone {
  rows: number;
}

/** What an SVD worker finds as its workerData. */
export interface SvdTask {
  matrix: Csr;
  rank: number;
  options: SvdOptions;
}

/** Threads to use under `options`: the option, else the processor's, at most {@link MAX_THREADS}. */
export const threadCount = (options: ThreadOptions) =>
  options.threads ?? Math.min(availableParallelism(), MAX_THREADS);

/** An Int32Array of `length` on shared memory (worker threads see one another's writes). */
export const shared = (length: number) => new Int32Array(new SharedArrayBuffer(length * 4));

/** Every row's list (`k` per film, row-major, as similarLists), computed by worker threads. */
export async function similarListsInThreads(
  input: SimilarInput,
  options: ThreadOptions = {},
): Promise<Int32Array> {
  const threads = Math.min(threadCount(options), input.vectors.size);
  if (threads <= 1) return similarLists(input);
  const task: SimilarTask = {
    input,
    out: shared(input.vectors.size * input.k),
    next: shared(1),
    chunk: Math.max(1, options.chunk ?? 256),
  };
  const entry = new URL("./similar-lists.worker.ts", import.meta.url);
  await Promise.all(Array.from({ length: threads }, () => inThread<SimilarDone>(entry, task)));
  // A copy on an ordinary buffer: the lists outlive the workers and go into Arrow.
  return task.out.slice();
}

/** truncatedSvd(matrix, rank, options) computed on a worker thread (here when single-threaded). */
export async function truncatedSvdInThread(
  matrix: Csr,
  rank: number,
  options: SvdOptions = {},
  threads: ThreadOptions = {},
): Promise<Svd> {
  if (threadCount(threads) <= 1) return truncatedSvd(matrix, rank, options);
  const task: SvdTask = { matrix, rank, options };
  return inThread<Svd>(new URL("./svd.worker.ts", import.meta.url), task);
}
