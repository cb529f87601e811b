// The evaluation page's charts, as Plot specifications rendered to SVG at build time (charts/ssr.ts).
import * as Plot from "@observablehq/plot";
import type { EvaluationResults } from "../lib/evaluation/results.ts";
import { renderChart } from "./ssr.ts";

/** Labels a chart needs in the page's language. */
export interface EvalChartLabels {
  title: string;
  description: string;
  method: string;
  coverage: string;
}

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
    x: { percent: true, domain: [0, 100], label: "%", grid: true },
    y: { axis: null, domain: ["HitRate@10", "Precision@10"] },
    fy: { domain: results.methods.map((m) => m.method), label: null },
    color: { legend: true, domain: ["HitRate@10", "Precision@10"], range: ["#b3261e", "#8c8478"] },
    marks: [
      Plot.barX(rows, { x: "value", y: "metric", fy: "method", fill: "metric" }),
      Plot.text(rows, {
        x: "value",
        y: "metric",
        fy: "method",
        text: (d: { value: number }) => `${(100 * d.value).toFixed(1)}`,
        dx: 4,
        textAnchor: "start",
        fontSize: 10,
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Precision@10 against coverage, one labelled dot per method. */
export function coverageChart(
  results: EvaluationResults,
  /** The name under which "ours" is drawn (highlighted). */
  ours: string,
  labels: EvalChartLabels,
): string {
  return renderChart({
    ariaLabel: labels.title,
    ariaDescription: labels.description,
    width: 720,
    height: 360,
    x: { percent: true, domain: [0, 100], label: `${labels.coverage} (%)`, grid: true },
    y: { percent: true, label: "Precision@10 (%)", grid: true },
    marks: [
      Plot.ruleX([25], { stroke: "#6b645a", strokeDasharray: "4 3" }),
      Plot.dot(results.methods, {
        x: "coverage",
        y: "precision",
        r: 5,
        fill: (d: { method: string }) => (d.method === ours ? "#b3261e" : "#6b645a"),
      }),
      Plot.text(results.methods, {
        x: "coverage",
        y: "precision",
        text: "method",
        dx: 8,
        textAnchor: "start",
        fontSize: 11,
      }),
    ],
  });
}
