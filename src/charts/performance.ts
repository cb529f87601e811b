// The performance page's charts as Plot options (pure): targets against measurements, and the
// scale curves on log axes. Rendered to SVG at build time by src/charts/ssr.ts.
import * as Plot from "@observablehq/plot";
import type { ScaleRow, TargetCheck } from "../bench/performance.ts";

/**
 * How many times better than its target a figure is: target ÷ measured for a ceiling ("≤ 2 ms"),
 * measured ÷ target for a floor ("≥ 20× faster"). Above 1 the target is met, whichever way it
 * points, so every dot reads the same way round: further right is better.
 */
export function targetRatio(check: TargetCheck): number | null {
  if (check.measured === null || check.measured <= 0) return null;
  return check.comparison === "<=" ? check.value / check.measured : check.measured / check.value;
}

/** Options of {@link targetsChart}. */
export interface TargetsChartOptions {
  /** A phone's layout: each name above its row instead of beside it. Default false. */
  narrow?: boolean;
  /** Tick labels in the page's language. Default Plot's ("~g"). */
  format?: (n: number) => string;
}

/** One dot per measured target on a log axis, with the line at 1 where "met" begins. */
export function targetsChart(
  checks: readonly TargetCheck[],
  label: (check: TargetCheck) => string,
  axis: string,
  options: TargetsChartOptions = {},
): Plot.PlotOptions {
  const data = checks.flatMap((c) => {
    const ratio = targetRatio(c);
    return ratio === null ? [] : [{ name: label(c), ratio, met: c.met ? "✓" : "✗" }];
  });
  const ratios = data.map((d) => d.ratio);
  // Whole powers of ten around the dots and 1, so no dot sits on the frame.
  const lo = 10 ** Math.floor(Math.log10(Math.min(1, ...ratios) / 1.5));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(1, ...ratios) * 1.5));
  const x = {
    type: "log" as const,
    domain: [lo, hi],
    label: axis,
    grid: true,
    tickFormat: options.format ?? "~g",
  };
  const color = { domain: ["✓", "✗"], range: ["#2a9d57", "#d1495b"] };
  const marks = (y: string) => [
    Plot.ruleX([1], { stroke: "currentColor", strokeDasharray: "4 3" }),
    Plot.ruleY(data, { y, x1: 1, x2: "ratio", stroke: "met", strokeOpacity: 0.5 }),
    Plot.dot(data, { x: "ratio", y, fill: "met", r: 6 }),
    Plot.text(data, { x: "ratio", y, text: "met", dx: 12, fill: "met" }),
  ];
  if (options.narrow)
    return {
      width: 360,
      height: 60 + 46 * data.length,
      // Room above the first row for its name.
      marginTop: 30,
      marginLeft: 12,
      marginRight: 24,
      style: { fontSize: "12px" },
      x: { ...x, ticks: 4 },
      y: { axis: null, domain: data.map((d) => d.name), padding: 0 },
      color,
      marks: [
        ...marks("name"),
        Plot.text(data, {
          y: "name",
          text: "name",
          frameAnchor: "left",
          dy: -15,
          fill: "currentColor",
        }),
      ],
    };
  return {
    width: 760,
    height: 50 + 30 * data.length,
    marginLeft: 340,
    style: { fontSize: "12px" },
    // Plain numbers on the log axis ("0.5", not Plot's SI "500m").
    x: { ...x, ticks: 5 },
    y: { label: null },
    color,
    marks: marks("name"),
  };
}

/** One series of a scale chart: a column of the rows, and how to convert it for the axis. */
export interface Series {
  key: Exclude<keyof ScaleRow, "films">;
  label: string;
  /** Multiplies the value for display (e.g. bytes → MB). Default 1. */
  factor?: number;
}

/** The powers of ten just around `values`: a log domain that keeps every mark inside the frame. */
function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive) / 1.5));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive) * 1.5));
  return [lo, hi];
}

/** Lines over catalogue size on log–log axes, with optional dashed target lines. */
export function scaleChart(
  rows: readonly ScaleRow[],
  series: readonly Series[],
  options: {
    filmsAxis: string;
    yLabel: string;
    targets?: { value: number; label: string }[];
    /** Tick labels of the y axis in the page's language. Default Plot's. */
    format?: (n: number) => string;
    /** Tick labels of the films axis (e.g. "50 mil"). Default `format`. */
    filmsFormat?: (n: number) => string;
  },
): Plot.PlotOptions {
  const data = series.flatMap((s) =>
    rows.flatMap((r) =>
      r[s.key] === null
        ? []
        : [{ films: r.films, value: r[s.key]! * (s.factor ?? 1), series: s.label }],
    ),
  );
  const targets = options.targets ?? [];
  const films = data.map((d) => d.films);
  // A single size still gets a span of sizes around it, so its dot is not on the frame.
  const xDomain: [number, number] = [Math.min(...films) / 2, Math.max(...films) * 2];
  const yDomain = logDomain([...data.map((d) => d.value), ...targets.map((t) => t.value)]);
  const format = options.format;
  return {
    width: 360,
    height: 260,
    marginLeft: 50,
    marginRight: 30,
    marginTop: 24,
    style: { fontSize: "12px" },
    x: {
      type: "log",
      domain: data.length ? xDomain : undefined,
      label: options.filmsAxis,
      grid: true,
      ticks: 3,
      ...((options.filmsFormat ?? format) && { tickFormat: options.filmsFormat ?? format }),
    },
    y: {
      type: "log",
      domain: yDomain,
      label: options.yLabel,
      grid: true,
      ticks: 4,
      ...(format ? { tickFormat: format } : { tickFormat: "~g" }),
    },
    color: { legend: true, domain: series.map((s) => s.label) },
    marks: [
      Plot.ruleY(targets, { y: "value", stroke: "#d1495b", strokeDasharray: "4 3" }),
      Plot.text(targets, {
        y: "value",
        text: "label",
        frameAnchor: "left",
        dx: 4,
        dy: -6,
        fill: "#d1495b",
      }),
      Plot.line(data, { x: "films", y: "value", stroke: "series", z: "series", marker: "circle" }),
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
    yLabel: "s, MiB",
    series: [
      { key: "etl_seconds", label: "s" },
      { key: "etl_peak_rss_mb", label: "MiB" },
    ],
    targets: [
      { value: 30, label: "30 s" },
      { value: 2048, label: "2 GiB" },
    ],
  },
  {
    title: "assetsChart",
    yLabel: "MiB",
    series: [{ key: "recommender_assets_bytes_gzip", label: "MiB gzip", factor: 1 / 1024 ** 2 }],
    targets: [{ value: 4, label: "4 MiB" }],
  },
];
