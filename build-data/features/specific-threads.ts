// specificLists on every core: its two passes over the films (their kept co-likes, then their
// candidates) are computed by worker threads, chunk by chunk from a shared counter, and joined in
// film order; the budgeted lists, where each list depends on those before it, follow here. Each
// film's result depends on that film alone: the same bytes as specificLists in one thread.
import { inThread } from "../threads.ts";
import { shared, threadCount, type ThreadOptions } from "./feature-threads.ts";
import { joinRowLists, type RowLists } from "./row-lists.ts";
import type { ListContext } from "./specific-candidates.ts";
import {
  budgetedLists,
  filmsByLikes,
  listContext,
  SPECIFIC_DEFAULTS,
  specificLists,
  type SpecificListsInput,
  type SpecificOptions,
} from "./specific-lists.ts";

/** Which pass a worker computes. */
export type SpecificPass = "coLiked" | "candidates";

/** What a specific-lists worker finds as its workerData. */
export interface SpecificTask {
  context: ListContext;
  pass: SpecificPass;
  /** The next film to take (one Int32 on a SharedArrayBuffer, advanced with Atomics.add). */
  next: Int32Array;
  chunk: number;
}

/** What a specific-lists worker posts: the lists of each chunk it computed, by its first film. */
export interface SpecificDone {
  chunks: { from: number; lists: Record<string, RowLists> }[];
}

/** One pass over every film in worker threads: each named list of all films, in film order. */
async function passInThreads(
  context: ListContext,
  pass: SpecificPass,
  threads: number,
  chunk: number,
): Promise<Record<string, RowLists>> {
  const task: SpecificTask = { context, pass, next: shared(1), chunk };
  const entry = new URL("./specific-lists.worker.ts", import.meta.url);
  const done = await Promise.all(
    Array.from({ length: threads }, () => inThread<SpecificDone>(entry, task)),
  );
  const chunks = done.flatMap((d) => d.chunks).sort((a, b) => a.from - b.from);
  const names = Object.keys(chunks[0]?.lists ?? {});
  // Shared memory: the next pass's threads read these lists without a copy.
  return Object.fromEntries(
    names.map((name) => [
      name,
      joinRowLists(
        chunks.map((c) => c.lists[name]),
        true,
      ),
    ]),
  );
}

/** specificLists(input, options), its two passes on worker threads (here when single-threaded). */
export async function specificListsInThreads(
  input: SpecificListsInput,
  options: SpecificOptions = {},
  threads: ThreadOptions = {},
): Promise<{ rows: Int32Array; sources: Uint8Array }> {
  const count = Math.min(threadCount(threads), input.content.catalog.size);
  if (count <= 1) return specificLists(input, options);
  // Each chunk clears a few arrays the catalogue's size: a few hundred chunks, not thousands.
  const chunk = Math.max(1, threads.chunk ?? 2048);
  // The options alone (the caller's may carry more, such as the recommender): threads get a copy.
  const o = Object.fromEntries(
    Object.entries(SPECIFIC_DEFAULTS).map(([key, value]) => [
      key,
      Object.hasOwn(options, key) ? options[key as keyof SpecificOptions] : value,
    ]),
  ) as Required<SpecificOptions>;
  const byLikes = filmsByLikes(input);
  const context = listContext(input, o, byLikes);
  const { cosine, byCount } = await passInThreads(context, "coLiked", count, chunk);
  context.kept = { cosine, byCount };
  const { specific, lenders } = await passInThreads(context, "candidates", count, chunk);
  return budgetedLists(input, context, { specific, lenders }, byLikes);
}
