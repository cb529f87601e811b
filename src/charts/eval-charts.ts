// The evaluation page's charts, as Plot specifications rendered to SVG at build time (charts/ssr.ts).
import * as Plot from "@observablehq/plot";
import { renderChart } from "./ssr.ts";

/** One method on a trade-off chart. */
export interface TradeOffPoint {
  /** The method's id (as results.json spells it). */
  id: string;
  /** Its name in the page's language. */
  name: string;
  x: number;
  y: number;
}

/** What a trade-off chart says, in the page's language. */
export interface TradeOffLabels {
  title: string;
  description: string;
  /** Axis labels (shares, drawn as percentages). */
  x: string;
  y: string;
}

/** Options of {@link tradeOffChart}. */
export interface TradeOffOptions {
  /** The chosen method: a larger red dot, its name in bold. */
  chosen: string;
  /** Methods named beside their dot (the others are named in a tooltip and in the table). */
  labelled: readonly string[];
  /** Dashed reference lines: a target or a baseline to beat, as shares. Default none. */
  xRule?: number;
  yRule?: number;
  /** The y axis starts here (a share); methods below it are left out (they are in the table). Default 0. */
  yFrom?: number;
}

const RED = "#b3261e";
const GREY = "#6b645a";

/** The upper end of a percentage axis: the next ten above the largest value, at least 10. */
const top = (values: number[]) => Math.max(10, Math.ceil((100 * Math.max(...values)) / 10) * 10);

/**
 * Each method as a dot, one figure against another (both shares): the trade-off the variants make.
 * The chosen one is red and labelled in bold; the dashed lines mark what to beat.
 */
export function tradeOffChart(
  all: readonly TradeOffPoint[],
  labels: TradeOffLabels,
  options: TradeOffOptions,
): string {
  const chosen = (d: TradeOffPoint) => d.id === options.chosen;
  const from = options.yFrom ?? 0;
  const points = all.filter((p) => p.y >= from);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  return renderChart({
    ariaLabel: labels.title,
    ariaDescription: labels.description,
    width: 720,
    height: 400,
    marginRight: 150,
    x: {
      percent: true,
      domain: [0, top(points.map((p) => p.x))],
      label: `${labels.x} (%) →`,
      grid: true,
    },
    y: {
      percent: true,
      domain: [100 * from, top(points.map((p) => p.y))],
      label: `↑ ${labels.y} (%)`,
      grid: true,
    },
    marks: [
      ...(options.xRule === undefined
        ? []
        : [Plot.ruleX([options.xRule], { stroke: GREY, strokeDasharray: "4 3" })]),
      ...(options.yRule === undefined
        ? []
        : [Plot.ruleY([options.yRule], { stroke: GREY, strokeDasharray: "4 3" })]),
      Plot.dot(points, {
        x: "x",
        y: "y",
        r: (d: TradeOffPoint) => (chosen(d) ? 7 : 4.5),
        fill: (d: TradeOffPoint) => (chosen(d) ? RED : GREY),
        title: (d: TradeOffPoint) => `${d.name}: ${pct(d.x)} · ${pct(d.y)}`,
      }),
      ...[true, false].map((bold) =>
        Plot.text(
          points.filter((p) => options.labelled.includes(p.id) && chosen(p) === bold),
          {
            x: "x",
            y: "y",
            text: "name",
            dx: 10,
            textAnchor: "start",
            fontSize: 12,
            fontWeight: bold ? "bold" : "normal",
            fill: "currentColor",
          },
        ),
      ),
    ],
  });
}
