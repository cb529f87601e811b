import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { targetRatio } from "../../../src/charts/performance.ts";
import { checkTargets, growth, scaleRows, type Results } from "../../../src/bench/performance.ts";
import { formatFigure, formatTarget, unitOf } from "../../../src/bench/performance-format.ts";

const base = {
  films: 5000,
  etl_seconds: 3,
  etl_peak_rss_mb: 300,
  assets_bytes: 1,
  assets_bytes_gzip: 1,
  recommender_assets_bytes_gzip: 1,
  worker_ready_ms: 600,
  first_answer_ms: 400,
  recommend_p50_ms: 0.5,
  recommend_p95_ms: 1,
  query_p95_ms: null,
  original_method_p50_ms: 10,
  speedup_vs_original: 20,
} satisfies Partial<Results>;

const point = (p50: number, etl: number) =>
  ({
    status: "measured",
    etl_seconds: etl,
    etl_peak_rss_mb: 500,
    recommender_assets_bytes_gzip: 3 * 1024 * 1024,
    assets_bytes_gzip: 1,
    recommend_p50_ms: p50,
    recommend_p95_ms: p50 * 2,
  }) as const;

describe("checkTargets(results)", () => {
  const checks = checkTargets({
    ...base,
    scale: { "10000": point(0.4, 5), "50000": point(2.5, 31) },
  });
  const find = (key: string, scope: string) =>
    checks.find((c) => c.key === key && c.scope === scope)!;

  it("judges the scale targets on the 50,000-film run, not on the real data", () => {
    assert.equal(find("recommend_p50_ms", "scale-50000").measured, 2.5);
    assert.equal(find("recommend_p50_ms", "scale-50000").met, false);
    assert.equal(find("recommend_p95_ms", "scale-50000").met, true);
    assert.equal(find("etl_seconds", "scale-50000").met, false);
    assert.equal(find("recommender_assets_bytes_gzip", "scale-50000").met, true);
  });
  it("judges the other targets on the real data, with >= for the speed-up (20x meets 20x)", () => {
    assert.equal(find("worker_ready_ms", "real").met, false);
    assert.equal(find("first_answer_ms", "real").met, true);
    assert.equal(find("speedup_vs_original", "real").met, true);
  });
  it("marks a figure that was not measured as null, neither met nor missed", () => {
    assert.equal(find("query_p95_ms", "real").met, null);
    const noScale = checkTargets({
      ...base,
      scale: { "50000": { status: "failed", reason: "oom" } },
    });
    assert.equal(noScale.find((c) => c.scope === "scale-50000")!.met, null);
  });
});

describe("checkTargets(results): cold visits over the phone link", () => {
  const cold = { cold_film_facts_ms: 900, cold_film_ms: 75_000, cold_film_kb: 14_600 };
  const checks = checkTargets({ ...base, scale: { "50000": { ...point(1, 1), ...cold } } });
  const find = (key: string) => checks.find((c) => c.key === key)!;
  it("judges them at 50,000 films: 1 s for the facts, 2.5 s for the rest, 300 kB each", () => {
    assert.deepEqual(
      [find("cold_film_facts_ms"), find("cold_film_ms"), find("cold_film_kb")].map((c) => [
        c.scope,
        c.value,
        c.met,
      ]),
      [
        ["scale-50000", 1000, true],
        ["scale-50000", 2500, false],
        ["scale-50000", 300, false],
      ],
    );
  });
  it("counts a figure a results file lacks (saved before the cold visits) as not measured", () => {
    assert.equal(find("cold_search_ms").measured, null);
    assert.equal(find("cold_search_ms").met, null);
  });
});

describe("targetRatio(check)", () => {
  it("is target ÷ measured for a ceiling and measured ÷ target for a speed-up, so > 1 is met", () => {
    const [p50] = checkTargets({ ...base, scale: { "50000": point(1, 1) } });
    assert.equal(targetRatio(p50), 2);
    const speedup = checkTargets({ ...base, speedup_vs_original: 40, scale: {} }).find(
      (c) => c.key === "speedup_vs_original",
    )!;
    assert.equal(targetRatio(speedup), 2);
  });
});

describe("growth(rows, key)", () => {
  it("gives the ratio and the exponent between the smallest and largest size", () => {
    const rows = scaleRows({
      "100000": point(4, 1),
      "10000": point(0.4, 1),
      "50000": { status: "failed", reason: "x" },
    });
    assert.deepEqual(
      rows.map((r) => r.films),
      [10000, 100000],
    );
    const g = growth(rows, "recommend_p50_ms")!;
    assert.equal(g.from, 10000);
    assert.equal(g.to, 100000);
    assert.ok(Math.abs(g.ratio - 10) < 1e-12);
    assert.ok(Math.abs(g.exponent - 1) < 1e-12, "10x films, 10x time is linear");
  });
  it("is null with fewer than two measured sizes", () => {
    assert.equal(growth(scaleRows({ "10000": point(1, 1) }), "recommend_p50_ms"), null);
  });
});

describe("formatFigure(value, unit, locale)", () => {
  it("writes milliseconds with the decimals their size needs, and seconds from 1 s", () => {
    assert.equal(formatFigure(1.5, "ms", "en-US"), "1.50 ms");
    assert.equal(formatFigure(1.5, "ms", "es-ES"), "1,50 ms");
    assert.equal(formatFigure(0.025, "ms", "es-ES"), "0,025 ms");
    assert.equal(formatFigure(796.2, "ms", "es-ES"), "796 ms");
    assert.equal(formatFigure(2390, "ms", "en-US"), "2.39 s");
  });
  it("writes bytes as MB and MiB, memory as MiB, and a missing value as a dash", () => {
    assert.equal(formatFigure(3 * 1024 * 1024, "bytes", "en-US"), "3.15 MB (3.00 MiB)");
    assert.equal(formatFigure(694, "MB", "es-ES"), "694 MiB");
    assert.equal(formatFigure(4995, "count", "es-ES"), "4.995");
    assert.equal(formatFigure(null, "s", "en-US"), "—");
  });
  it("writes targets as the round numbers they were set as", () => {
    assert.equal(formatTarget(1000, "ms", "es-ES"), "1 s");
    assert.equal(formatTarget(2500, "ms", "es-ES"), "2,5 s");
    assert.equal(formatTarget(500, "ms", "en-US"), "500 ms");
    assert.equal(formatTarget(2048, "MB", "en-US"), "2 GiB");
    assert.equal(formatTarget(4 * 1024 * 1024, "bytes", "es-ES"), "4 MiB (4,19 MB)");
    assert.equal(formatTarget(20, "x", "en-US"), "20×");
  });
  it("writes kB with one decimal, and an absent value as a dash", () => {
    assert.equal(formatFigure(14_600.4, "kB", "en-US"), "14,600.4 kB");
    assert.equal(formatFigure(1.5, "kB", "es-ES"), "1,5 kB");
    assert.equal(formatFigure(undefined, "kB", "en-US"), "—");
  });
  it("knows each figure's unit from its key", () => {
    assert.equal(unitOf("cold_film_raw_kb"), "kB");
    assert.equal(unitOf("cold_film_facts_ms"), "ms");
    assert.equal(unitOf("recommend_p50_ms"), "ms");
    assert.equal(unitOf("etl_seconds"), "s");
    assert.equal(unitOf("etl_peak_rss_mb"), "MB");
    assert.equal(unitOf("assets_bytes_gzip"), "bytes");
    assert.equal(unitOf("speedup_vs_original"), "x");
    assert.equal(unitOf("films"), "count");
  });
});
