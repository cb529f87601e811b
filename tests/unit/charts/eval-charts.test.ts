import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { coverageChart } from "../../../src/charts/eval-charts.ts";
import type { MethodResult } from "../../../src/lib/evaluation/protocol.ts";
import type { EvaluationResults } from "../../../src/lib/evaluation/results.ts";

const method = (id: string, precision: number, coverage: number) =>
  ({
    id,
    method: `name of ${id}`,
    note: "",
    queries: 100,
    viewers: 10,
    hitRate: 0.9,
    precision,
    ndcg: precision,
    coverage,
    diversity: 0.5,
  }) as MethodResult & { id: string; note: string };

const RESULTS = {
  schemaVersion: 1,
  protocol: { liked: 4, k: 10, split: {}, catalogue: 5000, testViewers: 10 },
  targets: {
    beatsPopularHitRate: true,
    beatsPopularPrecision: true,
    twiceOriginalHitRate: true,
    coverageAtLeast25: true,
  },
  methods: [
    method("most popular", 0.52, 0.002),
    method("ours", 0.527, 0.278),
    method("5 similarity slots", 0.517, 0.397),
    method("original", 0.091, 0.814),
  ],
} satisfies EvaluationResults;
const LABELS = { title: "Trade-off", description: "Dots.", method: "Method", coverage: "Coverage" };

describe("coverageChart(results, labels)", () => {
  const svg = coverageChart(RESULTS, LABELS);
  it("draws a dot for each method near the most-popular precision, with its name in a tooltip", () => {
    assert.equal(svg.split("<circle").length - 1, 3);
    assert.match(svg, /<title>name of 5 similarity slots: 51\.7 % · 39\.7 %<\/title>/);
  });
  it("leaves out the methods far below (they are in the table)", () => {
    assert.doesNotMatch(svg, /name of original/);
  });
  it("labels ours and the baseline in the page's language, ours in red", () => {
    assert.match(svg, />name of ours</);
    assert.match(svg, />name of most popular</);
    assert.doesNotMatch(svg, />name of 5 similarity slots</);
    assert.match(svg, /fill="#b3261e"/);
  });
  it("is labelled for screen readers", () => {
    assert.match(svg, /aria-label="Trade-off"/);
    assert.match(svg, /aria-description="Dots\."/);
  });
});
