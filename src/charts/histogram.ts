// Histograms of bins computed at build time (build-data/eda): vote average, runtime, and the
// return ratio on a log axis. The bins are drawn as they are, so the page and eda.json agree.
import * as Plot from "@observablehq/plot";
import type { Bin } from "../eda/eda-types.ts";
import { base, COLOR, xLabel, type ChartText, type Format } from "./theme.ts";
import type { ChartOptions } from "./ssr.ts";

/** Options of {@link binnedHistogram}. */
export interface BinnedHistogramOptions {
  /** Bins whose left edge is in this list are drawn in the highlight colour. Default none. */
  highlight?: number[];
  /** Labels of the x ticks; default the bin edges as numbers. */
  tickFormat?: (x: number) => string;
  /** Where the x ticks go. Default: Plot's choice. */
  ticks?: number[];
}

export function binnedHistogram(
  bins: readonly Bin[],
  text: ChartText,
  format: Format,
  options: BinnedHistogramOptions = {},
): ChartOptions {
  const highlight = new Set(options.highlight ?? []);
  const edge = options.tickFormat ?? ((x: number) => String(x));
  return {
    ...base(text),
    height: 300,
    marginLeft: 56,
    x: { ...xLabel(text.x), tickFormat: options.tickFormat, ticks: options.ticks },
    y: { label: text.y || null, grid: true, tickFormat: format },
    marks: [
      Plot.rectY(bins, {
        x1: "x0",
        x2: "x1",
        y: "count",
        inset: 0.5,
        fill: (b: Bin) => (highlight.has(b.x0) ? COLOR.highlight : COLOR.bar),
        title: (b: Bin) => `[${edge(b.x0)}, ${edge(b.x1)}): ${format(b.count)}`,
      }),
      Plot.ruleY([0]),
    ],
  };
}
