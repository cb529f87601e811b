// The query pages' strings in Spanish and English: each query's title, question and example, the
// form, the answer card's labels and the notes on unknown values.
import type { QueryName } from "../lib/queries/registry.ts";
import type { Lang } from "./strings.ts";

export interface QueryText {
  /** Heading and link text. */
  title: string;
  /** What the query answers, one sentence. */
  question: string;
  /** Label of the input. */
  label: string;
  /** An input that answers, for the placeholder and the index's example link. */
  example: string;
  /** How unknown values are treated, when it matters. */
  note?: string;
}

const unknownMoney = {
  es: "Como en la API original, un presupuesto o una recaudación desconocidos cuentan como 0 en la ganancia, y el promedio se toma sobre todas las películas: la respuesta dice cuántas tienen las dos cifras. Una película con una cifra dudosa (menos de 1.000 US$) queda fuera de la suma, y la respuesta dice cuántas.",
  en: "As in the original API, an unknown budget or revenue counts as 0 in the profit, and the average is over every film: the answer says how many have both figures. A film with a doubtful figure (under $1,000) is left out of the sum, and the answer says how many.",
};

export const queryStrings = {
  es: {
    nav: "Consultas",
    indexTitle: "Consultas",
    groups: ["La API original", "De los proyectos hermanos"],
    indexIntro:
      "Las siete preguntas de la API original, y seis más de sus proyectos hermanos, respondidas en tu navegador. Cada respuesta tiene su enlace permanente y el mismo JSON que daba la API; la línea de comandos (npm run query) da exactamente la misma respuesta.",
    matching:
      "Los nombres se comparan enteros: no importan mayúsculas, acentos ni espacios, pero una parte del nombre no basta.",
    submit: "Consultar",
    year: "Año (opcional)",
    loading: "Cargando los datos…",
    loadError: "No se pudieron cargar los datos",
    working: "Calculando…",
    copyLink: "Copiar enlace",
    copied: "Enlace copiado",
    download: "Descargar JSON",
    json: "La respuesta en JSON",
    noAnswer: "Sin respuesta",
    didYouMean: "Quizá quisiste decir:",
    others: "Otras películas con este título:",
    unknown: "no consta",
    films: (n: string) => `${n} películas`,
    lacks: "Estos datos no tienen lo que esta consulta necesita:",
    lacksColumn: {
      collection: "franquicias (colecciones)",
      production_countries: "países de producción",
      production_companies: "productoras",
      original_language: "idioma original",
      runtime: "duración",
      popularity: "popularidad",
      vote_count: "votos",
      directors: "directores (credits.csv)",
      cast: "reparto (credits.csv)",
    } as Record<string, string>,
    lacksHint:
      "Se construyeron con la fuente «{source}». Constrúyelos desde The Movies Dataset (con credits.csv para directores y reparto) para responderla.",
    example: "Ejemplo",
    keys: {
      mes: "Mes",
      dia: "Día",
      cantidad: "Películas",
      franquicia: "Franquicia",
      ganancia_total: "Ganancia total",
      ganancia_promedio: "Ganancia promedio",
      pais: "País",
      productora: "Productora",
      pelicula: "Película",
      titulo: "Título",
      inversion: "Inversión (presupuesto)",
      ganancia: "Recaudación",
      retorno: "Retorno (recaudación / presupuesto)",
      año: "Año",
      "lista recomendada": "Lista recomendada",
      idioma: "Idioma original",
      duracion: "Duración",
      popularidad: "Popularidad",
      votos: "Votos",
      promedio: "Promedio",
      director: "Director",
      actor: "Actor o actriz",
      peliculas: "Películas",
      retorno_total: "Retorno total",
      retorno_promedio: "Retorno promedio",
      nota: "Nota",
    } as Record<string, string>,
    revenueTotal: "Recaudación total",
    doubtful: "dato dudoso",
    cardNotes: {
      knownBoth:
        "Con presupuesto y recaudación conocidos: {n} de {of}. Las cifras desconocidas cuentan como 0, como en la API original.",
      knownRevenue:
        "Con recaudación conocida: {n} de {of}. Una recaudación desconocida suma 0, como en la API original.",
      leftOutOne: "{n} película con una cifra dudosa (menos de {limit}) queda fuera de la suma.",
      leftOutMany: "{n} películas con una cifra dudosa (menos de {limit}) quedan fuera de la suma.",
      coverage:
        "Solo {n} de las {of} películas del catálogo ({share}) tienen créditos: esta respuesta solo ve esas, y puede que falten películas.",
      coverageMiss:
        "Solo {n} de las {of} películas del catálogo ({share}) tienen créditos: el nombre puede estar entre las que no los tienen.",
      listed: "Las {n} más votadas de {of}",
      listedAll: "Todas",
      doubtfulFilm:
        "Una cifra de menos de {limit} es un dato dudoso (casi siempre millones escritos como unidades): el retorno que sale de ella no significa nada.",
    },
    queries: {
      peliculas_mes: {
        title: "Películas por mes",
        question: "¿Cuántas películas se estrenaron en un mes, sumando todos los años?",
        label: "Mes (enero…diciembre; también en inglés)",
        example: "enero",
      },
      peliculas_dia: {
        title: "Películas por día de la semana",
        question:
          "¿Cuántas películas se estrenaron en un día de la semana? (según la fecha de estreno, en UTC)",
        label: "Día (lunes…domingo, con o sin tilde; también en inglés)",
        example: "viernes",
      },
      franquicia: {
        title: "Franquicia",
        question:
          "¿Cuántas películas tiene una franquicia, y cuánto ganaron (recaudación − presupuesto) en total y en promedio?",
        label: "Franquicia",
        example: "Toy Story Collection",
        note: unknownMoney.es,
      },
      peliculas_pais: {
        title: "Películas por país",
        question: "¿Cuántas películas se produjeron en un país?",
        label: "País (nombre o código ISO, p. ej. US)",
        example: "United States of America",
      },
      productoras: {
        title: "Productora",
        question: "¿Cuántas películas hizo una productora y cuánto recaudaron en total?",
        label: "Productora",
        example: "Pixar Animation Studios",
        note: "La ganancia total es la suma de la recaudación, como en la API original; una recaudación desconocida (0) no suma nada y una dudosa (menos de 1.000 US$) queda fuera.",
      },
      retorno: {
        title: "Retorno de una película",
        question:
          "¿Cuánto costó una película, cuánto recaudó y cuántas veces recuperó su presupuesto?",
        label: "Título",
        example: "Toy Story",
        note: "El retorno es 0 cuando el presupuesto es desconocido (0), como en la API original. Un presupuesto o una recaudación de menos de 1.000 US$ es un dato dudoso, y la respuesta lo marca.",
      },
      recomendacion: {
        title: "Recomendación",
        question: "¿Qué cinco películas se parecen más a una película?",
        label: "Título",
        example: "Toy Story",
      },
      peliculas_idioma: {
        title: "Películas por idioma",
        question: "¿Cuántas películas tienen un idioma original?",
        label: "Idioma (código, o nombre en español o inglés)",
        example: "es",
      },
      peliculas_duracion: {
        title: "Duración de una película",
        question: "¿Cuánto dura una película, en minutos?",
        label: "Título",
        example: "Toy Story",
        note: "Si la duración no consta en los datos, la respuesta lo dice (duracion: null).",
      },
      score_titulo: {
        title: "Popularidad de una película",
        question: "¿Qué popularidad le da TMDB a una película?",
        label: "Título",
        example: "Toy Story",
      },
      votos_titulo: {
        title: "Votos de una película",
        question: "¿Cuántos votos tiene una película y cuál es su promedio?",
        label: "Título",
        example: "Toy Story",
        note: "Con menos de 2.000 votos la respuesta avisa de que el promedio se apoya en pocos votos.",
      },
      get_director: {
        title: "Director",
        question: "¿Qué películas dirigió alguien, y cuál fue el retorno de cada una?",
        label: "Director o directora",
        example: "John Lasseter",
        note: "El retorno total suma el de cada película; una película sin presupuesto conocido aporta 0 y una con una cifra dudosa queda fuera. Solo cuentan las películas con créditos: la respuesta dice cuántas son.",
      },
      get_actor: {
        title: "Actor o actriz",
        question: "¿En cuántas películas actuó alguien y qué retorno tuvieron?",
        label: "Actor o actriz",
        example: "Tom Hanks",
        note: "Todas sus películas cuentan en la cantidad y en el promedio (un retorno desconocido es 0, como en la API original); una con una cifra dudosa queda fuera. Solo cuentan las películas con créditos: la respuesta dice cuántas son.",
      },
    } satisfies Record<QueryName, QueryText>,
  },
  en: {
    nav: "Queries",
    indexTitle: "Queries",
    groups: ["The original API", "From the sister projects"],
    indexIntro:
      "The original API's seven questions, and six more from its sister projects, answered in your browser. Every answer has a permanent link and the very JSON the API gave; the command line (npm run query) gives exactly the same answer.",
    matching:
      "Names are matched whole: case, accents and spaces do not matter, but a part of the name is not enough.",
    submit: "Ask",
    year: "Year (optional)",
    loading: "Loading the data…",
    loadError: "The data could not be loaded",
    working: "Working…",
    copyLink: "Copy link",
    copied: "Link copied",
    download: "Download JSON",
    json: "The answer as JSON",
    noAnswer: "No answer",
    didYouMean: "Did you mean:",
    others: "Other films with this title:",
    unknown: "unknown",
    films: (n: string) => `${n} films`,
    lacks: "This data lacks what this query needs:",
    lacksColumn: {
      collection: "collections (franchises)",
      production_countries: "production countries",
      production_companies: "production companies",
      original_language: "original language",
      runtime: "runtime",
      popularity: "popularity",
      vote_count: "votes",
      directors: "directors (credits.csv)",
      cast: "cast (credits.csv)",
    } as Record<string, string>,
    lacksHint:
      "It was built from the “{source}” source. Build it from The Movies Dataset (with credits.csv for directors and cast) to answer it.",
    example: "Example",
    keys: {
      mes: "Month",
      dia: "Weekday",
      cantidad: "Films",
      franquicia: "Collection",
      ganancia_total: "Total profit",
      ganancia_promedio: "Average profit",
      pais: "Country",
      productora: "Company",
      pelicula: "Film",
      titulo: "Title",
      inversion: "Investment (budget)",
      ganancia: "Revenue",
      retorno: "Return (revenue / budget)",
      año: "Year",
      "lista recomendada": "Recommended",
      idioma: "Original language",
      duracion: "Runtime",
      popularidad: "Popularity",
      votos: "Votes",
      promedio: "Average",
      director: "Director",
      actor: "Actor",
      peliculas: "Films",
      retorno_total: "Total return",
      retorno_promedio: "Average return",
      nota: "Note",
    } as Record<string, string>,
    revenueTotal: "Total revenue",
    doubtful: "doubtful figure",
    cardNotes: {
      knownBoth:
        "With both budget and revenue known: {n} of {of}. Unknown figures count as 0, as in the original API.",
      knownRevenue:
        "With revenue known: {n} of {of}. An unknown revenue adds 0, as in the original API.",
      leftOutOne: "{n} film with a doubtful figure (under {limit}) is left out of the sum.",
      leftOutMany: "{n} films with a doubtful figure (under {limit}) are left out of the sum.",
      coverage:
        "Only {n} of the catalogue's {of} films ({share}) have credits: this answer sees only those, and films may be missing.",
      coverageMiss:
        "Only {n} of the catalogue's {of} films ({share}) have credits: the name may be among those without them.",
      listed: "The {n} most voted of {of}",
      listedAll: "All of them",
      doubtfulFilm:
        "A figure under {limit} is doubtful (nearly always millions written as units): the return made of it means nothing.",
    },
    translations: {
      "la duración de esta película no consta en los datos":
        "the data does not know this film's runtime",
      "la popularidad de esta película no consta en los datos":
        "the data does not know this film's popularity",
      "menos de 2000 votos: el promedio se apoya en pocos votos":
        "fewer than 2,000 votes: the average rests on few votes",
    } as Record<string, string>,
    queries: {
      peliculas_mes: {
        title: "Films by month",
        question: "How many films were released in a month, over all years?",
        label: "Month (English or Spanish)",
        example: "January",
      },
      peliculas_dia: {
        title: "Films by weekday",
        question: "How many films were released on a weekday? (from the release date, in UTC)",
        label: "Weekday (English, or Spanish with or without accents)",
        example: "Friday",
      },
      franquicia: {
        title: "Collection",
        question:
          "How many films does a collection hold, and what was their profit (revenue − budget) in total and on average?",
        label: "Collection",
        example: "Toy Story Collection",
        note: unknownMoney.en,
      },
      peliculas_pais: {
        title: "Films by country",
        question: "How many films were produced in a country?",
        label: "Country (name or ISO code, e.g. US)",
        example: "United States of America",
      },
      productoras: {
        title: "Production company",
        question: "How many films did a company make, and what was their total revenue?",
        label: "Company",
        example: "Pixar Animation Studios",
        note: "ganancia_total is the sum of revenue, as in the original API; an unknown revenue (0) adds nothing and a doubtful one (under $1,000) is left out.",
      },
      retorno: {
        title: "A film's return",
        question:
          "What did a film cost, what did it earn, and how many times did it recoup its budget?",
        label: "Title",
        example: "Toy Story",
        note: "The return is 0 when the budget is unknown (0), as in the original API. A budget or revenue under $1,000 is a doubtful figure, and the answer flags it.",
      },
      recomendacion: {
        title: "Recommendation",
        question: "Which five films are most like a film?",
        label: "Title",
        example: "Toy Story",
      },
      peliculas_idioma: {
        title: "Films by language",
        question: "How many films have an original language?",
        label: "Language (code, or name in English or Spanish)",
        example: "es",
      },
      peliculas_duracion: {
        title: "A film's runtime",
        question: "How long is a film, in minutes?",
        label: "Title",
        example: "Toy Story",
        note: "When the data does not know the runtime, the answer says so (duracion: null).",
      },
      score_titulo: {
        title: "A film's popularity",
        question: "What popularity does TMDB give a film?",
        label: "Title",
        example: "Toy Story",
      },
      votos_titulo: {
        title: "A film's votes",
        question: "How many votes does a film have, and what is their average?",
        label: "Title",
        example: "Toy Story",
        note: "Below 2,000 votes the answer warns that the average rests on few votes.",
      },
      get_director: {
        title: "Director",
        question: "Which films did someone direct, and what was each one's return?",
        label: "Director",
        example: "John Lasseter",
        note: "The total return adds each film's; a film with an unknown budget adds 0 and one with a doubtful figure is left out. Only films with credits count: the answer says how many there are.",
      },
      get_actor: {
        title: "Actor",
        question: "In how many films did someone act, and what return did they have?",
        label: "Actor",
        example: "Tom Hanks",
        note: "Every film counts in cantidad and in the average (an unknown return is 0, as in the original API); one with a doubtful figure is left out. Only films with credits count: the answer says how many there are.",
      },
    } satisfies Record<QueryName, QueryText>,
  },
} as const;

export type QueryStrings = (typeof queryStrings)[Lang];

export const qt = (lang: Lang): QueryStrings => queryStrings[lang];
