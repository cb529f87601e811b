// Bar charts: ranked horizontal bars (top films, genres, languages, countries) and vertical bars
// over an ordered category (release month, weekday).
import * as Plot from "@observablehq/plot";
import { base, COLOR, xLabel, type ChartText, type Format } from "./theme.ts";
import type { ChartOptions } from "./ssr.ts";

/** One bar: its label and value; `note` goes into the tooltip after the value. */
export interface Bar {
  label: string;
  value: number;
  note?: string;
}

/** Longest label a horizontal bar chart keeps whole; longer ones are cut with an ellipsis. */
const LABEL_CHARS = 34;

/** Bars sorted by the caller, longest first, drawn top to bottom with their values printed. */
export function rankedBars(bars: readonly Bar[], text: ChartText, format: Format): ChartOptions {
  const longest = Math.min(LABEL_CHARS, Math.max(4, ...bars.map((b) => b.label.length)));
  return {
    ...base(text),
    height: 66 + bars.length * 26,
    marginLeft: Math.round(16 + longest * 7.2),
    marginRight: 64,
    x: { ...xLabel(text.x), grid: true, tickFormat: format },
    y: {
      label: text.y || null,
      domain: bars.map((b) => b.label),
      tickFormat: (s: string) => cut(s),
    },
    marks: [
      Plot.barX(bars, {
        x: "value",
        y: "label",
        fill: COLOR.bar,
        title: (b: Bar) => `${b.label}: ${format(b.value)}${b.note ? ` (${b.note})` : ""}`,
      }),
      Plot.text(bars, {
        x: "value",
        y: "label",
        text: (b: Bar) => format(b.value),
        textAnchor: "start",
        dx: 4,
        fill: "currentColor",
      }),
      Plot.ruleX([0]),
    ],
  };
}

const cut = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

/** Vertical bars in the given order (months, weekdays); `highlight` marks the largest in red. */
export function orderedBars(bars: readonly Bar[], text: ChartText, format: Format): ChartOptions {
  const max = Math.max(...bars.map((b) => b.value));
  return {
    ...base(text),
    height: 300,
    marginLeft: 56,
    x: { ...xLabel(text.x), domain: bars.map((b) => b.label) },
    y: { label: text.y || null, grid: true, tickFormat: format },
    marks: [
      Plot.barY(bars, {
        x: "label",
        y: "value",
        fill: (b: Bar) => (b.value === max ? COLOR.highlight : COLOR.bar),
        title: (b: Bar) => `${b.label}: ${format(b.value)}`,
      }),
      Plot.text(bars, {
        x: "label",
        y: "value",
        text: (b: Bar) => format(b.value),
        dy: -8,
        fill: "currentColor",
      }),
      Plot.ruleY([0]),
    ],
  };
}
