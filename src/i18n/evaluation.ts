// The evaluation page's words, in Spanish and English (kept apart from the site-wide strings).
import type { Lang } from "./strings.ts";

const pct = (lang: Lang, x: number) =>
  new Intl.NumberFormat(lang === "es" ? "es-ES" : "en-US", {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(x);

export const evaluationStrings = {
  es: {
    title: "Evaluación de las recomendaciones",
    description: "Cómo se miden las recomendaciones frente a espectadores reales",
    intro: (viewers: number, queries: number, films: number) =>
      `Medimos las recomendaciones con espectadores reales de MovieLens que el sistema no vio al construirse: ${viewers} espectadores de prueba, ${queries} consultas, sobre ${films} películas. Un espectador «disfruta» una película si le da 4 estrellas o más; cada película que disfrutó sirve de consulta, y contamos cuántas de las 10 recomendadas están entre las otras que disfrutó.`,
    metrics:
      "HitRate@10: parte de las consultas con al menos un acierto. Precision@10: aciertos entre 10. nDCG@10: aciertos pesados por su posición. Cobertura: parte del catálogo que aparece en alguna lista. Diversidad: distancia media de géneros (Jaccard) dentro de cada lista.",
    chartQuality: "HitRate@10 y Precision@10 por método",
    chartQualityDescription:
      "Barras horizontales: para cada método, la tasa de aciertos y la precisión en las 10 primeras recomendaciones.",
    chartCoverage: "Precisión frente a cobertura del catálogo",
    chartCoverageDescription:
      "Cada punto es un método: a la derecha recomienda más parte del catálogo, arriba acierta más.",
    method: "Método",
    note: "Qué es",
    coverage: "Cobertura",
    diversity: "Diversidad",
    queries: "Consultas",
    verdict: (
      ours: { hit: number; p: number; cov: number },
      popular: { hit: number; p: number },
      original: number,
    ) =>
      `Nuestro método acierta en ${pct("es", ours.hit)} de las consultas (precisión ${pct("es", ours.p)}), frente a ${pct("es", popular.hit)} (${pct("es", popular.p)}) de la lista de las más populares y ${pct("es", original)} del método original, y recomienda desde el ${pct("es", ours.cov)} del catálogo.`,
    targetsTitle: "Objetivos",
    targets: {
      beatsPopularHitRate: "Supera a «más populares» en HitRate@10",
      beatsPopularPrecision: "Supera a «más populares» en Precision@10",
      twiceOriginalHitRate: "Al menos el doble de HitRate@10 que el método original",
      coverageAtLeast25: "Cobertura de al menos el 25 % del catálogo",
    },
    met: "cumplido",
    notMet: "no cumplido",
    honesty:
      "Con estos espectadores, la lista de las más populares es muy difícil de batir: quienes puntúan muchas películas disfrutan de los éxitos. Nuestras listas empiezan por lo que otros espectadores disfrutaron junto con la película consultada y reservan sitios para películas parecidas por su contenido, más cuantos menos espectadores la conocen; así recomiendan una parte amplia del catálogo. Los datos son de 2017 y la muestra de espectadores es pequeña: diferencias de un punto son ruido.",
  },
  en: {
    title: "Evaluating the recommendations",
    description: "How the recommendations are measured against real viewers",
    intro: (viewers: number, queries: number, films: number) =>
      `We measure the recommendations with real MovieLens viewers the system never saw while it was built: ${viewers} test viewers, ${queries} queries, over ${films} films. A viewer "likes" a film rated 4 stars or more; each liked film is a query, and we count how many of the 10 recommended films are among the viewer's other liked films.`,
    metrics:
      "HitRate@10: share of queries with at least one hit. Precision@10: hits out of 10. nDCG@10: hits weighted by their position. Coverage: share of the catalogue that appears in some list. Diversity: mean genre distance (Jaccard) within each list.",
    chartQuality: "HitRate@10 and Precision@10 by method",
    chartQualityDescription:
      "Horizontal bars: for each method, the hit rate and the precision of the top 10 recommendations.",
    chartCoverage: "Precision against catalogue coverage",
    chartCoverageDescription:
      "Each dot is a method: further right recommends more of the catalogue, higher hits more often.",
    method: "Method",
    note: "What it is",
    coverage: "Coverage",
    diversity: "Diversity",
    queries: "Queries",
    verdict: (
      ours: { hit: number; p: number; cov: number },
      popular: { hit: number; p: number },
      original: number,
    ) =>
      `Our method hits on ${pct("en", ours.hit)} of the queries (precision ${pct("en", ours.p)}), against ${pct("en", popular.hit)} (${pct("en", popular.p)}) for the most-popular list and ${pct("en", original)} for the original method, and it recommends from ${pct("en", ours.cov)} of the catalogue.`,
    targetsTitle: "Targets",
    targets: {
      beatsPopularHitRate: "Beats “most popular” on HitRate@10",
      beatsPopularPrecision: "Beats “most popular” on Precision@10",
      twiceOriginalHitRate: "At least twice the original method's HitRate@10",
      coverageAtLeast25: "Coverage of at least 25% of the catalogue",
    },
    met: "met",
    notMet: "not met",
    honesty:
      "On these viewers the most-popular list is very hard to beat: people who rate many films like the hits. Our lists start with what other viewers liked together with the queried film and keep slots for films alike in content, more of them the fewer viewers know the film; that is how they recommend a broad part of the catalogue. The data is from 2017 and the sample of viewers is small: differences of one point are noise.",
  },
} as const;

export { pct as formatPercent };

/** Each method of results.json by its id: a name and what it is, in both languages. */
export const methodLabels: Record<Lang, Record<string, { name: string; note: string }>> = {
  es: {
    "most popular": {
      name: "más populares",
      note: "las que más espectadores de entrenamiento disfrutaron",
    },
    "top rated": { name: "mejor valoradas", note: "nota ponderada de IMDB (el prior a solas)" },
    original: {
      name: "método original",
      note: "vecinos por géneros y nota, solapamiento de géneros, bonus por título",
    },
    ours: {
      name: "nuestro método",
      note: "lo que se disfrutó junto, encogido hacia lo popular + huecos por contenido, más cuantos menos espectadores",
    },
    "co-liked lists only": {
      name: "solo disfrutadas juntas",
      note: "sin huecos por contenido ni saga primero",
    },
    "no collection first": {
      name: "sin saga primero",
      note: "el nuestro sin poner primero las películas de la misma saga",
    },
    "5 similarity slots": {
      name: "5 huecos por contenido",
      note: "hasta 5 huecos por contenido en vez de 3",
    },
    "previous defaults": {
      name: "ajustes anteriores",
      note: "gustos × disfrutes^0,2, popularidad ×1, hasta 3 de la saga primero",
    },
    "3 collection films first": {
      name: "3 de la saga primero",
      note: "el nuestro con hasta 3 películas de la saga primero",
    },
    "popularity 1": {
      name: "popularidad 1",
      note: "el nuestro con 1 espectador ficticio de popularidad (sin encogimiento)",
    },
    "popularity 10": {
      name: "popularidad 10",
      note: "el nuestro con 10 espectadores ficticios de popularidad",
    },
    "popularity 50": {
      name: "popularidad 50",
      note: "el nuestro con 50 espectadores ficticios de popularidad",
    },
    "likes^0.2": { name: "disfrutes^0,2", note: "el nuestro con gustos × disfrutes^0,2" },
    "likes^1": { name: "disfrutes^1", note: "el nuestro con gustos × disfrutes" },
    "2 similarity slots": {
      name: "2 huecos por contenido",
      note: "hasta 2 huecos por contenido en vez de 3",
    },
    "slower slot decay": {
      name: "huecos que decaen despacio",
      note: "3·2/(2+disfrutes) huecos por contenido",
    },
    "most liked similar in slots": {
      name: "parecidas más disfrutadas",
      note: "los huecos por contenido, con las parecidas más disfrutadas",
    },
    "viewer damping 0.5": {
      name: "espectadores amortiguados",
      note: "los gustos de cada espectador pesan disfrutes^-0,5",
    },
    "vectors only": {
      name: "solo vectores",
      note: "coseno de los vectores mezclados + prior, sin listas",
    },
    "content vectors": {
      name: "vectores de contenido",
      note: "TF-IDF + SVD de 32 dimensiones, sin valoraciones",
    },
    "co-liked vectors": {
      name: "vectores de gustos",
      note: "solo la mitad de gustos compartidos de los vectores",
    },
    "vectors blend 0.7": {
      name: "vectores mezcla 0,7",
      note: "70 % gustos compartidos, 30 % contenido",
    },
    "vectors 24+8 dims": {
      name: "vectores 24+8 dim.",
      note: "24 dimensiones de contenido + 8 de gustos",
    },
  },
  en: {
    "most popular": { name: "most popular", note: "most liked by the train viewers" },
    "top rated": { name: "top rated", note: "IMDB weighted rating (the prior alone)" },
    original: {
      name: "original method",
      note: "neighbours by genres and rating, genre overlap, title bonus",
    },
    ours: {
      name: "our method",
      note: "co-liked lists shrunk toward popularity + content slots, more of them the fewer viewers",
    },
    "co-liked lists only": {
      name: "co-liked lists only",
      note: "no content slots, no collection first",
    },
    "no collection first": {
      name: "no collection first",
      note: "ours without the same collection first",
    },
    "5 similarity slots": { name: "5 content slots", note: "up to 5 content slots instead of 3" },
    "previous defaults": {
      name: "previous defaults",
      note: "co-likes × likes^0.2, popularity ×1, up to 3 collection films first",
    },
    "3 collection films first": {
      name: "3 collection films first",
      note: "ours with up to 3 collection films first",
    },
    "popularity 1": {
      name: "popularity 1",
      note: "ours with 1 pseudo-viewer of popularity (no shrinkage)",
    },
    "popularity 10": { name: "popularity 10", note: "ours with 10 pseudo-viewers of popularity" },
    "popularity 50": { name: "popularity 50", note: "ours with 50 pseudo-viewers of popularity" },
    "likes^0.2": { name: "likes^0.2", note: "ours with co-likes × likes^0.2" },
    "likes^1": { name: "likes^1", note: "ours with co-likes × likes" },
    "2 similarity slots": { name: "2 content slots", note: "up to 2 content slots instead of 3" },
    "slower slot decay": { name: "slower slot decay", note: "3·2/(2+likes) content slots" },
    "most liked similar in slots": {
      name: "most liked similar in slots",
      note: "content slots filled by the most liked similar films",
    },
    "viewer damping 0.5": {
      name: "viewer damping 0.5",
      note: "each viewer's co-likes weigh likes^-0.5",
    },
    "vectors only": {
      name: "vectors only",
      note: "cosine of the blended vectors + prior, no lists",
    },
    "content vectors": { name: "content vectors", note: "TF-IDF + SVD, 32 dimensions, no ratings" },
    "co-liked vectors": { name: "co-liked vectors", note: "only the co-liked half of the vectors" },
    "vectors blend 0.7": { name: "vectors blend 0.7", note: "70% co-liked, 30% content" },
    "vectors 24+8 dims": { name: "vectors 24+8 dims", note: "24 content + 8 co-liked dimensions" },
  },
};
