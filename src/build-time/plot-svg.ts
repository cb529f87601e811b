// Renders an Observable Plot chart to SVG text at build time, with linkedom as the DOM. A stand-in
// until the shared src/charts/ssr.ts helper is on main.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export function plotToSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const chart = Plot.plot({ ...options, document: document as unknown as Document });
  return chart.outerHTML;
}
