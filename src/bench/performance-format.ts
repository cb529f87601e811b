// Figures of the benchmark as people read them: times in ms or s by their size, bytes as MB and
// MiB side by side (the targets are MiB, hosts and browsers count MB), memory as MiB (what the
// kernel reports), and targets as round numbers ("≤ 1 s", not "≤ 1000,00 ms").
import { numberFormat, type NumberLang } from "../lib/numbers.ts";
import type { Target } from "./performance.ts";

const MIB = 1024 * 1024;

/** The language of a locale ("es-ES" → "es"; anything else reads as English). */
const langOf = (locale: string): NumberLang => (locale.startsWith("es") ? "es" : "en");

/** Formats a measured `value` of a figure in `unit` for a locale ("es-ES" or "en-US"). */
export function formatFigure(
  value: number | null | undefined,
  unit: Target["unit"] | "count",
  locale: string,
): string {
  if (value === null || value === undefined) return "—";
  const lang = langOf(locale);
  const n = (v: number, digits: number, min = digits) =>
    numberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: min }).format(v);
  switch (unit) {
    case "ms":
      // A second and more reads as seconds; below, as many decimals as the size needs.
      if (value >= 1000) return `${n(value / 1000, 2, 1)} s`;
      return `${value >= 100 ? n(value, 0) : value >= 1 ? n(value, 2) : n(value, 3, 2)} ms`;
    case "s":
      return `${n(value, 1)} s`;
    case "MB":
      // Peak RSS, counted by the kernel in KiB: MiB.
      return `${n(value, 0)} MiB`;
    case "bytes":
      return `${n(value / 1e6, 2)} MB (${n(value / MIB, 2)} MiB)`;
    case "kB":
      return `${n(value, 1)} kB`;
    case "x":
      return `${n(value, value >= 100 ? 0 : 1)}×`;
    case "count":
      return n(value, 0);
  }
}

/** Formats a target's value as it was set: a round number, no trailing zeros ("1 s", "4 MiB"). */
export function formatTarget(value: number, unit: Target["unit"], locale: string): string {
  const lang = langOf(locale);
  const n = (v: number) => numberFormat(lang, { maximumFractionDigits: 2 }).format(v);
  switch (unit) {
    case "ms":
      return value >= 1000 ? `${n(value / 1000)} s` : `${n(value)} ms`;
    case "s":
      return `${n(value)} s`;
    case "MB":
      return value >= 1024 ? `${n(value / 1024)} GiB` : `${n(value)} MiB`;
    case "bytes":
      return `${n(value / MIB)} MiB (${n(value / 1e6)} MB)`;
    case "kB":
      return `${n(value)} kB`;
    case "x":
      return `${n(value)}×`;
  }
}

/** The unit of each figure key, for formatting. */
export function unitOf(key: string): Target["unit"] | "count" {
  if (key === "films") return "count";
  if (key.endsWith("_kb")) return "kB";
  if (key.endsWith("_ms")) return "ms";
  if (key === "etl_seconds") return "s";
  if (key.endsWith("_mb")) return "MB";
  if (key.includes("bytes")) return "bytes";
  return "x";
}
