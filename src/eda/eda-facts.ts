// Facts the EDA page's prose states, derived from eda.json: which years the collection cut short,
// the busiest year, month and weekday, and how many films earned more than they cost.
import type { EdaReport, YearRow } from "./eda-types.ts";

/** Thrown when eda.json is missing or of another version than the page reads. */
export class EdaVersionError extends Error {
  override name = "EdaVersionError";
}

/** The report, or a clear error when the build wrote none or wrote another version. */
export function checkEda(report: EdaReport | null, expected: number): EdaReport {
  if (!report) throw new EdaVersionError('the build wrote no "eda" asset: run "npm run data"');
  if (report.edaVersion !== expected) {
    throw new EdaVersionError(
      `eda.json has version ${report.edaVersion}, expected ${expected}: rebuild the data`,
    );
  }
  return report;
}

/** Index of the largest value (the first on ties), or -1 for no values. */
export function argmax(values: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best < 0 || values[i] > values[best]) best = i;
  return best;
}

/** The year with most films (the earliest on ties), or null when there are no years. */
export function peakYear(years: readonly YearRow[]): YearRow | null {
  const i = argmax(years.map((y) => y.films));
  return i < 0 ? null : years[i];
}

/** The rows of the collection year and the year before it, when both are in the data. */
export function collectionYears(
  years: readonly YearRow[],
  collected: string,
): { year: YearRow; previous: YearRow } | null {
  const y = Number(collected.slice(0, 4));
  const year = years.find((r) => r.year === y);
  const previous = years.find((r) => r.year === y - 1);
  return year && previous ? { year, previous } : null;
}

/** Films whose revenue exceeded their budget. */
export const earnedMore = (points: readonly (readonly [number, number])[]) =>
  points.filter(([budget, revenue]) => revenue > budget).length;
