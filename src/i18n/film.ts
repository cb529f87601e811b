// Strings of the film page and of film cards (reasons, facts, filters, errors), in Spanish and English.
import type { Lang } from "./strings.ts";

export const filmStrings = {
  es: {
    pageTitle: "Película",
    loadingFilm: "Cargando la película…",
    noId: "Falta el número de la película en la dirección (por ejemplo /pelicula/?id=862).",
    unknownFilm: (id: string) => `No hay ninguna película con el número «${id}» en este catálogo.`,
    backHome: "Buscar otra película",
    facts: "Ficha",
    year: "Año",
    runtime: "Duración",
    minutes: (n: string) => `${n} min`,
    genres: "Géneros",
    collection: "Saga",
    companies: "Productoras",
    countries: "Países",
    budget: "Presupuesto",
    revenue: "Recaudación",
    return: "Retorno",
    returnValue: (x: string) => `${x} veces lo invertido`,
    doubtful: "dato dudoso: menos de 1.000 US$",
    doubtfulReturn: "dato dudoso: sale de una cifra de menos de 1.000 US$",
    votes: "Valoración",
    votesValue: (avg: string, n: string) => `${avg} / 10 · ${n} votos`,
    votesCount: (n: string) => `${n} votos`,
    language: "Idioma original",
    director: "Dirección",
    cast: "Reparto",
    overview: "Sinopsis",
    unknown: "desconocido",
    /** "Unknown" agreeing with each row's noun (Dirección desconocida, Países desconocidos…). */
    unknownAs: {
      m: "desconocido",
      f: "desconocida",
      mp: "desconocidos",
      fp: "desconocidas",
    },
    noCollection: "ninguna",
    links: "Enlaces",
    linkImdb: (title: string) => `${title} en IMDb`,
    linkTmdb: (title: string) => `${title} en TMDB`,
    browseYear: (year: string) => `Películas de ${year}`,
    originalTitle: "Título original",
    poster: (title: string) => `Cartel de ${title}`,
    similar: "Recomendaciones",
    similarCount: (n: number) =>
      n === 0
        ? "Ninguna película cumple los filtros."
        : n === 1
          ? "1 recomendación."
          : `${n} recomendaciones.`,
    alike: "Parecidas por su contenido",
    alikeCount: (n: number) =>
      n === 0
        ? "Ninguna película cumple los filtros."
        : n === 1
          ? "1 película parecida por su historia, sus temas, su gente o su saga."
          : `${n} películas parecidas por su historia, sus temas, su gente o su saga.`,
    fewPass: (n: number, of: number) =>
      n === 0
        ? `Ninguna de las ${of} recomendaciones de esta película cumple los filtros.`
        : `Solo ${n} de las ${of} recomendaciones de esta película ${n === 1 ? "cumple" : "cumplen"} los filtros.`,
    wholeCatalogue: (mb: string) => `Buscar en todo el catálogo (descarga ${mb} MB)`,
    loadingWhole: "Descargando el catálogo completo…",
    filters: "Filtrar las recomendaciones",
    yearFrom: "Desde el año",
    yearTo: "Hasta el año",
    genre: "Género",
    anyGenre: "Cualquiera",
    lang: "Idioma",
    anyLanguage: "Cualquiera",
    minVotes: "Votos mínimos",
    yearProblem: {
      digits: () => "Escribe el año con sus cuatro cifras, p. ej. 1995.",
      range: (min: string, max: string) => `El catálogo va de ${min} a ${max}.`,
      inverted: () => "Es anterior a «Desde el año»: ningún año cabe entre los dos.",
    },
    clearFilters: "Quitar filtros",
    reasons: {
      coLiked: (v: string) => `Les gustó a quienes disfrutaron ${v}`,
      popular: () => "Entre las que más espectadores disfrutaron",
      someViewers: (v: string) => `También la disfrutaron algunos espectadores de ${v}`,
      alikeViewers: (v: string) => `Les gustó a quienes disfrutaron películas parecidas a ${v}`,
      alike: () => "Parecida en el conjunto de sus datos",
      collection: (v: string) => `De la misma saga: ${v}`,
      director: (v: string) => `Mismo director: ${v}`,
      genres: (v: string) => `Comparten género: ${v}`,
      keywords: (v: string) => `Temas en común: ${v}`,
      cast: (v: string) => `Mismo reparto: ${v}`,
      youLiked: (n: number, v: string) =>
        n === 1 ? `Porque te gustó ${v}` : `Porque te gustaron ${v}`,
      more: (n: number) => `${n} más`,
    },
    and: "y",
  },
  en: {
    pageTitle: "Film",
    loadingFilm: "Loading the film…",
    noId: "The address lacks the film's number (for example /en/film/?id=862).",
    unknownFilm: (id: string) => `There is no film numbered “${id}” in this catalogue.`,
    backHome: "Find another film",
    facts: "Facts",
    year: "Year",
    runtime: "Runtime",
    minutes: (n: string) => `${n} min`,
    genres: "Genres",
    collection: "Collection",
    companies: "Companies",
    countries: "Countries",
    budget: "Budget",
    revenue: "Revenue",
    return: "Return",
    returnValue: (x: string) => `${x} times the budget`,
    doubtful: "doubtful figure: under $1,000",
    doubtfulReturn: "doubtful figure: made of an amount under $1,000",
    votes: "Rating",
    votesValue: (avg: string, n: string) => `${avg} / 10 · ${n} votes`,
    votesCount: (n: string) => `${n} votes`,
    language: "Original language",
    director: "Director",
    cast: "Cast",
    overview: "Overview",
    unknown: "unknown",
    unknownAs: { m: "unknown", f: "unknown", mp: "unknown", fp: "unknown" },
    noCollection: "none",
    links: "Links",
    linkImdb: (title: string) => `${title} on IMDb`,
    linkTmdb: (title: string) => `${title} on TMDB`,
    browseYear: (year: string) => `Films of ${year}`,
    originalTitle: "Original title",
    poster: (title: string) => `Poster of ${title}`,
    similar: "Recommendations",
    similarCount: (n: number) =>
      n === 0
        ? "No film passes the filters."
        : n === 1
          ? "1 recommendation."
          : `${n} recommendations.`,
    alike: "Alike in content",
    alikeCount: (n: number) =>
      n === 0
        ? "No film passes the filters."
        : n === 1
          ? "1 film alike in story, themes, people or collection."
          : `${n} films alike in story, themes, people or collection.`,
    fewPass: (n: number, of: number) =>
      n === 0
        ? `None of this film's ${of} recommendations passes the filters.`
        : `Only ${n} of this film's ${of} recommendations ${n === 1 ? "passes" : "pass"} the filters.`,
    wholeCatalogue: (mb: string) => `Search the whole catalogue (downloads ${mb} MB)`,
    loadingWhole: "Downloading the whole catalogue…",
    filters: "Filter the recommendations",
    yearFrom: "From year",
    yearTo: "To year",
    genre: "Genre",
    anyGenre: "Any",
    lang: "Language",
    anyLanguage: "Any",
    minVotes: "Minimum votes",
    yearProblem: {
      digits: () => "Type the year's four digits, e.g. 1995.",
      range: (min: string, max: string) => `The catalogue runs from ${min} to ${max}.`,
      inverted: () => "It is before “From year”: no year lies between the two.",
    },
    clearFilters: "Clear filters",
    reasons: {
      coLiked: (v: string) => `Liked by viewers who liked ${v}`,
      popular: () => "Among the films most viewers liked",
      someViewers: (v: string) => `Also liked by some viewers of ${v}`,
      alikeViewers: (v: string) => `Liked by viewers of films like ${v}`,
      alike: () => "Alike in its data as a whole",
      collection: (v: string) => `Same collection: ${v}`,
      director: (v: string) => `Same director: ${v}`,
      genres: (v: string) => `Shares genres: ${v}`,
      keywords: (v: string) => `Common themes: ${v}`,
      cast: (v: string) => `Same cast: ${v}`,
      youLiked: (_n: number, v: string) => `Because you liked ${v}`,
      more: (n: number) => `${n} more`,
    },
    and: "and",
  },
} as const;

export type FilmStrings = (typeof filmStrings)[Lang];

export const filmT = (lang: Lang): FilmStrings => filmStrings[lang];
