// What every chart definition shares: the texts a page passes in (already translated) and the
// colours, chosen to read on both the light and the dark background (text uses currentColor).
import type { ChartOptions } from "./ssr.ts";

/** The translated words of one chart. */
export interface ChartText {
  /** Short name: the SVG's aria-label and the figure's caption. */
  title: string;
  /** One or two sentences on what the chart shows, for screen readers. */
  description: string;
  /** Axis labels, with their units. */
  x: string;
  y: string;
}

export const COLOR = {
  bar: "#4e79a7",
  highlight: "#e15759",
  muted: "#9c9589",
  line: "#f28e2b",
} as const;

/** Number formatting of the page's language, for tick labels and bar labels. */
export type Format = (n: number) => string;

/** The Plot options every chart starts from: accessibility fields, size, fonts. */
export function base(text: ChartText, width = 720): ChartOptions {
  return {
    ariaLabel: text.title,
    ariaDescription: text.description,
    width,
    // Room under the tick labels for the x-axis label, so the two never overlap.
    marginBottom: 46,
    style: { fontSize: "12px", overflow: "visible" },
  };
}

/** The x axis label, placed under the tick labels. */
export const xLabel = (label: string) => ({
  label,
  labelOffset: 38,
  labelAnchor: "center" as const,
});

/** Every `k`-th value, so that at most `max` ticks remain and labels never collide. */
export function thin<T>(values: readonly T[], max = 8): T[] {
  const k = Math.ceil(values.length / max);
  return values.filter((_, i) => i % k === 0);
}

/** Powers of ten covering `lo` to `hi`: the domain of a log axis of money and its ticks. */
export function powersOfTen(lo: number, hi: number): { domain: [number, number]; ticks: number[] } {
  const all: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) all.push(10 ** e);
  return { domain: [all[0], all[all.length - 1]], ticks: thin(all) };
}
