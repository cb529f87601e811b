import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatReport, notMeasured } from "../../../scripts/bench/report.ts";
import type { Results } from "../../../src/bench/performance.ts";

const point = {
  status: "measured" as const,
  etl_seconds: 20,
  etl_cpu_seconds: 30,
  etl_peak_rss_mb: 800,
  recommender_assets_bytes_gzip: 2_500_000,
  assets_bytes_gzip: 19_000_000,
  recommend_p50_ms: 0.02,
  recommend_p95_ms: 0.05,
};

describe("notMeasured(results)", () => {
  const base = { missing: [], scale: {} } as unknown as Results;
  it("is empty when every figure was measured", () => {
    assert.deepEqual(notMeasured({ ...base, scale: { 50000: point } } as Results), []);
  });
  it("names the missing figures and every scale point that failed or was measured in part", () => {
    const results = {
      ...base,
      missing: [{ key: "worker_ready_ms", reason: "no browser" }],
      scale: {
        50000: point,
        200000: {
          ...point,
          recommend_p50_ms: null,
          recommend_p95_ms: null,
          reason: "the worker could not be measured: page closed",
        },
        1000000: { status: "failed", reason: "ETL over 90 min" },
      },
    } as unknown as Results;
    assert.deepEqual(notMeasured(results), [
      "worker_ready_ms: no browser",
      "scale 200000: the worker could not be measured: page closed",
      "scale 1000000: ETL over 90 min",
    ]);
  });
});

describe("formatReport(results): cold visits", () => {
  it("prints a row of cold visits for the real data and each measured scale point", () => {
    const cold = {
      cold_film_facts_ms: 900,
      cold_film_ms: 1_200,
      cold_film_kb: 250.4,
      cold_film_raw_kb: 600,
      cold_search_ms: null,
      cold_search_kb: null,
      cold_search_raw_kb: null,
      cold_query_ms: 2_000,
      cold_query_kb: 120,
      cold_query_raw_kb: 300.5,
    };
    const results = {
      films: 4995,
      ...cold,
      machine: { cpu: "cpu", cores: 2, node: "v20", chromium: "1", load_avg_1m: 1 },
      code: { commit: "abcdef1234567", branch: "b", dirty: false },
      input: { source: "kaggle", dir: null },
      notes: [],
      missing: [],
      scale: { 50000: { ...point, ...cold, cold_film_ms: 75_000 } },
    } as unknown as Results;
    const lines = formatReport(results).split("\n");
    const real = lines.find((l) => l.startsWith("real (4995 films)"))!;
    assert.match(real, /900 ms +1\.2 s +250\.4 kB \/ 600\.0 kB +— +— +2\.0 s/);
    assert.match(
      lines.find((l) => l.startsWith("50000 films"))!,
      /75\.0 s/,
    );
  });
});
