// Writes a build's assets (their bytes made by src/lib/codecs) and shard families under
// content-hashed names, then the manifest. Every file is written into a staging folder inside the
// output folder and renamed into place only when all are complete; the manifest is renamed last, so
// a build that fails or is killed midway leaves the previous build's manifest and assets in use.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  ASSET_EXTENSION,
  MANIFEST_FILE,
  SCHEMA_VERSION,
  type AssetEntry,
  type AssetName,
  type Manifest,
} from "../src/lib/schema.ts";
import { jsonBytes } from "./json-bytes.ts";
import type { StageProgress } from "./etl/types.ts";
import {
  FAMILY_DIR,
  SHARDS_DIR,
  writeShardFamily,
  type ShardFamily,
} from "./shards/write-shards.ts";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Prefix of the staging folders; a killed build's leftover is removed by the next build. */
const STAGING_PREFIX = ".staging-";

/** What {@link writeAssets} writes besides the assets themselves. */
export type ManifestBody = Omit<Manifest, "assets" | "schemaVersion" | "shards">;

/** A build's staging folder inside its output folder, and the folder of its shard families there. */
export interface Staging {
  dir: string;
  shardsDir: string;
}

/**
 * Makes a new staging folder in `outDir` (created if need be), removing what a killed build left.
 * {@link writeAssets} renames its files into place and removes it.
 */
export async function openStaging(outDir: string): Promise<Staging> {
  await mkdir(outDir, { recursive: true });
  for (const file of await readdir(outDir)) {
    if (file.startsWith(STAGING_PREFIX))
      await rm(join(outDir, file), { recursive: true, force: true });
  }
  const dir = await mkdtemp(join(outDir, STAGING_PREFIX));
  return { dir, shardsDir: join(dir, SHARDS_DIR) };
}

/** Removes a staging folder that will not be committed, once the families being written into it settle. */
export async function discardStaging(
  staging: Staging,
  families: readonly ShardFamily[] = [],
): Promise<void> {
  await Promise.allSettled(families.map((f) => ("started" in f ? f.started : null)));
  await rm(staging.dir, { recursive: true, force: true });
}

/**
 * Writes the assets into `outDir` under content-hashed names and the shard families into
 * `outDir/shards/<family>.<hash>/`, then manifest.json, then removes the files and folders of
 * earlier builds that the new manifest does not name. Returns the manifest written. `progress` is
 * told how many assets and families are staged (and may throw, as a failing disk would). `staged`:
 * the staging folder already opened (with families being written into it), else a new one.
 */
export async function writeAssets(
  outDir: string,
  assets: Partial<Record<AssetName, Uint8Array>>,
  body: ManifestBody,
  progress?: StageProgress,
  shards: readonly ShardFamily[] = [],
  staged?: Staging,
): Promise<Manifest> {
  const { dir: staging, shardsDir: stagedShards } = staged ?? (await openStaging(outDir));
  // Families that other threads write start at once, and run while this thread writes the rest;
  // those already started run on.
  const threaded = new Map<ShardFamily, ReturnType<typeof writeShardFamily>>(
    shards
      .filter((f) => "inThreads" in f || "started" in f)
      .map((f) => [f, writeShardFamily(stagedShards, f)]),
  );
  // Awaited in turn below; a failure before its turn must not count as an unhandled rejection.
  for (const written of threaded.values()) written.catch(() => {});
  try {
    const entries: Partial<Record<AssetName, AssetEntry>> = {};
    const names = Object.keys(assets).sort() as AssetName[];
    for (const [done, name] of names.entries()) {
      const bytes = assets[name]!;
      const sha = sha256(bytes);
      const file = `${name}.${sha.slice(0, 12)}.${ASSET_EXTENSION[name]}`;
      await writeFile(join(staging, file), bytes);
      entries[name] = { file, bytes: bytes.byteLength, sha256: sha };
      progress?.update(done + 1);
    }
    // The families this thread writes, in order, then those of other threads (by then done, or
    // nearly); the manifest names them in the given order.
    const written = new Map<ShardFamily, Awaited<ReturnType<typeof writeShardFamily>>>();
    for (const family of [...shards.filter((f) => !threaded.has(f)), ...threaded.keys()]) {
      written.set(family, await (threaded.get(family) ?? writeShardFamily(stagedShards, family)));
      progress?.update(names.length + written.size);
    }
    const families: Manifest["shards"] = {};
    const staged: [string, string][] = [];
    for (const family of shards) {
      const { entry, stagedDir } = written.get(family)!;
      families[family.family] = entry;
      staged.push([stagedDir, entry.dir]);
    }
    const manifest: Manifest = {
      schemaVersion: SCHEMA_VERSION,
      ...body,
      assets: entries,
      shards: families,
    };
    await writeFile(join(staging, MANIFEST_FILE), jsonBytes(manifest));
    // Hashed names never clash with the previous build's files unless the bytes are equal.
    for (const entry of Object.values(entries))
      await rename(join(staging, entry!.file), join(outDir, entry!.file));
    await mkdir(join(outDir, SHARDS_DIR), { recursive: true });
    for (const [from, to] of staged) {
      // The same folder name holds the same bytes: a rebuild of equal input keeps it.
      if (existsSync(join(outDir, to))) await rm(from, { recursive: true, force: true });
      else await rename(from, join(outDir, to));
    }
    await rename(join(staging, MANIFEST_FILE), join(outDir, MANIFEST_FILE));
    const keep = new Set([MANIFEST_FILE, ...Object.values(entries).map((e) => e!.file)]);
    const assetFile = /^[a-z]+\.[0-9a-f]{12}\.(arrow|json)$/;
    for (const file of await readdir(outDir)) {
      if (!keep.has(file) && assetFile.test(file)) await rm(join(outDir, file), { force: true });
    }
    const keepDirs = new Set(
      Object.values(families).map((f) => f.dir.slice(SHARDS_DIR.length + 1)),
    );
    for (const dir of await readdir(join(outDir, SHARDS_DIR))) {
      if (!keepDirs.has(dir) && FAMILY_DIR.test(dir))
        await rm(join(outDir, SHARDS_DIR, dir), { recursive: true, force: true });
    }
    return manifest;
  } finally {
    // Threads still writing into the staging folder finish (or fail) before it is removed.
    await Promise.allSettled(threaded.values());
    await rm(staging, { recursive: true, force: true });
  }
}
