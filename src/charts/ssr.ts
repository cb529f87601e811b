// Observable Plot rendered to SVG text at build time, with linkedom as the DOM, so charts appear
// without JavaScript. Plot cannot draw continuous colour legends or raster marks without a
// canvas: those belong in the browser.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/** Options of {@link renderChart}: Plot's own, with the accessibility fields required. */
export interface ChartOptions extends Plot.PlotOptions {
  /** A short name for the chart, read by screen readers (the SVG's aria-label). */
  ariaLabel: string;
  /** What the chart shows, in a sentence or two (the SVG's aria-description). */
  ariaDescription: string;
}

/** Renders a Plot chart to an HTML string (an `<svg>`, or a `<figure>` when it has a title or legend). */
export function renderChart(options: ChartOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const node = Plot.plot({ ...options, document: document as unknown as Document });
  const svgs = node.tagName.toLowerCase() === "svg" ? [node] : [...node.querySelectorAll("svg")];
  for (const svg of svgs) {
    svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    svg.setAttribute("role", "img");
  }
  return node.outerHTML;
}
