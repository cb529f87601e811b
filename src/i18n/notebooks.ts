// The words of the ETL and EDA notebook pages, in Spanish (first) and English: what both share
// (number formats, month and weekday names, source names) here, each page's own words in
// notebook-etl.ts and notebook-eda.ts.
import { edaStrings } from "./notebook-eda.ts";
import { etlStrings } from "./notebook-etl.ts";
import { numberFormat } from "../lib/numbers.ts";
import type { Lang } from "./strings.ts";

/** Number formats of a language: integers, decimals, compact money and percentages. */
export function formats(lang: Lang) {
  const int = numberFormat(lang, { maximumFractionDigits: 0 });
  const compact = numberFormat(lang, { notation: "compact", maximumFractionDigits: 1 });
  const pct = numberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
  return {
    int: (n: number) => int.format(n),
    num: (n: number | null, digits = 2) =>
      n === null || !Number.isFinite(n)
        ? "—"
        : numberFormat(lang, { maximumFractionDigits: digits }).format(n),
    /** Without thousands separators (years). */
    plain: (n: number) =>
      numberFormat(lang, { maximumFractionDigits: 2, useGrouping: false }).format(n),
    compact: (n: number) => compact.format(n),
    money: (n: number) => `$${compact.format(n)}`,
    pct: (n: number) => pct.format(n),
    /** Ratios like ×0,01 … ×1.000 for a log10 axis. */
    ratio: (log: number) =>
      `×${numberFormat(lang, { maximumSignificantDigits: 3 }).format(10 ** log)}`,
  };
}

export const MONTHS = {
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
} as const;

/** Month abbreviations for chart ticks. */
export const MONTHS_SHORT = {
  es: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
} as const;

export const WEEKDAYS = {
  es: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
} as const;

const sourceName = { vega: "vega-datasets (movies.json)", kaggle: "The Movies Dataset (Kaggle)" };

const es = {
  sourceName,
  absentColumn: (column: string) =>
    `Esta fuente no tiene la columna ${column}: no hay nada que dibujar aquí.`,
  eda: edaStrings.es,
  etl: etlStrings.es,
};

const en: typeof es = {
  sourceName,
  absentColumn: (column: string) =>
    `This source has no ${column} column: there is nothing to draw here.`,
  eda: edaStrings.en,
  etl: etlStrings.en,
};

export const notebookStrings: Record<Lang, typeof es> = { es, en };

export const nb = (lang: Lang) => notebookStrings[lang];
