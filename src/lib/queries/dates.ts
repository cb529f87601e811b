// peliculas_mes and peliculas_dia: films released in a month or on a weekday, all years. Month and
// weekday names come from Intl (Spanish and English, long and short); the counts are made once.
import type { Catalog } from "../catalog.ts";
import { fold } from "../text.ts";
import {
  errorAnswer,
  memo,
  required,
  type Answer,
  type QueryContext,
  type QueryInput,
} from "./answer.ts";

/** Names of the 12 months (`unit` "month") or 7 weekdays from Monday (`unit` "weekday"). */
export function calendarNames(
  unit: "month" | "weekday",
  lang: "es" | "en",
  style: "long" | "short" = "long",
): string[] {
  const format = new Intl.DateTimeFormat(lang, { [unit]: style, timeZone: "UTC" });
  // 2001-01-01 was a Monday.
  return unit === "month"
    ? Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2001, m, 1)))
    : Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2001, 0, 1 + d)));
}

interface Calendar {
  /** Spanish names, the answers' spelling (`enero`, `miércoles`). */
  names: string[];
  /** Every accepted spelling, folded, to its position. */
  lookup: Map<string, number>;
}

function calendar(unit: "month" | "weekday"): Calendar {
  const names = calendarNames(unit, "es");
  const lookup = new Map<string, number>();
  const spellings = [
    names,
    calendarNames(unit, "en"),
    calendarNames(unit, "es", "short"),
    calendarNames(unit, "en", "short"),
  ];
  for (const list of spellings)
    list.forEach((name, i) => lookup.set(fold(name).replace(/\.$/, ""), i));
  if (unit === "month") lookup.set("setiembre", 8); // the Latin American spelling
  return { names, lookup };
}

/** Films per month (0 = January) and per weekday (0 = Monday, from the date in UTC). */
export function releaseCounts(catalog: Catalog): { months: Int32Array; weekdays: Int32Array } {
  const months = new Int32Array(12);
  const weekdays = new Int32Array(7);
  for (let row = 0; row < catalog.size; row++) {
    const date = catalog.releaseDate[row];
    if (date.length !== 10) continue; // unknown release date
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7)) - 1;
    const day = Number(date.slice(8, 10));
    months[month]++;
    weekdays[(new Date(Date.UTC(year, month, day)).getUTCDay() + 6) % 7]++;
  }
  return { months, weekdays };
}

function countBy(
  context: QueryContext,
  input: QueryInput,
  unit: "month" | "weekday",
  param: "mes" | "dia",
): Answer {
  const value = required(input, param);
  if (typeof value !== "string") return value;
  const { names, lookup } = memo(context, `calendar:${unit}`, () => calendar(unit));
  const position = lookup.get(fold(value).replace(/\.$/, ""));
  if (position === undefined) {
    const what = unit === "month" ? "un mes" : "un día de la semana";
    return errorAnswer(`"${value}" no es ${what}`, suggestNames(value, names));
  }
  const counts = memo(context, "releaseCounts", () => releaseCounts(context.catalog));
  const cantidad = (unit === "month" ? counts.months : counts.weekdays)[position];
  return { [param]: names[position], cantidad };
}

/** Up to 5 names starting like `value` (folded), else the whole list's first five. */
function suggestNames(value: string, names: string[]): string[] {
  const start = fold(value).slice(0, 2);
  const hits = names.filter((n) => fold(n).startsWith(start));
  return (hits.length > 0 ? hits : names).slice(0, 5);
}

export const peliculasMes = (context: QueryContext, input: QueryInput) =>
  countBy(context, input, "month", "mes");

export const peliculasDia = (context: QueryContext, input: QueryInput) =>
  countBy(context, input, "weekday", "dia");

/** The Spanish names, for the form's suggestions. */
export const spanishNames = (context: QueryContext, unit: "month" | "weekday") =>
  memo(context, `calendar:${unit}`, () => calendar(unit)).names;
