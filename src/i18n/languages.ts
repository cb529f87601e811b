// Names of the data's original-language codes in the page's language. Intl.DisplayNames knows the
// ISO 639-1 codes; TMDB also uses a few of its own, which this table names.
import type { Lang } from "./strings.ts";

/** TMDB's codes that are not ISO 639-1 (or that Intl names oddly), named in each language. */
const TMDB_CODES: Record<string, Record<Lang, string>> = {
  cn: { es: "cantonés", en: "Cantonese" },
  xx: { es: "sin idioma", en: "no language" },
  sh: { es: "serbocroata", en: "Serbo-Croatian" },
  mo: { es: "moldavo", en: "Moldovan" },
};

const locale = (lang: Lang) => (lang === "es" ? "es-ES" : "en-US");

/**
 * The name of a language code in `lang` ("fr" → "francés" / "French", "cn" → "cantonés"); a code
 * nobody names is shown as "language «code»" rather than bare.
 */
export function languageName(lang: Lang, code: string): string {
  const known = TMDB_CODES[code.toLowerCase()];
  if (known) return known[lang];
  try {
    const name = new Intl.DisplayNames([locale(lang)], { type: "language", fallback: "none" }).of(
      code,
    );
    if (name && name.toLowerCase() !== code.toLowerCase()) return name;
  } catch {
    // Not a well-formed code: named below.
  }
  return lang === "es" ? `idioma «${code}»` : `language “${code}”`;
}

/** The name of a country by its ISO 3166-1 code in `lang`, or null when Intl does not know it. */
export function countryName(lang: Lang, code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames([locale(lang)], { type: "region", fallback: "none" }).of(
      code,
    );
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}
