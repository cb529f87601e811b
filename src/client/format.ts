// Numbers, money, languages and lists as a reader of each language expects them. Unknown amounts
// (the data's 0) are spelt out as unknown, never shown as 0.
import type { Lang } from "../i18n/strings.ts";
import { formatDollars, formatFixed, formatNum, localeOf } from "../lib/numbers.ts";

const locale = localeOf;

/** Dollars, whole; null for the data's "unknown" (0 or less). */
export function money(lang: Lang, amount: number): string | null {
  if (!(amount > 0)) return null;
  return formatDollars(lang, amount);
}

/** Revenue over budget, e.g. "12,3"; null unless both are known. */
export function ratio(lang: Lang, revenue: number, budget: number): string | null {
  if (!(revenue > 0 && budget > 0)) return null;
  return formatNum(lang, revenue / budget, 1);
}

export const count = (lang: Lang, n: number): string => formatNum(lang, n);

export const decimal = (lang: Lang, n: number): string => formatFixed(lang, n, 1);

/** "Tom Hanks, Tim Allen y Don Rickles" / "…, and …". */
export const list = (lang: Lang, items: readonly string[]): string =>
  new Intl.ListFormat(locale(lang), { type: "conjunction" }).format(items);

/** The language's name for a code ("fr" → "francés", "cn" → "cantonés"): src/i18n/languages.ts. */
export { languageName } from "../i18n/languages.ts";
