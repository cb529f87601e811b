// The ETL notebook's cells from a quality report that may hold only part of the QualityReport
// contract: its own steps when present, otherwise steps derived from the counts, each tied to
// what it found (quarantined records, duplicates, or rows dropped by a rule).
import type { Counts, QualityReport } from "../lib/schema.ts";

/** A quality report as a build may write it: counts always, every other part optional. */
export type PartialQuality = Partial<QualityReport> & { counts: Counts };

/** What a step found, so the page can show the matching detail under it. */
export type Finding = "quarantine" | "duplicates" | "dropped" | "join" | null;

export interface StepCell {
  id: string;
  rowsBefore: number;
  rowsAfter: number;
  finding: Finding;
  /**
   * For a "dropped" finding: the reasons (keys of droppedByReason) this step accounts for; for a
   * "join" finding: the side file's name (a key of joins).
   */
  reasons: string[];
}

/** "drop-no-release-date" and "no release date" name the same rule. */
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function findingOf(id: string): Finding {
  if (/^join-/.test(id)) return "join";
  if (/dup/.test(id)) return "duplicates";
  if (/parse|quarantine|read/.test(id)) return "quarantine";
  if (/^drop|filter/.test(id)) return "dropped";
  return null;
}

/** The cells of the report's steps, or of steps derived from its counts when it lists none. */
export function etlSteps(report: PartialQuality): { steps: StepCell[]; derived: boolean } {
  const dropped = Object.keys(report.droppedByReason ?? {});
  const reasonsOf = (id: string) => {
    const matching = dropped.filter((r) => id.endsWith(slug(r)));
    return matching.length ? matching : id === "drop" ? dropped : [];
  };
  if (report.steps?.length) {
    return {
      derived: false,
      steps: report.steps.map((s) => {
        const finding = findingOf(s.id);
        const reasons =
          finding === "dropped" ? reasonsOf(s.id) : finding === "join" ? [s.id.slice(5)] : [];
        return { ...s, finding, reasons };
      }),
    };
  }
  const { input, quarantined, duplicates } = report.counts;
  const afterQuarantine = input - quarantined;
  const afterDuplicates = afterQuarantine - duplicates;
  return {
    derived: true,
    steps: [
      {
        id: "quarantine",
        rowsBefore: input,
        rowsAfter: afterQuarantine,
        finding: "quarantine",
        reasons: [],
      },
      {
        id: "drop-duplicates",
        rowsBefore: afterQuarantine,
        rowsAfter: afterDuplicates,
        finding: "duplicates",
        reasons: [],
      },
      {
        id: "drop",
        rowsBefore: afterDuplicates,
        rowsAfter: report.counts.kept,
        finding: "dropped",
        reasons: dropped,
      },
    ],
  };
}

/** One row of the nulls table: a column, its nulls before and after cleaning (null = not reported). */
export interface NullRow {
  column: string;
  before: number | null;
  after: number | null;
}

/**
 * The nulls table: catalogue columns in `order` first, then raw input columns that have no
 * catalogue namesake, so a column present on both sides is one row.
 */
export function nullRows(
  before: Record<string, number> | undefined,
  after: Record<string, number> | undefined,
  order: readonly string[],
): NullRow[] {
  const names = [
    ...order.filter((c) => (after && c in after) || (before && c in before)),
    ...Object.keys(before ?? {}).filter((c) => !order.includes(c)),
  ];
  return names.map((column) => ({
    column,
    before: before?.[column] ?? null,
    after: after?.[column] ?? null,
  }));
}
