// Streams a CSV file record by record (csv-parse), with each record's first line number and raw
// text, and hashes the file's bytes as they pass: a 190 MB credits.csv is never held whole.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Hash } from "node:crypto";
import { parse } from "csv-parse";

/** A CSV record with where it starts and its raw text. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line of the record's first line. */
  line: number;
  /** The record's text as in the file (truncated to `rawLimit`). */
  raw: string;
  /** Set when csv-parse could not read the record (a stray quote): why. `fields` is then empty. */
  error?: string;
}

/** Options of {@link readCsv}. */
export interface CsvOptions {
  /** Receives every byte of the file, in order (for the input fingerprint). Default: none. */
  hash?: Hash;
  /** Longest raw text kept per record. Default 2000 characters. */
  rawLimit?: number;
  /** Track each record's line and raw text (costly on 190 MB; side files do not need them). Default true. */
  raw?: boolean;
  /** Called with the bytes read so far, for progress. Default: none. */
  onBytes?: (bytes: number) => void;
}

/** Thrown for an unusable input folder or file: one sentence naming the file and what was expected. */
export class InputError extends Error {
  override name = "InputError";
}

/** Fails with an {@link InputError} unless `path` is a readable regular file; returns its size. */
export async function requireFile(path: string, expected: string): Promise<number> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path} is not a file: expected ${expected}`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT"
        ? `${path} does not exist: expected ${expected}`
        : `cannot read ${path} (${code ?? (error as Error).message}): expected ${expected}`,
    );
  }
  return size;
}

const BREAK = /\r\n|\r|\n/g;
const breaks = (text: string) => text.match(BREAK)?.length ?? 0;

/** Streams the records of a CSV file, header included, in file order. */
export async function* readCsv(path: string, options: CsvOptions = {}): AsyncGenerator<CsvRecord> {
  const rawLimit = options.rawLimit ?? 2000;
  const withRaw = options.raw ?? true;
  const stream = createReadStream(path);
  let bytes = 0;
  stream.on("data", (chunk) => {
    options.hash?.update(chunk as Buffer);
    bytes += chunk.length;
    options.onBytes?.(bytes);
  });
  const parser = stream.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      info: withRaw,
      raw: withRaw,
      skip_empty_lines: true,
      // A record with a stray quote comes out as a "skip" event instead of ending the whole file.
      skip_records_with_error: true,
    }),
  );
  let linesBefore = 0;
  const skipped: { bytes: number; raw: string; error: string }[] = [];
  parser.on("skip", (error: Error & { bytes?: number; raw?: string }) =>
    skipped.push({ bytes: error.bytes ?? 0, raw: error.raw ?? "", error: error.message }),
  );
  const text = (raw: string) => {
    const leading = /^(\r\n|\r|\n)*/.exec(raw)![0];
    const line = linesBefore + 1 + breaks(leading);
    linesBefore += breaks(raw);
    const body = raw.slice(leading.length).replace(/(\r\n|\r|\n)$/, "");
    return { line, raw: body.length > rawLimit ? body.slice(0, rawLimit) : body };
  };
  let first = true;
  // The parser runs ahead of this loop: a skip belongs before the first record that ends after it.
  const skippedBefore = function* (bytes: number) {
    while (skipped.length && skipped[0].bytes <= bytes) {
      const skip = skipped.shift()!;
      yield { fields: [], ...text(skip.raw), error: skip.error };
    }
  };
  // A read error (EACCES, EISDIR) must end the iteration, not hang it.
  stream.on("error", (error) => {
    const code = (error as NodeJS.ErrnoException).code ?? error.message;
    parser.destroy(new InputError(`cannot read ${path} (${code}): expected a readable CSV file`));
  });
  for await (const item of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
    raw: string;
  }>) {
    if (!withRaw) {
      yield { fields: item as unknown as string[], line: 0, raw: "" };
      continue;
    }
    // csv-parse's own line count drifts on CRLF inside quoted fields: count line breaks in the raw
    // texts instead. A raw text may start with the blank lines before its record.
    // The header always comes first: a skip reported while it was being read belongs after it.
    if (!first) yield* skippedBefore((item.info as { bytes?: number }).bytes ?? Infinity);
    first = false;
    yield { fields: item.record, ...text(item.raw) };
  }
  yield* skippedBefore(Infinity);
}
