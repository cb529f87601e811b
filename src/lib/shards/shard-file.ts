// The bytes of one shard: gzip of a header line and a JSON payload. Stored compressed, so a host that
// does not compress `application/octet-stream` still sends few bytes, and inflated in the reader
// with DecompressionStream (browsers, workers and Node alike). The header names the family, the
// bucket and the payload's sha256: each shard checks itself, so the manifest need not list one hash
// per shard and stays the same size at any catalogue size. Two builds never mix: a family's folder
// is named by a hash of all its shards (see build-data/shards/write-shards.ts).
import { AssetError } from "../catalog.ts";
import { sha256Hex } from "../assets.ts";
import { SCHEMA_VERSION } from "../schema.ts";

/** The first line of every shard. */
export interface ShardHeader {
  schemaVersion: number;
  family: string;
  bucket: number;
  /** sha256 of the payload's bytes (what follows the header line). */
  sha256: string;
}

/** Where a shard is expected to come from, checked against its header. */
export type ShardAddress = Pick<ShardHeader, "family" | "bucket">;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The payload's bytes. */
export const payloadBytes = (payload: unknown): Uint8Array =>
  encoder.encode(JSON.stringify(payload));

/** The uncompressed shard: header line, newline, payload. The build gzips it. */
export async function shardText(address: ShardAddress, payload: Uint8Array): Promise<Uint8Array> {
  return shardTextWithHash(address, payload, await sha256Hex(payload));
}

/** {@link shardText} with the payload's sha256 (hex) already computed. */
export function shardTextWithHash(
  address: ShardAddress,
  payload: Uint8Array,
  sha256: string,
): Uint8Array {
  const header: ShardHeader = { schemaVersion: SCHEMA_VERSION, ...address, sha256 };
  const line = encoder.encode(JSON.stringify(header) + "\n");
  const out = new Uint8Array(line.length + payload.length);
  out.set(line);
  out.set(payload, line.length);
  return out;
}

/** Inflates gzip bytes; bytes that are not gzip (a host that inflated them already) pass as they are. */
export async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Reads a shard file, checking its header against `expected` and its payload against its sha256. */
export async function readShard<T>(
  file: string,
  bytes: Uint8Array,
  expected: ShardAddress,
): Promise<T> {
  let text: Uint8Array;
  try {
    text = await inflate(bytes);
  } catch (error) {
    throw new AssetError(`shard ${file} is corrupt: ${(error as Error).message}`);
  }
  const newline = text.indexOf(10);
  let header: ShardHeader;
  try {
    header = JSON.parse(decoder.decode(text.subarray(0, newline < 0 ? text.length : newline)));
  } catch {
    throw new AssetError(`shard ${file} is corrupt: its header is not JSON`);
  }
  if (header?.schemaVersion !== SCHEMA_VERSION)
    throw new AssetError(
      `shard ${file} has schema version ${header?.schemaVersion ?? "(none)"}, expected ${SCHEMA_VERSION}: rebuild the data or reload the page`,
    );
  for (const key of ["family", "bucket"] as const) {
    if (header[key] !== expected[key])
      throw new AssetError(
        `shard ${file} is ${key} ${JSON.stringify(header[key])}, expected ${JSON.stringify(expected[key])}: the file is misplaced`,
      );
  }
  const payload = text.subarray(newline + 1);
  const sha = await sha256Hex(payload);
  if (sha !== header.sha256)
    throw new AssetError(
      `shard ${file} has sha256 ${sha}, its header says ${header.sha256}: the file is corrupt`,
    );
  return JSON.parse(decoder.decode(payload)) as T;
}
