// Counting helpers of the EDA: fixed-width histograms, label tallies, and films per release year,
// month and weekday (computed as the peliculas_mes / peliculas_dia queries do).
import type { Bin, Tally, YearRow } from "../../src/eda/eda-types.ts";

/** Options of {@link histogram}. */
export interface HistogramOptions {
  /** Left edge of the first bin. */
  start: number;
  /** Width of every bin. */
  width: number;
  /** Number of bins. */
  bins: number;
  /** Count values equal to the last edge in the last bin (a closed last bin). Default true. */
  closeLast?: boolean;
}

/** Counts known values (NaN skipped) into equal bins; values outside [start, end] are not counted. */
export function histogram(values: ArrayLike<number>, options: HistogramOptions): Bin[] {
  const { start, width, bins } = options;
  const end = start + width * bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v) || v < start || v > end) continue;
    if (v === end) {
      if (options.closeLast ?? true) counts[bins - 1]++;
      continue;
    }
    counts[Math.min(bins - 1, Math.floor((v - start) / width))]++;
  }
  // Edges are rounded so that 0.1-wide bins do not print as 0.30000000000000004.
  const edge = (i: number) => Math.round((start + i * width) * 1e9) / 1e9;
  return counts.map((count, i) => ({ x0: edge(i), x1: edge(i + 1), count }));
}

/** How many films carry each label of a list column (a film counts once per label), most first. */
export function tallyLists(lists: readonly (readonly string[] | null)[]): Tally[] {
  const counts = new Map<string, number>();
  for (const list of lists) {
    if (!list) continue;
    for (const key of new Set(list)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Films per release month, index 0 = January; the month is read from the YYYY-MM-DD text. */
export function filmsPerMonth(dates: readonly string[]): number[] {
  const counts = new Array<number>(12).fill(0);
  for (const date of dates) {
    const month = Number(date.slice(5, 7));
    if (month >= 1 && month <= 12) counts[month - 1]++;
  }
  return counts;
}

/** Films per weekday of release in UTC, index 0 = Monday (the queries' lunes … domingo). */
export function filmsPerWeekday(dates: readonly string[]): number[] {
  const counts = new Array<number>(7).fill(0);
  for (const date of dates) {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    // getUTCDay counts from Sunday = 0; the week here starts on Monday.
    if (!Number.isNaN(day)) counts[(day + 6) % 7]++;
  }
  return counts;
}

/** Films and summed known budgets per release year, every year from the first to the last. */
export function filmsPerYear(years: ArrayLike<number>, budgets: ArrayLike<number>): YearRow[] {
  const byYear = new Map<number, YearRow>();
  for (let i = 0; i < years.length; i++) {
    const year = years[i];
    if (!(year > 0)) continue;
    let row = byYear.get(year);
    if (!row) byYear.set(year, (row = { year, films: 0, budget: 0, budgetFilms: 0 }));
    row.films++;
    if (budgets[i] > 0) {
      row.budget += budgets[i];
      row.budgetFilms++;
    }
  }
  if (byYear.size === 0) return [];
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  // Years with no film are rows of zeros, so a gap shows as a gap and not as a straight line.
  return Array.from(
    { length: last - first + 1 },
    (_, i) => byYear.get(first + i) ?? { year: first + i, films: 0, budget: 0, budgetFilms: 0 },
  );
}
