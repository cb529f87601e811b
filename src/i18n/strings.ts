// Every string the site shows, in Spanish (first) and English. Pages pick a dictionary by `lang`.
import { numberFormat } from "../lib/numbers.ts";

export const LANGS = ["es", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const strings = {
  es: {
    siteName: "Filmoteca",
    tagline: "Datos de cine abiertos, calculados en tu navegador",
    home: "Inicio",
    searchLabel: "Busca una película, una persona o una saga",
    searchPlaceholder: "Toy Story, Amélie, El laberinto del fauno…",
    searchButton: "Buscar",
    filmsCount: (n: string) => `${n} películas en el catálogo`,
    loading: "Cargando los datos…",
    similar: "Películas similares",
    noMatch: "Ninguna película coincide con",
    loadError:
      "No se pudieron cargar los datos de las películas. Comprueba la conexión y recarga la página.",
    reload: "Recargar",
    sourceNote: {
      vega: "Fuente: la tabla de películas de vega-datasets (3.201 películas, sin sinopsis ni países).",
      kaggle: "Fuente: The Movies Dataset (TMDB y MovieLens, 2017).",
    },
    reasons: {
      collection: "misma saga",
      director: "mismo director",
      genres: "géneros",
      keywords: "temas",
      cast: "reparto",
    },
    workerCrash: "El motor de cálculo de la página se ha detenido. Recarga para volver a empezar.",
    skipToContent: "Saltar al contenido",
    nav: {
      label: "Principal",
      browse: "Explorar",
      forYou: "Para ti",
      queries: "Consultas",
      etl: "ETL",
      eda: "Exploración",
      evaluation: "Evaluación",
      performance: "Rendimiento",
    },
    footer: (source: string, films: string) =>
      `Todo se calcula en tu navegador. Datos de esta compilación: ${source}, ${films} películas.`,
    sourceCredit: {
      vega: "la tabla de películas de vega-datasets (BSD-3-Clause)",
      kaggle: "The Movies Dataset de Rounak Banik en Kaggle (TMDB y MovieLens, 2017, CC0)",
    },
    searchHint:
      "Escribe unas letras: se toleran tildes, mayúsculas y una errata. Flechas para elegir, Intro para abrir.",
    popular: "Las más votadas",
    catalogue: "El catálogo",
    sourceName: {
      vega: "la tabla de películas de vega-datasets (incluida por defecto)",
      kaggle: "The Movies Dataset (metadatos de TMDB y valoraciones de MovieLens, 2017)",
    },
    sourceLine: (name: string) => `Fuente: ${name}.`,
    lacksFields: (fields: string) => `Esta fuente no trae ${fields}.`,
    fieldNames: {
      overview: "sinopsis",
      collection: "sagas",
      production_companies: "productoras",
      production_countries: "países",
      cast: "reparto",
      keywords: "temas",
      poster_path: "carteles",
      original_language: "idioma original",
    },
    searching: "Buscando…",
    resultsFor: (q: string) => `Resultados para «${q}»`,
    switchLanguage: "English",
  },
  en: {
    siteName: "Filmoteca",
    tagline: "Open movie data, computed in your browser",
    home: "Home",
    searchLabel: "Find a film, a person or a collection",
    searchPlaceholder: "Toy Story, Amélie, Pan's Labyrinth…",
    searchButton: "Search",
    filmsCount: (n: string) => `${n} films in the catalogue`,
    loading: "Loading the data…",
    similar: "Similar films",
    noMatch: "No film matches",
    loadError: "The film data could not be loaded. Check your connection and reload the page.",
    reload: "Reload",
    sourceNote: {
      vega: "Source: the vega-datasets movies table (3,201 films, no overviews or countries).",
      kaggle: "Source: The Movies Dataset (TMDB and MovieLens, 2017).",
    },
    reasons: {
      collection: "same collection",
      director: "same director",
      genres: "genres",
      keywords: "themes",
      cast: "cast",
    },
    workerCrash: "The page's computing engine stopped. Reload to start again.",
    skipToContent: "Skip to content",
    nav: {
      label: "Main",
      browse: "Browse",
      forYou: "For you",
      queries: "Queries",
      etl: "ETL",
      eda: "Exploration",
      evaluation: "Evaluation",
      performance: "Performance",
    },
    footer: (source: string, films: string) =>
      `Everything is computed in your browser. This build's data: ${source}, ${films} films.`,
    sourceCredit: {
      vega: "the vega-datasets movies table (BSD-3-Clause)",
      kaggle: "Rounak Banik's The Movies Dataset on Kaggle (TMDB and MovieLens, 2017, CC0)",
    },
    searchHint:
      "Type a few letters: accents, case and a typo are forgiven. Arrows to choose, Enter to open.",
    popular: "Most voted",
    catalogue: "The catalogue",
    sourceName: {
      vega: "the vega-datasets movies table (built in by default)",
      kaggle: "The Movies Dataset (TMDB metadata and MovieLens ratings, 2017)",
    },
    sourceLine: (name: string) => `Source: ${name}.`,
    lacksFields: (fields: string) => `This source has no ${fields}.`,
    fieldNames: {
      overview: "overviews",
      collection: "collections",
      production_companies: "companies",
      production_countries: "countries",
      cast: "cast",
      keywords: "themes",
      poster_path: "posters",
      original_language: "original language",
    },
    searching: "Searching…",
    resultsFor: (q: string) => `Results for “${q}”`,
    switchLanguage: "Español",
  },
} as const;

export type Strings = (typeof strings)[Lang];

export const t = (lang: Lang): Strings => strings[lang];

/** Formats a number for the language (1.234 in Spanish, 1,234 in English), to `digits` decimals. */
export const formatNumber = (lang: Lang, n: number, digits?: number) =>
  numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
