// Every string the site shows, in Spanish (first) and English. Pages pick a dictionary by `lang`.
export const LANGS = ["es", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const strings = {
  es: {
    siteName: "Filmoteca",
    tagline: "Datos de cine abiertos, calculados en tu navegador",
    home: "Inicio",
    searchLabel: "Busca una película",
    searchPlaceholder: "Toy Story, Amélie, El laberinto del fauno…",
    searchButton: "Recomendar",
    filmsCount: (n: string) => `${n} películas en el catálogo`,
    loading: "Cargando los datos…",
    similar: "Películas similares",
    noMatch: "Ninguna película coincide con",
    loadError: "No se pudieron cargar los datos",
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
    switchLanguage: "English",
  },
  en: {
    siteName: "Filmoteca",
    tagline: "Open movie data, computed in your browser",
    home: "Home",
    searchLabel: "Find a film",
    searchPlaceholder: "Toy Story, Amélie, Pan's Labyrinth…",
    searchButton: "Recommend",
    filmsCount: (n: string) => `${n} films in the catalogue`,
    loading: "Loading the data…",
    similar: "Similar films",
    noMatch: "No film matches",
    loadError: "The data could not be loaded",
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
    switchLanguage: "Español",
  },
} as const;

export type Strings = (typeof strings)[Lang];

export const t = (lang: Lang): Strings => strings[lang];

/** Formats a number for the language (1.234 in Spanish, 1,234 in English). */
export const formatNumber = (lang: Lang, n: number) =>
  new Intl.NumberFormat(lang === "es" ? "es-ES" : "en-US").format(n);
