// pandas-style summary statistics of one numeric column, over its known values (NaN = unknown).
import type { Describe, NumericColumn } from "../../src/eda/eda-types.ts";

/** Thrown when a statistic is asked of something it is not defined for. */
export class StatisticsError extends Error {
  override name = "StatisticsError";
}

/**
 * The q-quantile of ascending `sorted` values with linear interpolation between the closest ranks
 * (pandas' and numpy's default), e.g. quantile([1, 2, 3, 4], 0.25) === 1.75.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new StatisticsError(`quantile ${q} is not between 0 and 1`);
  if (sorted.length === 0) throw new StatisticsError("quantile of no values");
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** The known (non-NaN) values of a column, ascending, as a new typed array. */
export function knownSorted(values: Float64Array): Float64Array {
  return values.filter((v) => !Number.isNaN(v)).sort();
}

/** count, mean, sample std, min, quartiles and max of the known values; null when none is known. */
export function describe(column: NumericColumn, values: Float64Array): Describe | null {
  const sorted = knownSorted(values);
  const n = sorted.length;
  if (n === 0) return null;
  let sum = 0;
  for (const v of sorted) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of sorted) squares += (v - mean) ** 2;
  return {
    column,
    count: n,
    unknown: values.length - n,
    mean,
    // pandas divides by n − 1; one value has no spread it can estimate.
    std: n > 1 ? Math.sqrt(squares / (n - 1)) : NaN,
    min: sorted[0],
    q25: quantile(sorted, 0.25),
    q50: quantile(sorted, 0.5),
    q75: quantile(sorted, 0.75),
    max: sorted[n - 1],
  };
}
