// Writes shard families into a staging folder: one `<bucket>.bin` per bucket (gzip of header and
// payload, see src/lib/shards/shard-file.ts), every bucket written even when empty, so a key that is
// not there is answered by its bucket rather than by a 404. The family's folder name carries a hash
// of all its payloads: equal content, equal name; new content, a new folder.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { payloadBytes, shardTextWithHash } from "../../src/lib/shards/shard-file.ts";
import { bucketOf } from "../../src/lib/shards/keys.ts";
import type { ShardFamilyEntry } from "../../src/lib/schema.ts";

/**
 * A shard family to write: its bucket count and the payload of each bucket (called once per bucket,
 * in order), as a JSON-able object or as its JSON text already made.
 */
export type ShardFamilySource = { family: string; buckets: number } & (
  { payload(bucket: number): unknown } | { payloadText(bucket: number): string }
);

/**
 * A family of a build, named before its records exist: computed on this thread when its turn to be
 * written comes (`open`: one family's records in memory at a time), written into its staging
 * folder by other threads, started with the first family (`inThreads`), or already being written
 * (`started`, see {@link startFamilies}).
 */
export type ShardFamily = { family: string } & (
  | { open(): ShardFamilySource }
  | { inThreads(stagedDir: string): Promise<WrittenBuckets> }
  | { started: Promise<StagedFamily> }
);

/** A family written into the staging folder: its manifest entry and where it is staged. */
export interface StagedFamily {
  entry: ShardFamilyEntry;
  stagedDir: string;
}

/** What writing a family's buckets gives: each bucket's payload sha256 (hex), in bucket order, and their bytes. */
export interface WrittenBuckets {
  shas: string[];
  bytes: number;
}

/** A family computed when it is written (see {@link ShardFamily}). */
export const lazyFamily = (family: string, open: () => ShardFamilySource): ShardFamily => ({
  family,
  open,
});

/** Buckets for `count` keys at about `perBucket` keys each (at least one). */
export const bucketCount = (count: number, perBucket: number) =>
  Math.max(1, Math.ceil(count / perBucket));

/** Spreads items over `buckets` by their key; each bucket keeps its items in input order. */
export function groupByBucket<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string | number,
  buckets: number,
): T[][] {
  const out = Array.from({ length: buckets }, () => [] as T[]);
  for (const item of items) out[bucketOf(keyOf(item), buckets)].push(item);
  return out;
}

/** Folder of the shard families, relative to the data folder. */
export const SHARDS_DIR = "shards";

/** A family's folder name: `<family>.<12 hex of the hash of its payloads>`. */
export const FAMILY_DIR = /^[a-z_.]+\.[0-9a-f]{12}$/;

/** gzip level 9: the bytes are written once and sent many times. Same input, same bytes. */
const gzipAsync = promisify(gzipCallback);
const gzip = async (bytes: Uint8Array) => new Uint8Array(await gzipAsync(bytes, { level: 9 }));

/**
 * Buckets compressed and written at once while the next payloads are computed: zlib runs on
 * libuv's threads, so the build's other core compresses while this one builds payloads.
 */
const IN_FLIGHT = 8;

const encoder = new TextEncoder();

/**
 * Writes one bucket's file, `<bucket>.bin` in `stagedDir`: gzip of its header and payload. Resolves
 * when it is on disk, with its payload's sha256 and the file's bytes.
 */
export async function writeBucket(
  stagedDir: string,
  family: string,
  bucket: number,
  payload: Uint8Array,
): Promise<{ sha: string; bytes: number }> {
  const sha = createHash("sha256").update(payload).digest("hex");
  const file = await gzip(shardTextWithHash({ family, bucket }, payload, sha));
  await writeFile(join(stagedDir, `${bucket}.bin`), file);
  return { sha, bytes: file.byteLength };
}

/** The manifest entry of a family whose buckets are written: its folder is named by their hashes. */
export function familyEntry(family: string, written: WrittenBuckets): ShardFamilyEntry {
  const familyHash = createHash("sha256").update(`${family}:${written.shas.length}\n`);
  for (const sha of written.shas) familyHash.update(sha + "\n");
  const hash = familyHash.digest("hex").slice(0, 12);
  return {
    dir: `${SHARDS_DIR}/${family}.${hash}`,
    buckets: written.shas.length,
    bytes: written.bytes,
  };
}

/** Bucket `bucket`'s payload bytes. */
const payloadOf = (source: ShardFamilySource, bucket: number) =>
  "payloadText" in source
    ? encoder.encode(source.payloadText(bucket))
    : payloadBytes(source.payload(bucket));

/** Every bucket of `source`, in order. */
function* everyBucket(source: ShardFamilySource) {
  for (let bucket = 0; bucket < source.buckets; bucket++) yield bucket;
}

/**
 * Writes `source`'s buckets (`buckets`, default all) into `stagedDir`, a few at once while the next
 * payloads are computed. `shas` holds the sha256 of each bucket written, at its bucket's place.
 */
export async function writeBuckets(
  stagedDir: string,
  source: ShardFamilySource,
  buckets: Iterable<number> = everyBucket(source),
): Promise<WrittenBuckets> {
  const written: WrittenBuckets = { shas: [], bytes: 0 };
  const inFlight = new Set<Promise<void>>();
  for (const bucket of buckets) {
    // Payloads in bucket order (the family's hash depends on it); their files in any order.
    const write: Promise<void> = writeBucket(
      stagedDir,
      source.family,
      bucket,
      payloadOf(source, bucket),
    ).then(({ sha, bytes }) => {
      written.shas[bucket] = sha;
      written.bytes += bytes;
    });
    inFlight.add(write);
    // A failed write stays in the set, so the next race (or the final wait) throws its error.
    write.then(
      () => inFlight.delete(write),
      () => {},
    );
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return written;
}

/**
 * Writes `family` into `staging/<family>/` and returns its manifest entry (whose `dir` names the
 * folder the caller renames it to) and the staging folder.
 */
export async function writeShardFamily(
  staging: string,
  family: ShardFamily,
): Promise<StagedFamily> {
  if ("started" in family) return family.started;
  const stagedDir = join(staging, family.family);
  await mkdir(stagedDir, { recursive: true });
  const written =
    "inThreads" in family
      ? await family.inThreads(stagedDir)
      : await writeBuckets(stagedDir, family.open());
  return { entry: familyEntry(family.family, written), stagedDir };
}

/**
 * Starts writing `families` into `staging`, one after another on this thread (one family's records
 * in memory at a time), and returns them as `started` families for the manifest. The build calls it
 * while its features run on other threads, which leave this one idle.
 */
export function startFamilies(staging: string, families: readonly ShardFamily[]): ShardFamily[] {
  let previous: Promise<unknown> = Promise.resolve();
  return families.map((family) => {
    const started = previous.then(() => writeShardFamily(staging, family));
    // Awaited by the manifest's writer; until then a failure must not count as unhandled.
    started.catch(() => {});
    previous = started;
    return { family: family.family, started };
  });
}
