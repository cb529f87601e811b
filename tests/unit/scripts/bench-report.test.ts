import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { notMeasured } from "../../../scripts/bench/report.ts";
import type { Results } from "../../../src/lib/performance.ts";

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
