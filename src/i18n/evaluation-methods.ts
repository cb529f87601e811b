// The one table of the evaluated methods: each id (as evaluation/results.json spells it) with its name
// in plain words in both languages and what it is technically. `npm run eval` prints these names and
// the evaluation page shows them; scripts/lib/eval-variants.ts holds each variant's build options.
import type { Lang } from "./strings.ts";

/** How one method is named and explained. */
export interface MethodLabel {
  /** Name and one-line explanation, in plain words, per language. */
  es: { name: string; note: string };
  en: { name: string; note: string };
  /** The technical description (the same in both languages): the detail under the plain words. */
  technical: string;
}

/** The method the site ships. */
export const OURS = "ours";

export const METHOD_LABELS: Record<string, MethodLabel> = {
  "most popular": {
    es: { name: "Las más disfrutadas", note: "las mismas diez para todas las películas" },
    en: { name: "The most liked", note: "the same ten films for every film" },
    technical: "the 10 films most train viewers liked (rating ≥ 4)",
  },
  "top rated": {
    es: { name: "Las mejor valoradas", note: "la nota de IMDb, corregida por el número de votos" },
    en: { name: "The best rated", note: "IMDb's rating, corrected for the number of votes" },
    technical: "IMDb weighted rating (the prior alone)",
  },
  original: {
    es: {
      name: "El método original",
      note: "el de la API original: géneros en común y nota parecida",
    },
    en: {
      name: "The original method",
      note: "the original API's: shared genres and a similar rating",
    },
    technical: "one-hot genres + vote average kNN, genre overlap, title bonus",
  },
  ours: {
    es: {
      name: "Lo propio de la película",
      note: "primero lo que su público disfrutó más que el resto, y lo que se le parece; después lo que su público más disfrutó; ninguna película en demasiadas listas",
    },
    en: {
      name: "What is particular to the film",
      note: "first what its viewers liked more than everyone else did, and what resembles it; then what its viewers liked most; no film in too many lists",
    },
    technical:
      "5 places by shrunk item–item cosine co/(√(nᵢnⱼ)+30) over likes, lent by its 10 nearest films in content with weight 2/(2 + likes), + 0.15 × content cosine; 5 by co-likes + 10 pseudo-viewers of popularity; popularity budget 10% of the opened lists; nearest collection film first",
  },
  previous: {
    es: {
      name: "Las listas de antes",
      note: "lo que más disfrutó el público de la película, con huecos para parecidas",
    },
    en: {
      name: "The lists before",
      note: "what the film's viewers liked most, with slots for films alike",
    },
    technical:
      "co-likes + 30 pseudo-viewers of query-weighted popularity, 3·3/(3 + likes per 1,000 viewers) content slots, nearest collection film first (the lists before issue 15)",
  },
  "cosine only": {
    es: {
      name: "Solo lo que se disfrutó junto",
      note: "lo que su público disfrutó más que el resto, sin más",
    },
    en: {
      name: "Only what was liked together",
      note: "what its viewers liked more than everyone else did, nothing else",
    },
    technical: "shrunk item–item cosine alone (10 places, λ 30), no content, no lending, no budget",
  },
  "no budget": {
    es: {
      name: "Sin límite de listas",
      note: "el nuestro, sin limitar cuántas listas ocupa cada película",
    },
    en: { name: "No list limit", note: "ours, without limiting how many lists a film takes" },
    technical: "ours without the popularity budget",
  },
  "budget 6%": {
    es: { name: "Límite estricto", note: "cada película, en el 6 % de las listas como mucho" },
    en: { name: "Strict limit", note: "each film in at most 6% of the lists" },
    technical: "ours with a popularity budget of 6%",
  },
  "budget 8%": {
    es: { name: "Límite intermedio", note: "cada película, en el 8 % de las listas como mucho" },
    en: { name: "Middle limit", note: "each film in at most 8% of the lists" },
    technical: "ours with a popularity budget of 8%",
  },
  "no lending": {
    es: {
      name: "Sin ayuda de las parecidas",
      note: "las películas que pocos disfrutaron no toman prestado el público de las parecidas",
    },
    en: {
      name: "No help from films alike",
      note: "films few viewers liked do not borrow the viewers of the films alike",
    },
    technical: "ours without lending co-likes to little-liked films",
  },
  "more content": {
    es: { name: "Más peso al contenido", note: "el parecido del contenido pesa el doble" },
    en: { name: "More weight on content", note: "resemblance in content weighs twice as much" },
    technical: "ours with content weight 0.3",
  },
  "less content": {
    es: { name: "Menos peso al contenido", note: "el parecido del contenido pesa un tercio" },
    en: { name: "Less weight on content", note: "resemblance in content weighs a third" },
    technical: "ours with content weight 0.05",
  },
  "10 particular places": {
    es: {
      name: "Todo lo propio",
      note: "las diez plazas, para lo propio de la película",
    },
    en: { name: "All particular", note: "all ten places for what is particular to the film" },
    technical: "ours with 10 places by the shrunk cosine blend, none by co-like counts",
  },
  "3 particular places": {
    es: {
      name: "Menos de lo propio",
      note: "tres plazas para lo propio, siete para lo más disfrutado",
    },
    en: {
      name: "Less particular",
      note: "three places for the particular, seven for the most liked",
    },
    technical: "ours with 3 places by the shrunk cosine blend, 7 by co-like counts",
  },
  "vectors only": {
    es: {
      name: "Parecidas, con gustos",
      note: "las más parecidas por contenido y por quién las disfrutó, sin listas",
    },
    en: {
      name: "Alike, with tastes",
      note: "the most alike in content and in who liked them, no lists",
    },
    technical: "cosine of the blended vectors (content 32 + co-liked 16 dims) + prior",
  },
  "content vectors": {
    es: { name: "Parecidas por su contenido", note: "sin ninguna valoración de espectadores" },
    en: { name: "Alike in content", note: "without any viewer's rating" },
    technical:
      "TF-IDF + SVD 32 dims of overview, keywords, genres, people, collection…; no ratings",
  },
};

/** A method's label; an id without one is named by itself. */
export function methodLabel(
  id: string,
  lang: Lang,
): { name: string; note: string; technical: string } {
  const label = METHOD_LABELS[id];
  return label
    ? { ...label[lang], technical: label.technical }
    : { name: id, note: "", technical: "" };
}
