// Streamed CSV output for the synthetic data set: quoting as pandas writes it (minimal quoting,
// doubled quotes), and writes that wait for the disk instead of buffering 200 MB in memory.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";

/** Quotes a CSV field when it holds a comma, a quote or a line break, as pandas' to_csv does. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes CSV rows to a file with back-pressure. */
export class CsvWriter {
  private readonly stream: WriteStream;
  /** Rows written, header excluded. */
  rows = 0;
  /**
   * @param path the file to write
   * @param header its column names
   * @param eol line ending: "\n" (metadata, credits, keywords) or "\r\n" (links, ratings)
   */
  constructor(
    path: string,
    header: readonly string[],
    private readonly eol: "\n" | "\r\n" = "\n",
  ) {
    this.stream = createWriteStream(path);
    this.stream.write(header.join(",") + eol);
  }
  /** Writes one row of already-formatted fields. */
  async row(fields: readonly string[]): Promise<void> {
    await this.line(fields.map(csvField).join(","));
  }
  /** Writes one physical line as given (for the broken records, which are not well-formed rows). */
  async line(text: string): Promise<void> {
    this.rows++;
    if (!this.stream.write(text + this.eol)) await once(this.stream, "drain");
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}
