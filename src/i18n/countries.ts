// Country names in the page's language from the ISO code the data gives (Intl knows the current
// ones); the data's historic codes, which Intl reads as today's countries, are named here.
import type { Lang } from "./strings.ts";

const HISTORIC: Record<string, Record<Lang, string>> = {
  SU: { es: "Unión Soviética", en: "Soviet Union" },
  XC: { es: "Checoslovaquia", en: "Czechoslovakia" },
  CS: { es: "Checoslovaquia", en: "Czechoslovakia" },
  YU: { es: "Yugoslavia", en: "Yugoslavia" },
  XG: { es: "Alemania del Este", en: "East Germany" },
  DD: { es: "Alemania del Este", en: "East Germany" },
};

/** The name of country `code` in `lang`, else `fallback` (the data's own English name). */
export function countryName(lang: Lang, code: string | undefined, fallback: string): string {
  if (!code) return fallback;
  const historic = HISTORIC[code.toUpperCase()];
  if (historic) return historic[lang];
  try {
    return new Intl.DisplayNames([lang], { type: "region", fallback: "none" }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}
