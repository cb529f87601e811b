// franquicia, peliculas_pais, productoras, peliculas_idioma: films that share a collection, a
// production country, a company or an original language. Each value index is built once.
import type { Catalog } from "../catalog.ts";
import {
  memo,
  sumOverKnownMoney,
  type Answer,
  type QueryContext,
  type QueryInput,
} from "./answer.ts";
import { createValueIndex, findValue, isHit, type ValueIndex } from "./values.ts";

/** The grouping columns the form and the queries look values up in. */
export type GroupKind = "collection" | "country" | "company" | "language";

/** Names of a code in Spanish and English (Intl knows ISO 639-1 and ISO 3166-1; no table needed). */
export function displayNames(type: "language" | "region", code: string): string[] {
  const out: string[] = [];
  for (const lang of ["es", "en"]) {
    try {
      const name = new Intl.DisplayNames(lang, { type, fallback: "none" }).of(code);
      if (name) out.push(name);
    } catch {
      // Not a well-formed code (e.g. "xx"): it is matched by its code alone.
    }
  }
  return out;
}

/** The ISO code of each country name, read from the aligned code column. */
function countryCodes(catalog: Catalog): Map<string, string> {
  const codes = new Map<string, string>();
  for (let row = 0; row < catalog.size; row++) {
    const names = catalog.countries[row];
    const isos = catalog.countryCodes[row];
    if (!names || !isos) continue;
    names.forEach((name, i) => isos[i] && !codes.has(name) && codes.set(name, isos[i]));
  }
  return codes;
}

/** The other texts that name a value of `kind` (an ISO code, a translated name, a short name). */
export function valueAliases(catalog: Catalog, kind: GroupKind): (name: string) => string[] {
  switch (kind) {
    case "collection":
      // "Toy Story" finds "Toy Story Collection".
      return (name) => {
        const short = name.replace(/\s+collection$/i, "");
        return short === name ? [] : [short];
      };
    case "country": {
      const codes = countryCodes(catalog);
      return (name) => {
        const code = codes.get(name);
        return code ? [code, ...displayNames("region", code)] : [];
      };
    }
    case "company":
      return () => [];
    case "language":
      return (code) => displayNames("language", code);
  }
}

/** The catalogue column whose values `kind` indexes. */
export function groupColumn(catalog: Catalog, kind: GroupKind) {
  return {
    collection: catalog.collection,
    country: catalog.countries,
    company: catalog.companies,
    language: catalog.originalLanguage,
  }[kind];
}

function buildIndex(catalog: Catalog, kind: GroupKind): ValueIndex {
  return createValueIndex(groupColumn(catalog, kind), { aliases: valueAliases(catalog, kind) });
}

/** The value index of a grouping column, built on first use. */
export const groupIndex = (context: QueryContext, kind: GroupKind): ValueIndex =>
  memo(context, `group:${kind}`, () => buildIndex(context.catalog, kind));

const WHAT: Record<GroupKind, string> = {
  collection: "ninguna franquicia",
  country: "ningún país de producción",
  company: "ninguna productora",
  language: "ningún idioma original",
};

export function franquicia(context: QueryContext, input: QueryInput): Answer {
  const hit = findValue(groupIndex(context, "collection"), input, "franquicia", WHAT.collection);
  if (!isHit(hit)) return hit;
  const { budget, revenue } = context.catalog;
  const profit = sumOverKnownMoney(context.catalog, hit.rows, (row) => revenue[row] - budget[row]);
  return {
    franquicia: hit.name,
    cantidad: hit.rows.length,
    ganancia_total: profit.total,
    ganancia_promedio: profit.mean,
  };
}

export function peliculasPais(context: QueryContext, input: QueryInput): Answer {
  const hit = findValue(groupIndex(context, "country"), input, "pais", WHAT.country);
  return isHit(hit) ? { pais: hit.name, cantidad: hit.rows.length } : hit;
}

export function productoras(context: QueryContext, input: QueryInput): Answer {
  const hit = findValue(groupIndex(context, "company"), input, "productora", WHAT.company);
  if (!isHit(hit)) return hit;
  // An unknown revenue is written 0, so it adds nothing to the sum.
  let total = 0;
  for (const row of hit.rows) total += context.catalog.revenue[row];
  return { productora: hit.name, ganancia_total: total, cantidad: hit.rows.length };
}

export function peliculasIdioma(context: QueryContext, input: QueryInput): Answer {
  const hit = findValue(groupIndex(context, "language"), input, "idioma", WHAT.language);
  return isHit(hit) ? { idioma: hit.name, cantidad: hit.rows.length } : hit;
}
