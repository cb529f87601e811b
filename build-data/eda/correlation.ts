// Pearson correlations between numeric columns (pairwise-complete, as pandas' `corr()`), and the
// most correlated pairs listed once each (the original notebook listed every pair twice).
import type { NumericColumn, Pair } from "../../src/eda/eda-types.ts";

/** Pearson's r over the rows where both columns are known (NaN = unknown); null when undefined. */
export function pearson(x: Float64Array, y: Float64Array): { r: number | null; n: number } {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    n++;
    sx += x[i];
    sy += y[i];
  }
  if (n < 2) return { r: null, n };
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // A constant column has no correlation with anything.
  if (sxx === 0 || syy === 0) return { r: null, n };
  return { r: sxy / Math.sqrt(sxx * syy), n };
}

/** Options of {@link correlations}. */
export interface CorrelationOptions {
  /** How many pairs `top` keeps, strongest |r| first. Default 10. */
  top?: number;
}

/** The symmetric correlation matrix of the given columns and the strongest pairs, each once (a < b). */
export function correlations(
  columns: readonly { name: NumericColumn; values: Float64Array }[],
  options: CorrelationOptions = {},
): { columns: NumericColumn[]; matrix: (number | null)[][]; top: Pair[] } {
  const k = columns.length;
  const matrix: (number | null)[][] = Array.from({ length: k }, () => new Array(k).fill(null));
  const pairs: Pair[] = [];
  for (let i = 0; i < k; i++) {
    matrix[i][i] = pearson(columns[i].values, columns[i].values).r === null ? null : 1;
    for (let j = i + 1; j < k; j++) {
      const { r, n } = pearson(columns[i].values, columns[j].values);
      matrix[i][j] = matrix[j][i] = r;
      if (r !== null) pairs.push({ a: columns[i].name, b: columns[j].name, r, n });
    }
  }
  // Ties broken by column order, so the list is the same on every build.
  pairs.sort((p, q) => Math.abs(q.r) - Math.abs(p.r));
  return { columns: columns.map((c) => c.name), matrix, top: pairs.slice(0, options.top ?? 10) };
}
