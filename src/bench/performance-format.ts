// Figures of the benchmark as people read them: milliseconds with two decimals, bytes as MB.
import type { Target } from "./performance.ts";

const MB = 1024 * 1024;

/** Formats `value` of a figure in `unit` for a locale ("es-ES" or "en-US"). */
export function formatFigure(
  value: number | null | undefined,
  unit: Target["unit"] | "count",
  locale: string,
): string {
  if (value === null || value === undefined) return "—";
  const n = (v: number, digits: number) =>
    new Intl.NumberFormat(locale, {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(v);
  switch (unit) {
    case "ms":
      return `${n(value, 2)} ms`;
    case "s":
      return `${n(value, 1)} s`;
    case "MB":
      return `${n(value, 0)} MB`;
    case "bytes":
      return `${n(value / MB, 2)} MB`;
    case "kB":
      return `${n(value, 1)} kB`;
    case "x":
      return `${n(value, 1)}×`;
    case "count":
      return n(value, 0);
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
