// The browser's byte fetcher for the data files (the worker's, and the film page's early card):
// one clear error per failed file, and the bytes counted as they arrive when someone listens.
import type { FetchBytes } from "../lib/assets.ts";

/** Options of {@link fetcher}. */
export interface FetcherOptions {
  /** Hears each chunk's size as a response arrives (the whole catalogue's progress bar). */
  onBytes?: (bytes: number) => void;
  /**
   * Revalidate the manifest with the server (default true). The film page's early card reads it
   * once, right after the page itself, and may take the copy the page preloaded.
   */
  revalidateManifest?: boolean;
}

/** Fetches data files under `baseUrl`. */
export function fetcher(baseUrl: string, options: FetcherOptions = {}): FetchBytes {
  const { onBytes, revalidateManifest = true } = options;
  return async (file) => {
    const url = new URL(file, baseUrl);
    let response: Response;
    try {
      // The manifest must never come from a stale cache; hashed assets may.
      const fresh = file === "manifest.json" && revalidateManifest;
      response = await fetch(url, { cache: fresh ? "no-cache" : "default" });
    } catch (error) {
      throw new Error(`could not fetch ${file}: ${(error as Error).message}`);
    }
    if (!response.ok)
      throw new Error(`could not fetch ${file}: HTTP ${response.status} ${response.statusText}`);
    if (!onBytes || !response.body) return new Uint8Array(await response.arrayBuffer());
    const chunks: Uint8Array[] = [];
    const reader = response.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks.push(next.value);
      onBytes(next.value.byteLength);
    }
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    let at = 0;
    for (const chunk of chunks) out.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
    return out;
  };
}

/** Files the page has already fetched, by name, handed to the worker so it need not fetch them again. */
export type SeedFiles = Record<string, Uint8Array>;

/**
 * `fetchBytes`, answering each file of `seed` once from there (a second read of the same file, as
 * the retry after a redeploy makes, goes to the network). The bytes are checked like any others.
 */
export function seeded(fetchBytes: FetchBytes, seed: SeedFiles = {}): FetchBytes {
  const left = new Map(Object.entries(seed));
  return async (file) => {
    const bytes = left.get(file);
    if (!bytes) return fetchBytes(file);
    left.delete(file);
    return bytes;
  };
}
