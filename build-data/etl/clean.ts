// The cleaning steps of the original notebook that remove rows, as pure functions over candidate
// films: drop duplicate ids (keep the first record, in file order), drop rows with no title, drop
// rows with no release date; then sort by id. Counts reconcile with the input, or the build fails.
// The values a source read otherwise than written are counted for the films kept.
import { FILM_FIELDS, type Counts, type Film, type FilmColumn } from "../../src/lib/schema.ts";
import type { CorrectionRecord, QuarantineRecord, SourceRows } from "./types.ts";

/** One step as the quality report shows it. */
export interface Step {
  id: string;
  rowsBefore: number;
  rowsAfter: number;
}

/** Outcome of cleaning: the kept films (sorted by id) and counts that reconcile with the input. */
export interface Cleaned {
  films: Film[];
  counts: Counts;
  steps: Step[];
  /** Rows dropped by a cleaning rule, by reason. */
  droppedByReason: Record<string, number>;
  /** Quarantined rows by reason key. */
  quarantinedByReason: Record<string, number>;
  quarantine: QuarantineRecord[];
  /** Kept films with a value read otherwise than written, by reason key. */
  correctedByReason: Record<string, number>;
  /** The corrections of the kept films, in input order. */
  corrections: CorrectionRecord[];
  /** Every id seen more than once, ascending. */
  duplicateIds: number[];
}

/** Thrown when the counts do not add up: a row was lost or counted twice. */
export class ReconciliationError extends Error {
  override name = "ReconciliationError";
}

/** Reason key of a quarantine record: its message up to the first colon. */
export const reasonKey = (reason: string) => reason.split(":")[0];

const tally = (keys: Iterable<string>) => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
};

export function clean(rows: SourceRows): Cleaned {
  const steps: Step[] = [];
  const parsed = rows.inputRecords - rows.quarantine.length;
  steps.push({ id: "parse", rowsBefore: rows.inputRecords, rowsAfter: parsed });

  // Keep the first record of an id: deterministic, since the order is the file's.
  const seen = new Set<number>();
  const repeated = new Set<number>();
  const unique: Film[] = [];
  for (const film of rows.films) {
    if (seen.has(film.id)) repeated.add(film.id);
    else (seen.add(film.id), unique.push(film));
  }
  const duplicates = rows.films.length - unique.length;
  steps.push({ id: "drop-duplicates", rowsBefore: rows.films.length, rowsAfter: unique.length });

  const titled = unique.filter((f) => f.title !== "");
  steps.push({ id: "drop-no-title", rowsBefore: unique.length, rowsAfter: titled.length });
  const films = titled.filter((f) => f.release_date !== "");
  steps.push({ id: "drop-no-release-date", rowsBefore: titled.length, rowsAfter: films.length });
  films.sort((a, b) => a.id - b.id);
  // A correction counts where its film is kept: a dropped or duplicate record's is not in the site.
  const kept = new Set<Film>(films);
  const corrections = (rows.corrections ?? []).filter((c) => kept.has(c.film));

  const droppedByReason: Record<string, number> = {};
  if (unique.length > titled.length) droppedByReason["no title"] = unique.length - titled.length;
  if (titled.length > films.length)
    droppedByReason["no release date"] = titled.length - films.length;
  const counts: Counts = {
    input: rows.inputRecords,
    kept: films.length,
    duplicates,
    quarantined: rows.quarantine.length,
    dropped: unique.length - films.length,
  };
  if (counts.input !== counts.kept + counts.duplicates + counts.quarantined + counts.dropped) {
    throw new ReconciliationError(
      `counts do not reconcile: input ${counts.input} ≠ kept ${counts.kept} + duplicates ${counts.duplicates} + quarantined ${counts.quarantined} + dropped ${counts.dropped}`,
    );
  }
  return {
    films,
    counts,
    steps,
    droppedByReason,
    quarantinedByReason: tally(rows.quarantine.map((q) => reasonKey(q.reason))),
    quarantine: rows.quarantine,
    correctedByReason: tally(corrections.map((c) => reasonKey(c.reason))),
    corrections,
    duplicateIds: [...repeated].sort((a, b) => a - b),
  };
}

/** Null values per film column (a list counts as null when unknown, not when empty). */
export function nullsPerColumn(films: readonly Film[]): Record<FilmColumn, number> {
  const out = Object.fromEntries(FILM_FIELDS.map((f) => [f.name, 0])) as Record<FilmColumn, number>;
  for (const film of films) for (const f of FILM_FIELDS) if (film[f.name] === null) out[f.name]++;
  return out;
}
