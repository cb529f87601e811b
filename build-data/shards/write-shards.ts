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

/** A shard family to write: its bucket count and the payload of each bucket. */
export interface ShardFamilySource {
  family: string;
  buckets: number;
  /** The payload of bucket `bucket` (called once per bucket, in order; a JSON-able object). */
  payload(bucket: number): unknown;
}

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

/**
 * Writes `source` into `staging/<family>/` and returns its manifest entry (whose `dir` names the
 * folder the caller renames it to) and the staging folder.
 */
export async function writeShardFamily(
  staging: string,
  source: ShardFamilySource,
): Promise<{ entry: ShardFamilyEntry; stagedDir: string }> {
  const stagedDir = join(staging, source.family);
  await mkdir(stagedDir, { recursive: true });
  const familyHash = createHash("sha256").update(`${source.family}:${source.buckets}\n`);
  let bytes = 0;
  const inFlight = new Set<Promise<void>>();
  for (let bucket = 0; bucket < source.buckets; bucket++) {
    // Payloads in bucket order (the family's hash depends on it); their files in any order.
    const payload = payloadBytes(source.payload(bucket));
    const sha = createHash("sha256").update(payload).digest("hex");
    familyHash.update(sha + "\n");
    const text = shardTextWithHash({ family: source.family, bucket }, payload, sha);
    const write: Promise<void> = gzip(text).then(async (file) => {
      bytes += file.byteLength;
      await writeFile(join(stagedDir, `${bucket}.bin`), file);
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
  const hash = familyHash.digest("hex").slice(0, 12);
  return {
    entry: { dir: `${SHARDS_DIR}/${source.family}.${hash}`, buckets: source.buckets, bytes },
    stagedDir,
  };
}
