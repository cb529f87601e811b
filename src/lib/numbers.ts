// Numbers as each page's language writes them, from one place: 0,795 and 25.732 in Spanish, 0.795
// and 25,732 in English. Thousands are always grouped (4.995, not Spanish's default 4995), so that
// every number of a page reads alike; years are written without grouping by the callers.

/** The site's languages (src/i18n/strings.ts names the same two). */
export type NumberLang = "es" | "en";

export const localeOf = (lang: NumberLang): string => (lang === "es" ? "es-ES" : "en-US");

const cache = new Map<string, Intl.NumberFormat>();

/** An Intl.NumberFormat for `lang` that groups thousands always; made once per options. */
export function numberFormat(
  lang: NumberLang,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), { useGrouping: "always", ...options });
    cache.set(key, format);
  }
  return format;
}

/** A whole number or one rounded to at most `digits` decimals (default 0): "4.995", "0,8". */
export const formatNum = (lang: NumberLang, n: number, digits = 0): string =>
  numberFormat(lang, { maximumFractionDigits: digits }).format(n);

/** Exactly `digits` decimals: "0,795", "2,50". */
export const formatFixed = (lang: NumberLang, n: number, digits: number): string =>
  numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

/** A share of 1 as a percentage, to at most `digits` decimals (default 1): "2 %", "2%". */
export const formatPercent = (lang: NumberLang, share: number, digits = 1): string =>
  numberFormat(lang, { style: "percent", maximumFractionDigits: digits }).format(share);

/** Whole dollars: "8.500.000 US$", "$8,500,000". */
export const formatDollars = (lang: NumberLang, amount: number): string =>
  numberFormat(lang, { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(
    amount,
  );
