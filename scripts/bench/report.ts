// The bench's printed table: every figure with its target and verdict, then the scale curve.
import {
  checkTargets,
  FIGURE_KEYS,
  type ColdFigures,
  type Results,
  type TargetCheck,
} from "../../src/bench/performance.ts";
import { formatFigure, formatTarget, unitOf } from "../../src/bench/performance-format.ts";

/** A figure as the table prints it (English number format). */
export const formatValue = (key: string, value: number | null | undefined): string =>
  formatFigure(value ?? null, unitOf(key), "en-US");

function verdict(check: TargetCheck | undefined): string {
  if (!check) return "";
  const goal = `${check.comparison} ${formatTarget(check.value, check.unit, "en-US")}${check.scope === "scale-50000" ? " @50k" : ""}`;
  const state = check.met === null ? "not measured" : check.met ? "met" : "MISSED";
  return `${goal.padEnd(22)} ${state}`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** One row of the cold-visit table: the times, and kB carried as "gzip / raw". */
function coldRow(label: string, figures: Partial<ColdFigures>): string[] {
  const kb = (gzip: keyof ColdFigures, raw: keyof ColdFigures) =>
    figures[gzip] == null
      ? "—"
      : `${formatValue(gzip, figures[gzip])} / ${formatValue(raw, figures[raw])}`;
  return [
    label,
    formatValue("cold_film_facts_ms", figures.cold_film_facts_ms),
    formatValue("cold_film_ms", figures.cold_film_ms),
    kb("cold_film_kb", "cold_film_raw_kb"),
    formatValue("cold_search_ms", figures.cold_search_ms),
    kb("cold_search_kb", "cold_search_raw_kb"),
    formatValue("cold_query_ms", figures.cold_query_ms),
    kb("cold_query_kb", "cold_query_raw_kb"),
  ];
}

export function formatReport(results: Results): string {
  const checks = checkTargets(results);
  const rows = [["figure", "measured", "target"]];
  for (const key of FIGURE_KEYS) {
    const scaleCheck = checks.find((c) => c.key === key && c.scope === "scale-50000");
    const realCheck = checks.find((c) => c.key === key && c.scope === "real");
    rows.push([key, formatValue(key, results[key]), verdict(realCheck)]);
    if (scaleCheck)
      rows.push([`  at 50,000 films`, formatValue(key, scaleCheck.measured), verdict(scaleCheck)]);
  }
  const out = [
    `Filmoteca bench — ${results.input.source}${results.input.dir ? ` (${results.input.dir})` : ""}, ${results.films ?? "?"} films`,
    `${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}, Chromium ${results.machine.chromium}, load average ${results.machine.load_avg_1m} at start`,
    `commit ${results.code.commit.slice(0, 10)} on ${results.code.branch}${results.code.dirty ? " (uncommitted changes)" : ""}`,
    "",
    table(rows),
  ];
  const sizes = Object.keys(results.scale);
  if (sizes.length) {
    const scaleRows = [
      [
        "films",
        "etl",
        "etl cpu",
        "peak RSS",
        "recommender gzip",
        "recommend p50",
        "recommend p95",
        "note",
      ],
    ];
    for (const size of sizes) {
      const p = results.scale[size];
      if (p.status === "failed") scaleRows.push([size, "—", "—", "—", "—", "—", "—", p.reason]);
      else
        scaleRows.push([
          size,
          formatValue("etl_seconds", p.etl_seconds),
          formatValue("etl_seconds", p.etl_cpu_seconds),
          formatValue("etl_peak_rss_mb", p.etl_peak_rss_mb),
          formatValue("recommender_assets_bytes_gzip", p.recommender_assets_bytes_gzip),
          formatValue("recommend_p50_ms", p.recommend_p50_ms),
          formatValue("recommend_p95_ms", p.recommend_p95_ms),
          p.reason ?? "",
        ]);
    }
    out.push("", "scale (synthetic catalogues)", table(scaleRows));
  }
  const coldRows = [
    ["cold visits", "film facts", "5 recs", "film kB", "search", "search kB", "query", "query kB"],
    coldRow(`real (${results.films ?? "?"} films)`, results),
    ...sizes.flatMap((size) => {
      const p = results.scale[size];
      return p.status === "measured" ? [coldRow(`${size} films`, p)] : [];
    }),
  ];
  out.push(
    "",
    "cold visits over the emulated phone link (1.6 Mbit/s shared, 150 ms per request); kB gzip / raw",
    table(coldRows),
  );
  if (results.notes.length) out.push("", ...results.notes.map((n) => `note: ${n}`));
  const gaps = notMeasured(results);
  if (gaps.length) out.push("", ...gaps.map((g) => `NOT MEASURED ${g}`));
  return out.join("\n");
}

/**
 * Every figure the run could not measure, with its reason: the named figures, and the scale points
 * that failed or were measured only in part. Any of them makes `npm run bench` exit 1.
 */
export function notMeasured(results: Results): string[] {
  return [
    ...results.missing.map((m) => `${m.key}: ${m.reason}`),
    ...Object.entries(results.scale).flatMap(([size, p]) =>
      p.status === "failed" || p.reason ? [`scale ${size}: ${p.reason}`] : [],
    ),
  ];
}
