// Revenue against budget on log–log axes, binned into hexagons so 5,000 films stay legible and the
// SVG small; the count scale is quantized so its legend is drawn without a canvas.
import * as Plot from "@observablehq/plot";
import { base, powersOfTen, xLabel, type ChartText, type Format } from "./theme.ts";
import type { ChartOptions } from "./ssr.ts";

export function revenueBudgetHexbin(
  points: readonly (readonly [number, number])[],
  text: ChartText,
  format: Format,
  countLabel: string,
): ChartOptions {
  // A loop, not Math.min(...): spreading 200,000 films' figures overflows the call stack.
  let lo = 1;
  let hi = 10;
  for (const [b, r] of points) {
    lo = Math.min(lo, b, r);
    hi = Math.max(hi, b, r);
  }
  const { domain, ticks } = powersOfTen(lo, hi);
  return {
    ...base(text),
    height: 480,
    // Room for the longest money tick ("$10 mil M" in Spanish).
    marginLeft: 80,
    x: { type: "log", ...xLabel(text.x), tickFormat: format, grid: true, ticks, domain },
    y: { type: "log", label: text.y, tickFormat: format, grid: true, ticks, domain },
    // Viridis without its near-black and pale-yellow ends: every class reads on both themes.
    color: {
      type: "quantize",
      range: ["#414487", "#2a788e", "#22a884", "#7ad151", "#bddf26"],
      // Round class edges: the legend reads 10, 20, 30, not 9.6000000002.
      nice: true,
      tickFormat: "d",
      legend: true,
      label: countLabel,
    },
    marks: [
      // The break-even diagonal: above it a film earned more than it cost.
      Plot.line(
        [
          [lo, lo],
          [hi, hi],
        ],
        { stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.6 },
      ),
      Plot.hexagon(
        points,
        Plot.hexbin(
          { fill: "count", title: "count" },
          { x: (p: readonly number[]) => p[0], y: (p: readonly number[]) => p[1], binWidth: 10 },
        ),
      ),
    ],
  };
}
