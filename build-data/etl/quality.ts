// quality.json: what the ETL found and did, assembled from the cleaning and the joins of this build.
import { SCHEMA_VERSION, type FilmColumn, type QualityReport } from "../../src/lib/schema.ts";
import { nullsPerColumn, type Cleaned } from "./clean.ts";
import type { Joined, SourceRows } from "./types.ts";

/** How many quarantined records and duplicate ids the report lists (the counts cover all). */
export const QUARANTINE_SAMPLE = 20;
export const DUPLICATE_SAMPLE = 50;
/** How many corrected values the report lists: every one of the vega table's 22 (the counts cover all). */
export const CORRECTION_SAMPLE = 50;
/** Raw text kept per quarantine sample: enough to see the fault, small enough for a page. */
const SAMPLE_RAW = 500;

export function qualityReport(
  rows: SourceRows,
  cleaned: Cleaned,
  joined: Joined,
  fields: FilmColumn[],
): QualityReport {
  const joinSteps = Object.keys(joined.joins).map((name) => ({
    id: `join-${name}`,
    rowsBefore: cleaned.counts.kept,
    rowsAfter: cleaned.counts.kept,
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    source: rows.source,
    inputFingerprint: rows.fingerprint(),
    counts: cleaned.counts,
    fields,
    steps: [...cleaned.steps, ...joinSteps],
    nullsBefore: rows.nullsBefore,
    nullsAfter: nullsPerColumn(cleaned.films),
    droppedByReason: cleaned.droppedByReason,
    quarantinedByReason: cleaned.quarantinedByReason,
    quarantineSample: cleaned.quarantine.slice(0, QUARANTINE_SAMPLE).map((q) => ({
      line: q.line,
      reason: q.reason,
      raw: q.raw.length > SAMPLE_RAW ? `${q.raw.slice(0, SAMPLE_RAW)}…` : q.raw,
    })),
    correctedByReason: cleaned.correctedByReason,
    correctionSample: cleaned.corrections.slice(0, CORRECTION_SAMPLE).map((c) => ({
      line: c.line,
      title: c.film.title,
      column: c.column,
      reason: c.reason,
      written: c.written,
      read: c.read,
    })),
    duplicateIds: cleaned.duplicateIds.slice(0, DUPLICATE_SAMPLE),
    joins: joined.joins,
  };
}

/**
 * The reconciliation table the build prints: input = kept + duplicates + quarantined + dropped;
 * then the kept films with a corrected value, by reason.
 */
export function reconciliationTable(cleaned: Cleaned): string[] {
  const c = cleaned.counts;
  const corrected = Object.values(cleaned.correctedByReason).reduce((a, b) => a + b, 0);
  const width = String(c.input).length;
  const row = (label: string, n: number) => `  ${String(n).padStart(width)}  ${label}`;
  return [
    row("input records", c.input),
    row("kept", c.kept),
    row("duplicates (first record of each id kept)", c.duplicates),
    row("quarantined", c.quarantined),
    ...Object.entries(cleaned.quarantinedByReason).map(([r, n]) => row(`  ${r}`, n)),
    row("dropped", c.dropped),
    ...Object.entries(cleaned.droppedByReason).map(([r, n]) => row(`  ${r}`, n)),
    `  ${c.input} = ${c.kept} + ${c.duplicates} + ${c.quarantined} + ${c.dropped}`,
    // Not an outcome of its own: films counted as kept, with a value read otherwise than written.
    row("values corrected, in kept films", corrected),
    ...Object.entries(cleaned.correctedByReason).map(([r, n]) => row(`  ${r}`, n)),
  ];
}
