// The cleaning steps of the original notebook, as pure functions over candidate films:
// drop duplicate ids, drop rows with no title or no release date, and sort by id.
import type { Counts, Film } from "../../src/lib/schema.ts";
import type { QuarantineRecord, SourceRows } from "./types.ts";

/** Outcome of cleaning: the kept films (sorted by id) and counts that reconcile with the input. */
export interface Cleaned {
  films: Film[];
  counts: Counts;
  /** Rows dropped by a cleaning rule, by reason. */
  droppedByReason: Record<string, number>;
  /** Quarantined rows by reason. */
  quarantinedByReason: Record<string, number>;
  quarantine: QuarantineRecord[];
}

/** Reason key of a quarantine record: its message up to the first colon. */
export const reasonKey = (reason: string) => reason.split(":")[0];

export function clean(rows: SourceRows): Cleaned {
  const byId = new Map<number, Film>();
  let duplicates = 0;
  const droppedByReason: Record<string, number> = {};
  const drop = (reason: string) => (droppedByReason[reason] = (droppedByReason[reason] ?? 0) + 1);
  for (const film of rows.films) {
    if (byId.has(film.id)) {
      // Keep the first record of an id: deterministic, and the original order is the file's.
      duplicates++;
      continue;
    }
    byId.set(film.id, film);
  }
  const films: Film[] = [];
  for (const film of byId.values()) {
    if (!film.title) drop("no title");
    else if (!film.release_date) drop("no release date");
    else films.push(film);
  }
  films.sort((a, b) => a.id - b.id);
  const quarantinedByReason: Record<string, number> = {};
  for (const q of rows.quarantine) {
    const key = reasonKey(q.reason);
    quarantinedByReason[key] = (quarantinedByReason[key] ?? 0) + 1;
  }
  const dropped = Object.values(droppedByReason).reduce((a, b) => a + b, 0);
  const counts: Counts = {
    input: rows.inputRecords,
    kept: films.length,
    duplicates,
    quarantined: rows.quarantine.length,
    dropped,
  };
  if (counts.input !== counts.kept + counts.duplicates + counts.quarantined + counts.dropped) {
    throw new Error(`counts do not reconcile: ${JSON.stringify(counts)}`);
  }
  return { films, counts, droppedByReason, quarantinedByReason, quarantine: rows.quarantine };
}
