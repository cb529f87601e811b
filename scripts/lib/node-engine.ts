// The engine for Node (CLI, tests, benchmarks): the same src/lib code, with bytes read from disk.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FetchBytes } from "../../src/lib/assets.ts";
import { loadEngine, type Engine } from "../../src/lib/engine.ts";
import { ShardedEngine } from "../../src/lib/sharded-engine.ts";

/** Reads files of a data folder; a missing file is named with the folder and how to build it. */
export function diskFetcher(dataDir: string): FetchBytes {
  return async (file) => {
    try {
      return new Uint8Array(await readFile(join(dataDir, file)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(
        code === "ENOENT"
          ? `${join(dataDir, file)} does not exist: build the data first (npm run data)`
          : `cannot read ${join(dataDir, file)}: ${(error as Error).message}`,
      );
    }
  };
}

export function loadEngineFromDisk(dataDir = "public/data"): Promise<Engine> {
  return loadEngine(diskFetcher(dataDir));
}

/**
 * The engine a visit uses (shards on demand), over a data folder: what the CLI answers with, so its
 * answers are the worker's. The whole catalogue is read from the same folder when an answer needs it.
 */
export function openShardedFromDisk(dataDir = "public/data"): Promise<ShardedEngine> {
  const fetchBytes = diskFetcher(dataDir);
  return ShardedEngine.open(fetchBytes, { loadWhole: () => loadEngine(fetchBytes) });
}
