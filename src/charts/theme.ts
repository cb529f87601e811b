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

/** How wide a chart is drawn for phones: a 390 px screen less the page's margins. */
export const NARROW_WIDTH = 340;

/** Longest y label a narrowed chart keeps (its margin is cut to {@link NARROW_MARGIN_LEFT}). */
const NARROW_LABEL_CHARS = 16;
const NARROW_MARGIN_LEFT = 130;

type AxisOptions = { domain?: unknown; tickFormat?: unknown; [key: string]: unknown };

/**
 * The chart drawn again for a phone: {@link NARROW_WIDTH} px wide, so its 12 px text is shown at
 * its size rather than scaled down; Plot then picks fewer ticks for continuous axes. Long y labels
 * are cut to a narrower margin, and category labels on x that would collide are turned. Null when
 * the chart already fits.
 */
export function narrowed(options: ChartOptions): ChartOptions | null {
  const width = options.width ?? 640;
  if (width <= NARROW_WIDTH + 30) return null;
  const out: ChartOptions = { ...options, width: NARROW_WIDTH };
  const y = (options.y ?? {}) as AxisOptions;
  if ((options.marginLeft ?? 0) > NARROW_MARGIN_LEFT) {
    out.marginLeft = NARROW_MARGIN_LEFT;
    const format = y.tickFormat;
    out.y = {
      ...y,
      tickFormat: (v: unknown) => {
        const label = typeof format === "function" ? String(format(v)) : String(v);
        return label.length > NARROW_LABEL_CHARS
          ? `${label.slice(0, NARROW_LABEL_CHARS - 1)}…`
          : label;
      },
    } as ChartOptions["y"];
  }
  const x = (options.x ?? {}) as AxisOptions;
  if (Array.isArray(x.domain) && typeof x.domain[0] === "string") {
    const labels = x.domain as string[];
    const room = (NARROW_WIDTH - (out.marginLeft ?? 40) - 20) / labels.length;
    const longest = Math.max(...labels.map((l) => l.length));
    // About 7 px a character at 12 px: labels wider than their band are turned.
    if (longest * 7 > room) {
      out.x = { ...x, tickRotate: -40, labelOffset: 62 } as ChartOptions["x"];
      out.marginBottom = (options.marginBottom ?? 46) + 26;
    }
  }
  return out;
}
