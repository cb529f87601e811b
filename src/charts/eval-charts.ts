// The evaluation page's charts, as Plot specifications rendered to SVG at build time (charts/ssr.ts).
import * as Plot from "@observablehq/plot";
import type { EvaluationResults } from "../lib/evaluation/results.ts";
import { formatFixed, formatNum, type NumberLang } from "../lib/numbers.ts";
import { renderChart } from "./ssr.ts";

/** Labels a chart needs in the page's language. */
export interface EvalChartLabels {
  title: string;
  description: string;
  method: string;
  coverage: string;
  /** The page's language, for the numbers. Default English. */
  lang?: NumberLang;
}

/** Tick labels of a percent axis (already × 100) in the page's language. */
const tick = (labels: EvalChartLabels) => (v: number) => formatNum(labels.lang ?? "en", v, 1);

/** Grouped horizontal bars: HitRate@10 and Precision@10 per method, ours highlighted. */
export function qualityChart(results: EvaluationResults, labels: EvalChartLabels): string {
  const rows = results.methods.flatMap((m) => [
    { method: m.method, metric: "HitRate@10", value: m.hitRate },
    { method: m.method, metric: "Precision@10", value: m.precision },
  ]);
  return renderChart({
    ariaLabel: labels.title,
    ariaDescription: labels.description,
    width: 720,
    marginLeft: 160,
    x: { percent: true, domain: [0, 100], label: "%", grid: true, tickFormat: tick(labels) },
    y: { axis: null, domain: ["HitRate@10", "Precision@10"] },
    fy: { domain: results.methods.map((m) => m.method), label: null },
    color: { legend: true, domain: ["HitRate@10", "Precision@10"], range: ["#b3261e", "#8c8478"] },
    marks: [
      Plot.barX(rows, { x: "value", y: "metric", fy: "method", fill: "metric" }),
      Plot.text(rows, {
        x: "value",
        y: "metric",
        fy: "method",
        text: (d: { value: number }) => formatFixed(labels.lang ?? "en", 100 * d.value, 1),
        dx: 4,
        textAnchor: "start",
        fontSize: 10,
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Methods within this much precision of the most-popular list are the trade-off chart's contenders. */
const CONTENDER_GAP = 0.03;

/** Methods labelled on the trade-off chart (the others are dots, named in a tooltip and the table). */
const LABELLED = new Set(["ours", "most popular", "co-liked lists only", "previous defaults"]);

/**
 * Precision@10 against coverage for the methods that come close to the most-popular list: the
 * trade-off the targets ask about. A dashed line marks the most-popular precision to beat, another
 * the 25% coverage floor; ours is red. Methods far below (vectors, the original) are only in the table.
 * `results.methods` carry `id` (the JSON's method) and `method` (the name in the page's language).
 */
export function coverageChart(
  results: EvaluationResults & { methods: { id?: string }[] },
  labels: EvalChartLabels,
): string {
  const idOf = (m: { id?: string; method: string }) => m.id ?? m.method;
  const popular = results.methods.find((m) => idOf(m) === "most popular")!;
  const contenders = results.methods.filter(
    (m) => m.precision >= popular.precision - CONTENDER_GAP,
  );
  const maxCoverage = Math.max(0.3, ...contenders.map((m) => m.coverage));
  const right = Math.ceil((100 * maxCoverage) / 10) * 10 + 10;
  const isOurs = (d: { id?: string; method: string }) => idOf(d) === "ours";
  return renderChart({
    ariaLabel: labels.title,
    ariaDescription: labels.description,
    width: 720,
    height: 380,
    marginRight: 40,
    x: {
      percent: true,
      domain: [0, right],
      label: `${labels.coverage} (%) →`,
      grid: true,
      tickFormat: tick(labels),
    },
    y: {
      percent: true,
      label: "↑ Precision@10 (%)",
      grid: true,
      nice: true,
      tickFormat: tick(labels),
    },
    marks: [
      Plot.ruleX([0.25], { stroke: "#6b645a", strokeDasharray: "4 3" }),
      Plot.ruleY([popular.precision], { stroke: "#6b645a", strokeDasharray: "4 3" }),
      Plot.dot(contenders, {
        x: "coverage",
        y: "precision",
        r: (d: { id?: string; method: string }) => (isOurs(d) ? 7 : 4.5),
        fill: (d: { id?: string; method: string }) => (isOurs(d) ? "#b3261e" : "#6b645a"),
        title: (d: { method: string; precision: number; coverage: number }) =>
          `${d.method}: ${formatFixed(labels.lang ?? "en", 100 * d.precision, 1)} % · ${formatFixed(labels.lang ?? "en", 100 * d.coverage, 1)} %`,
      }),
      ...[true, false].map((ours) =>
        Plot.text(
          contenders.filter((m) => LABELLED.has(idOf(m)) && isOurs(m) === ours),
          {
            x: "coverage",
            y: "precision",
            text: "method",
            dx: 10,
            textAnchor: "start",
            fontSize: 12,
            fontWeight: ours ? "bold" : "normal",
            fill: "currentColor",
          },
        ),
      ),
    ],
  });
}
