// Writes a build's assets: Arrow IPC files, JSON documents and shard families with content-hashed
// names, then the manifest. Every file is written into a staging folder inside the output folder and renamed into
// place only when all are complete; the manifest is renamed last, so a build that fails or is
// killed midway leaves the previous build's manifest and assets in use.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  Field,
  makeData,
  makeVector,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector,
} from "apache-arrow";
import {
  ASSET_EXTENSION,
  FILM_FIELDS,
  MANIFEST_FILE,
  SCHEMA_VERSION,
  SCHEMA_VERSION_KEY,
  NEIGHBOR_SOURCE,
  type AssetEntry,
  type AssetName,
  type Film,
  type Manifest,
} from "../src/lib/schema.ts";
import { filmSchema, neighborFields, vectorFields } from "../src/lib/arrow-schema.ts";
import type { ItemVectors } from "../src/lib/vectors.ts";
import { stringVector } from "./arrow-columns.ts";
import type { StageProgress } from "./etl/types.ts";
import {
  FAMILY_DIR,
  SHARDS_DIR,
  writeShardFamily,
  type ShardFamily,
} from "./shards/write-shards.ts";

/** Builds a table from whole columns under an explicit schema (keeps nullability and metadata). */
function tableOf(schema: Schema, columns: Vector[], length: number): Table {
  const data = makeData({
    type: new Struct(schema.fields),
    length,
    nullCount: 0,
    children: columns.map((c) => c.data[0]),
  });
  return new Table(schema, [new RecordBatch(schema, data)]);
}

const withVersion = (fields: Field[]) =>
  new Schema(fields, new Map([[SCHEMA_VERSION_KEY, String(SCHEMA_VERSION)]]));

/** The films asset as Arrow IPC (file format) bytes. */
export function filmsToIPC(films: readonly Film[]): Uint8Array {
  const schema = filmSchema();
  const columns = FILM_FIELDS.map((f, i) => {
    const values = films.map((film) => film[f.name]);
    const type = schema.fields[i].type;
    return stringVector(type, values) ?? vectorFromArray(values, type);
  });
  return tableToIPC(tableOf(schema, columns, films.length), "file");
}

/** The vectors asset as Arrow IPC bytes. */
export function vectorsToIPC(vectors: ItemVectors): Uint8Array {
  const schema = withVersion(vectorFields(vectors.dims));
  const rows = Array.from({ length: vectors.size }, (_, i) =>
    vectors.values.subarray(i * vectors.dims, (i + 1) * vectors.dims),
  );
  const columns = [vectorFromArray(rows, schema.fields[0].type), makeVector(vectors.scale)];
  return tableToIPC(tableOf(schema, columns, vectors.size), "file");
}

/**
 * The neighbors asset: `k` neighbour rows per film, row-major, and where each comes from; without
 * `sources`, every entry is marked similar (as Neighbors reads an absent `sources`).
 */
export function neighborsToIPC(
  rows: Int32Array,
  k: number,
  sources: Uint8Array = new Uint8Array(rows.length).fill(NEIGHBOR_SOURCE.similar),
): Uint8Array {
  const schema = withVersion(neighborFields(k));
  const n = rows.length / k;
  if (sources.length !== rows.length)
    throw new RangeError(`neighbour sources hold ${sources.length} entries, rows ${rows.length}`);
  const lists = (values: Int32Array | Uint8Array, type: DataType) =>
    vectorFromArray(
      Array.from({ length: n }, (_, i) => values.subarray(i * k, (i + 1) * k)),
      type,
    );
  const columns = [lists(rows, schema.fields[0].type), lists(sources, schema.fields[1].type)];
  return tableToIPC(tableOf(schema, columns, n), "file");
}

/** JSON with sorted-insertion keys as given and a final newline: stable bytes for stable input. */
export const jsonBytes = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value, null, 1) + "\n");

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
