// Values per release year (films, total budget) as bars, with the years the data cannot cover
// fully (from the collection year on) shaded and labelled, so no one reads a drop as a trend.
import * as Plot from "@observablehq/plot";
import { base, COLOR, xLabel, type ChartText, type Format } from "./theme.ts";
import type { ChartOptions } from "./ssr.ts";

/** One year's value. */
export interface YearValue {
  year: number;
  value: number;
}

/** Options of {@link yearBars}. */
export interface YearBarsOptions {
  /** First incomplete year (the collection year), or null when unknown. Default null. */
  incompleteFrom?: number | null;
  /** Label of the shaded incomplete years. */
  incompleteLabel?: string;
}

export function yearBars(
  rows: readonly YearValue[],
  text: ChartText,
  format: Format,
  options: YearBarsOptions = {},
): ChartOptions {
  const from = options.incompleteFrom ?? null;
  const last = rows.length ? rows[rows.length - 1].year + 1 : 0;
  const shaded = from !== null && from < last ? [{ x1: from, x2: last }] : [];
  return {
    ...base(text),
    height: 300,
    marginLeft: 64,
    x: { ...xLabel(text.x), tickFormat: (y: number) => String(y) },
    y: { label: text.y || null, grid: true, tickFormat: format },
    marks: [
      Plot.rectY(shaded, { x1: "x1", x2: "x2", y: 0, fill: COLOR.muted, fillOpacity: 0.2 }),
      Plot.rectY(rows, {
        x1: "year",
        x2: (r: YearValue) => r.year + 1,
        y: "value",
        inset: 0.2,
        fill: (r: YearValue) => (from !== null && r.year >= from ? COLOR.muted : COLOR.bar),
        title: (r: YearValue) => `${r.year}: ${format(r.value)}`,
      }),
      Plot.text(shaded, {
        x: "x1",
        frameAnchor: "top",
        text: () => options.incompleteLabel ?? "",
        textAnchor: "end",
        dx: -4,
        dy: 4,
        fill: "currentColor",
      }),
      Plot.ruleY([0]),
    ],
  };
}
