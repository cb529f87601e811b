// Strings of the browse pages (films by genre, decade, year, language, country, company, collection
// or person) and of the search box's people and collections, in Spanish and English.
import type { BrowseFacet, BrowseSort } from "../lib/browse.ts";
import { genreName } from "./genres.ts";
import { languageName } from "./languages.ts";
import type { Lang } from "./strings.ts";

export const browseStrings = {
  es: {
    pageTitle: "Explorar",
    intro: "Películas del catálogo por género, década, idioma, saga o persona.",
    facet: {
      genre: "Género",
      decade: "Década",
      year: "Año",
      language: "Idioma original",
      country: "País de producción",
      company: "Productora",
      collection: "Saga",
      director: "Dirección",
      actor: "Reparto",
    } satisfies Record<BrowseFacet, string>,
    byGenre: "Por género",
    byDecade: "Por década",
    byLanguage: "Por idioma original",
    decade: (d: string) => `Años ${d}`,
    films: (n: string, one: boolean) => (one ? `${n} película` : `${n} películas`),
    sortLabel: "Ordenar por",
    sort: {
      votes: "Más votadas",
      rating: "Mejor valoradas",
      year: "Más recientes",
      title: "Título (A–Z)",
    } satisfies Record<BrowseSort, string>,
    ratingNote: (n: number) =>
      `Primero las películas con al menos ${n} votos: la media de unos pocos votos dice poco.`,
    apply: "Aplicar",
    pageOf: (p: string, of: string) => `Página ${p} de ${of}`,
    previous: "Anterior",
    next: "Siguiente",
    pagination: "Páginas",
    loading: "Cargando las películas…",
    none: (facet: string, value: string) =>
      `Ninguna película tiene ${facet.toLowerCase()} «${value}».`,
    closest: "Quizá buscabas:",
    noneHere: "Esta página no tiene películas: la lista es más corta.",
    firstPage: "Ir a la primera página",
    lacks: "Esta fuente de datos no trae este dato.",
    unknownFacet: "La dirección no dice qué explorar.",
    rating: (avg: string, votes: string) => `${avg} / 10 · ${votes} votos`,
    noVotes: "sin votos",
    query: "Consulta de la API original",
    searchKind: {
      collection: "Saga",
      director: "Dirección",
      actor: "Reparto",
    },
    filmsShort: (n: string, one: boolean) => (one ? `${n} película` : `${n} películas`),
  },
  en: {
    pageTitle: "Browse",
    intro: "Films of the catalogue by genre, decade, language, collection or person.",
    facet: {
      genre: "Genre",
      decade: "Decade",
      year: "Year",
      language: "Original language",
      country: "Production country",
      company: "Company",
      collection: "Collection",
      director: "Director",
      actor: "Cast",
    } satisfies Record<BrowseFacet, string>,
    byGenre: "By genre",
    byDecade: "By decade",
    byLanguage: "By original language",
    decade: (d: string) => `The ${d}s`,
    films: (n: string, one: boolean) => (one ? `${n} film` : `${n} films`),
    sortLabel: "Sort by",
    sort: {
      votes: "Most voted",
      rating: "Best rated",
      year: "Newest",
      title: "Title (A–Z)",
    } satisfies Record<BrowseSort, string>,
    ratingNote: (n: number) =>
      `Films with at least ${n} votes come first: the average of a few votes says little.`,
    apply: "Apply",
    pageOf: (p: string, of: string) => `Page ${p} of ${of}`,
    previous: "Previous",
    next: "Next",
    pagination: "Pages",
    loading: "Loading the films…",
    none: (facet: string, value: string) => `No film has ${facet.toLowerCase()} “${value}”.`,
    closest: "Did you mean:",
    noneHere: "This page holds no film: the list is shorter.",
    firstPage: "Go to the first page",
    lacks: "This data source does not have this field.",
    unknownFacet: "The address does not say what to browse.",
    rating: (avg: string, votes: string) => `${avg} / 10 · ${votes} votes`,
    noVotes: "no votes",
    query: "Query of the original API",
    searchKind: {
      collection: "Collection",
      director: "Director",
      actor: "Cast",
    },
    filmsShort: (n: string, one: boolean) => (one ? `${n} film` : `${n} films`),
  },
} as const;

export const browseT = (lang: Lang) => browseStrings[lang];

/** A facet value as a reader of `lang` reads it: genres and languages translated, decades spelt. */
export function valueLabel(lang: Lang, facet: BrowseFacet, value: string): string {
  if (facet === "genre") return genreName(value, lang);
  if (facet === "language") return languageName(lang, value);
  if (facet === "decade") return browseT(lang).decade(value);
  return value;
}
