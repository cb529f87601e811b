import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderChart, type ChartOptions } from "../../../src/charts/ssr.ts";

const plotToSvg = (options: Omit<ChartOptions, "ariaLabel" | "ariaDescription">) =>
  renderChart({ ...options, ariaLabel: "chart", ariaDescription: "a chart under test" });
import { scaleChart, targetRatio, targetsChart } from "../../../src/charts/performance.ts";
import {
  checkTargets,
  scaleRows,
  type ScalePoint,
  type TargetCheck,
} from "../../../src/bench/performance.ts";

const point = (p50: number): ScalePoint => ({
  status: "measured",
  etl_seconds: 10,
  etl_peak_rss_mb: 800,
  recommender_assets_bytes_gzip: 2e6,
  assets_bytes_gzip: 3e6,
  recommend_p50_ms: p50,
  recommend_p95_ms: p50 * 2,
});

describe("performance charts rendered to SVG", () => {
  it("draws one dot per measured target and leaves unmeasured ones out", () => {
    const checks = checkTargets({
      films: 1,
      etl_seconds: null,
      etl_peak_rss_mb: null,
      assets_bytes: null,
      assets_bytes_gzip: null,
      recommender_assets_bytes_gzip: null,
      worker_ready_ms: 300,
      first_answer_ms: 1200,
      recommend_p50_ms: null,
      recommend_p95_ms: null,
      query_p95_ms: null,
      original_method_p50_ms: null,
      speedup_vs_original: null,
      scale: {},
    });
    const svg = plotToSvg(targetsChart(checks, (c) => c.key, "times better than the target →"));
    assert.match(svg, /^<svg/);
    assert.equal(svg.match(/<circle/g)?.length, 2);
    assert.match(svg, />worker_ready_ms</);
    assert.match(svg, />first_answer_ms</);
    // The phone layout writes each name as text above its row.
    const narrow = plotToSvg(targetsChart(checks, (c) => c.key, "→", { narrow: true }));
    assert.match(narrow, /width="360"/);
    assert.match(narrow, />worker_ready_ms</);
  });
  it("plots every target the right way round: right of 1 is met, a speed-up too", () => {
    const check = (key: string, comparison: "<=" | ">=", value: number, measured: number) =>
      ({ key, comparison, value, measured, met: true }) as unknown as TargetCheck;
    assert.equal(targetRatio(check("first_answer_ms", "<=", 1000, 500)), 2);
    assert.equal(targetRatio(check("speedup_vs_original", ">=", 20, 240)), 12);
    assert.equal(targetRatio(check("worker_ready_ms", "<=", 500, 1000)), 0.5);
  });
  it("keeps a single measured size inside the frame", () => {
    const options = scaleChart(
      scaleRows({ "50000": point(0.025) }),
      [{ key: "recommend_p50_ms", label: "p50" }],
      { filmsAxis: "films →", yLabel: "ms", targets: [{ value: 2, label: "p50 ≤ 2 ms" }] },
    );
    const x = (options.x as { domain: number[] }).domain;
    const y = (options.y as { domain: number[] }).domain;
    assert.ok(x[0] < 50000 && x[1] > 50000);
    assert.ok(y[0] < 0.025 && y[1] > 2);
  });
  it("draws the scale curve on log axes with a line per series and the target rule", () => {
    const rows = scaleRows({ "10000": point(0.5), "50000": point(2) });
    const options = scaleChart(
      rows,
      [
        { key: "recommend_p50_ms", label: "p50" },
        { key: "recommend_p95_ms", label: "p95" },
      ],
      { filmsAxis: "films →", yLabel: "ms", targets: [{ value: 2, label: "p50 ≤ 2 ms" }] },
    );
    assert.equal((options.x as { type: string }).type, "log");
    assert.equal((options.y as { type: string }).type, "log");
    const svg = plotToSvg(options);
    assert.equal(svg.match(/<path[^>]*fill="none"[^>]*d="M/g)?.length ?? 0, 0, "no stray paths");
    assert.match(svg, /p50 ≤ 2 ms/);
    assert.ok(svg.includes("<svg"), "has an svg");
  });
});
