// franquicia, peliculas_pais, productoras, peliculas_idioma: films that share a collection, a
// production country, a company or an original language. Each value index is built once.
import type { Catalog } from "../catalog.ts";
import { hasDoubtfulMoney, meanOf, sumMoney } from "../money.ts";
import {
  memo,
  topFilms,
  type Answer,
  type ListedFilm,
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

/**
 * The films of a collection, in release order, with the figures its profit is made of; a doubtful
 * figure is flagged (`dato_dudoso`), since the profit leaves that film out.
 */
function collectionFilms(context: QueryContext, rows: Int32Array): ListedFilm[] {
  const { id, title, releaseYear, releaseDate, budget, revenue } = context.catalog;
  return [...rows]
    .sort((a, b) =>
      releaseDate[a] < releaseDate[b] ? -1 : releaseDate[a] > releaseDate[b] ? 1 : a - b,
    )
    .map((row) => ({
      id: id[row],
      titulo: title[row],
      año: releaseYear[row],
      inversion: budget[row],
      ganancia: revenue[row],
      ...(hasDoubtfulMoney(budget[row], revenue[row]) ? { dato_dudoso: true } : {}),
    }));
}

/**
 * franquicia as the original answered it: its ETL wrote unknown budget and revenue as 0 and summed
 * revenue − budget over every film, and averaged over them all. Added: how many films had both
 * figures known, how many were left out for a doubtful figure, and the films themselves.
 */
export function franquicia(context: QueryContext, input: QueryInput): Answer {
  const hit = findValue(groupIndex(context, "collection"), input, "franquicia", WHAT.collection);
  if (!isHit(hit)) return hit;
  const { budget, revenue } = context.catalog;
  const profit = sumMoney(hit.rows, budget, revenue, (row) => revenue[row] - budget[row]);
  return {
    franquicia: hit.name,
    cantidad: hit.rows.length,
    ganancia_total: profit.total,
    ganancia_promedio: meanOf(profit),
    con_ambos_datos: profit.known,
    dudosas: profit.doubtful,
    peliculas: collectionFilms(context, hit.rows),
  };
}

export function peliculasPais(context: QueryContext, input: QueryInput): Answer {
  const hit = findValue(groupIndex(context, "country"), input, "pais", WHAT.country);
  if (!isHit(hit)) return hit;
  return {
    pais: hit.name,
    cantidad: hit.rows.length,
    peliculas: topFilms(context.catalog, hit.rows),
  };
}

/** productoras: ganancia_total is the sum of revenue (an unknown one adds 0), as in the original. */
export function productoras(context: QueryContext, input: QueryInput): Answer {
  const hit = findValue(groupIndex(context, "company"), input, "productora", WHAT.company);
  if (!isHit(hit)) return hit;
  const { budget, revenue } = context.catalog;
  const sum = sumMoney(hit.rows, budget, revenue, (row) => revenue[row], { uses: "revenue" });
  return {
    productora: hit.name,
    ganancia_total: sum.total,
    cantidad: hit.rows.length,
    con_recaudacion: sum.known,
    dudosas: sum.doubtful,
    peliculas: topFilms(context.catalog, hit.rows),
  };
}

export function peliculasIdioma(context: QueryContext, input: QueryInput): Answer {
  const hit = findValue(groupIndex(context, "language"), input, "idioma", WHAT.language);
  return isHit(hit) ? { idioma: hit.name, cantidad: hit.rows.length } : hit;
}
