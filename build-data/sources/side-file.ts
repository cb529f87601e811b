// What every side file of The Movies Dataset shares: a streamed pass with a progress stage and a
// sha256 per file, named columns, and the join coverage the quality report shows.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { JoinCoverage } from "../../src/lib/schema.ts";
import type { Effects } from "../etl/types.ts";
import { InputError, readCsv, requireFile } from "./csv.ts";

/** sha256 of each input file read so far, by file name. */
export type Digests = Map<string, string>;

/** Streams one file's records (after its header) with a progress stage in bytes, recording its sha256. */
export async function* stream(path: string, digests: Digests, effects: Effects, expected: string) {
  const size = await requireFile(path, expected);
  const name = basename(path);
  const hash = createHash("sha256");
  const stage = effects.stage(name, size, "bytes");
  let header: string[] | null = null;
  for await (const record of readCsv(path, { hash, raw: false, onBytes: (b) => stage.update(b) })) {
    if (!header) header = record.fields.map((f) => f.trim());
    else yield { header, fields: record.fields };
  }
  stage.stop();
  if (!header) throw new InputError(`${path} is empty: expected ${expected}`);
  digests.set(name, hash.digest("hex"));
}

/** The input fingerprint: sha256 over each present file's name and sha256, in a fixed order. */
export function fingerprintOf(digests: Digests): string {
  const hash = createHash("sha256");
  for (const name of [...digests.keys()].sort()) hash.update(`${name}\0${digests.get(name)}\n`);
  return hash.digest("hex");
}

export const column = (header: string[], name: string, path: string, expected: string) => {
  const i = header.indexOf(name);
  if (i === -1) throw new InputError(`${path} lacks the column ${name}: expected ${expected}`);
  return i;
};

/** The counts every join reports (the reasons and samples are the ratings reader's). */
export type CoverageCounts = Required<
  Omit<JoinCoverage, "file" | "unreadableByReason" | "unreadableSample">
>;

export const emptyCoverage = (rows = 0): CoverageCounts => ({
  rows,
  matched: 0,
  films: 0,
  duplicates: 0,
  unreadable: 0,
});
