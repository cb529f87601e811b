// The performance page's charts as Plot options (pure): targets against measurements, and the
// scale curves on log axes. Rendered to SVG at build time by src/charts/ssr.ts.
import * as Plot from "@observablehq/plot";
import type { ScaleRow, TargetCheck } from "../bench/performance.ts";

/** measured ÷ target, oriented so that below 1 always means met (a speed-up is inverted). */
export function targetRatio(check: TargetCheck): number | null {
  if (check.measured === null || check.measured <= 0) return null;
  return check.comparison === "<=" ? check.measured / check.value : check.value / check.measured;
}

/** One dot per measured target on a log axis, with the line at 1 where "met" ends. */
export function targetsChart(
  checks: readonly TargetCheck[],
  label: (check: TargetCheck) => string,
  axis: string,
): Plot.PlotOptions {
  const data = checks.flatMap((c) => {
    const ratio = targetRatio(c);
    return ratio === null ? [] : [{ name: label(c), ratio, met: c.met ? "✓" : "✗" }];
  });
  return {
    width: 760,
    height: 50 + 30 * data.length,
    marginLeft: 340,
    style: { fontSize: "12px" },
    // Plain numbers on the log axis ("0.5", not Plot's SI "500m").
    x: { type: "log", label: axis, grid: true, ticks: 5, tickFormat: "~g" },
    y: { label: null },
    color: { domain: ["✓", "✗"], range: ["#2a9d57", "#d1495b"] },
    marks: [
      Plot.ruleX([1], { stroke: "currentColor", strokeDasharray: "4 3" }),
      Plot.ruleY(data, { y: "name", x1: 1, x2: "ratio", stroke: "met", strokeOpacity: 0.5 }),
      Plot.dot(data, { x: "ratio", y: "name", fill: "met", r: 6 }),
      Plot.text(data, { x: "ratio", y: "name", text: "met", dx: 12, fill: "met" }),
    ],
  };
}

/** One series of a scale chart: a column of the rows, and how to convert it for the axis. */
export interface Series {
  key: Exclude<keyof ScaleRow, "films">;
  label: string;
  /** Multiplies the value for display (e.g. bytes → MB). Default 1. */
  factor?: number;
}

/** Lines over catalogue size on log–log axes, with optional dashed target lines. */
export function scaleChart(
  rows: readonly ScaleRow[],
  series: readonly Series[],
  options: { filmsAxis: string; yLabel: string; targets?: { value: number; label: string }[] },
): Plot.PlotOptions {
  const data = series.flatMap((s) =>
    rows.flatMap((r) =>
      r[s.key] === null
        ? []
        : [{ films: r.films, value: r[s.key]! * (s.factor ?? 1), series: s.label }],
    ),
  );
  const targets = options.targets ?? [];
  return {
    width: 360,
    height: 260,
    marginLeft: 50,
    marginRight: 20,
    x: { type: "log", label: options.filmsAxis, grid: true },
    y: { type: "log", label: options.yLabel, grid: true, ticks: 5, tickFormat: "~g" },
    color: { legend: true, domain: series.map((s) => s.label) },
    marks: [
      Plot.ruleY(targets, { y: "value", stroke: "#d1495b", strokeDasharray: "4 3" }),
      Plot.text(targets, {
        y: "value",
        text: "label",
        frameAnchor: "left",
        dy: -6,
        fill: "#d1495b",
      }),
      Plot.line(data, { x: "films", y: "value", stroke: "series", marker: "circle" }),
    ],
  };
}

/** The scale charts of the page: what each draws and the targets it shows. */
export const SCALE_CHARTS: readonly {
  /** Key of the chart's title in the page strings. */
  title: "latencyChart" | "etlChart" | "assetsChart";
  yLabel: string;
  series: readonly Series[];
  targets: { value: number; label: string }[];
}[] = [
  {
    title: "latencyChart",
    yLabel: "ms",
    series: [
      { key: "recommend_p50_ms", label: "p50" },
      { key: "recommend_p95_ms", label: "p95" },
    ],
    targets: [
      { value: 2, label: "p50 ≤ 2 ms" },
      { value: 5, label: "p95 ≤ 5 ms" },
    ],
  },
  {
    title: "etlChart",
    yLabel: "s, MB",
    series: [
      { key: "etl_seconds", label: "s" },
      { key: "etl_peak_rss_mb", label: "MB" },
    ],
    targets: [
      { value: 30, label: "30 s" },
      { value: 2048, label: "2048 MB" },
    ],
  },
  {
    title: "assetsChart",
    yLabel: "MB",
    series: [{ key: "recommender_assets_bytes_gzip", label: "MB gzip", factor: 1 / 1024 ** 2 }],
    targets: [{ value: 4, label: "4 MB" }],
  },
];
