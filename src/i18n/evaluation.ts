// The evaluation page's words, in Spanish and English (kept apart from the site-wide strings).
import { formatNum, formatPercent } from "../lib/numbers.ts";
import type { Lang } from "./strings.ts";

const pct = (lang: Lang, x: number) => formatPercent(lang, x);
const int = formatNum;

export const evaluationStrings = {
  es: {
    title: "Evaluación de las recomendaciones",
    description: "Cómo se miden las recomendaciones frente a espectadores reales",
    intro: (viewers: number, queries: number, films: number, folds: number | null) =>
      `Medimos las recomendaciones con espectadores reales de MovieLens que el sistema no vio al construirse: ${int("es", viewers)} espectadores de prueba, ${int("es", queries)} consultas, sobre ${int("es", films)} películas. ${folds ? `Validación cruzada en ${folds} grupos de espectadores: cada grupo se prueba con listas construidas solo con los otros, así que cada espectador se prueba una vez y nunca con sus propios datos. ` : ""}Un espectador «disfruta» una película si le da 4 estrellas o más; cada película que disfrutó sirve de consulta, y contamos cuántas de las 10 recomendadas están entre las otras que disfrutó.`,
    metrics:
      "HitRate@10: parte de las consultas con al menos un acierto. Precision@10: aciertos entre 10. nDCG@10: aciertos pesados por su posición. Cobertura: parte del catálogo que aparece en alguna lista. Diversidad: distancia media de géneros (Jaccard) dentro de cada lista.",
    chartQuality: "HitRate@10 y Precision@10 por método",
    chartQualityDescription:
      "Barras horizontales: para cada método, la tasa de aciertos y la precisión en las 10 primeras recomendaciones.",
    chartCoverage: "Precisión frente a cobertura del catálogo",
    chartCoverageDescription:
      "Los métodos que se acercan a «más populares», cada uno un punto (el nuestro, en rojo): a la derecha recomiendan más parte del catálogo, arriba aciertan más. La línea horizontal discontinua es la precisión de «más populares»; la vertical, el 25 % de cobertura. Los métodos muy por debajo están en la tabla.",
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
    foldsTitle: "Grupo a grupo",
    foldsSummary: (precisionWins: number, hitWins: number, twice: number, folds: number) =>
      `Nuestro método supera a «más populares» en precisión en ${precisionWins} de ${folds} grupos y en HitRate en ${hitWins} de ${folds}; dobla el HitRate del método original en ${twice} de ${folds}.`,
    originalHitRate: "HitRate@10 del método original",
    fold: "Grupo",
    testViewers: "Espectadores de prueba",
    oursVsPopular: "nuestro / más populares",
    met: "cumplido",
    notMet: "no cumplido",
    honesty:
      "Con estos espectadores, la lista de las más populares es muy difícil de batir: quienes puntúan muchas películas disfrutan de los éxitos. Nuestras listas empiezan por lo que otros espectadores disfrutaron junto con la película consultada y reservan sitios para películas parecidas por su contenido, más cuantos menos espectadores la conocen; así recomiendan una parte amplia del catálogo. Cuanto más del catálogo recomienda, menos acierta: cada punto de cobertura cuesta unas centésimas de precisión, y lo pagamos en las películas que menos espectadores conocen. Los datos son de 2017 y la muestra de espectadores es pequeña: de un grupo de espectadores a otro la ventaja cambia en más de un punto. Y doblar el HitRate del método original roza el techo: ninguna lista que probamos acierta en mucho más del 95 % de las consultas, y el original acierta en casi la mitad.",
  },
  en: {
    title: "Evaluating the recommendations",
    description: "How the recommendations are measured against real viewers",
    intro: (viewers: number, queries: number, films: number, folds: number | null) =>
      `We measure the recommendations with real MovieLens viewers the system never saw while it was built: ${int("en", viewers)} test viewers, ${int("en", queries)} queries, over ${int("en", films)} films. ${folds ? `Cross-validation over ${folds} groups of viewers: each group is tested with lists built from the others only, so every viewer is tested once and never with their own data. ` : ""}A viewer "likes" a film rated 4 stars or more; each liked film is a query, and we count how many of the 10 recommended films are among the viewer's other liked films.`,
    metrics:
      "HitRate@10: share of queries with at least one hit. Precision@10: hits out of 10. nDCG@10: hits weighted by their position. Coverage: share of the catalogue that appears in some list. Diversity: mean genre distance (Jaccard) within each list.",
    chartQuality: "HitRate@10 and Precision@10 by method",
    chartQualityDescription:
      "Horizontal bars: for each method, the hit rate and the precision of the top 10 recommendations.",
    chartCoverage: "Precision against catalogue coverage",
    chartCoverageDescription:
      "The methods that come close to “most popular”, one dot each (ours in red): further right recommends more of the catalogue, higher hits more often. The dashed horizontal line is the most-popular precision; the vertical one, 25% coverage. Methods far below are in the table.",
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
    foldsTitle: "Fold by fold",
    foldsSummary: (precisionWins: number, hitWins: number, twice: number, folds: number) =>
      `Our method beats “most popular” on precision in ${precisionWins} of ${folds} folds and on HitRate in ${hitWins} of ${folds}; it doubles the original method's HitRate in ${twice} of ${folds}.`,
    originalHitRate: "Original method's HitRate@10",
    fold: "Fold",
    testViewers: "Test viewers",
    oursVsPopular: "ours / most popular",
    met: "met",
    notMet: "not met",
    honesty:
      "On these viewers the most-popular list is very hard to beat: people who rate many films like the hits. Our lists start with what other viewers liked together with the queried film and keep slots for films alike in content, more of them the fewer viewers know the film; that is how they recommend a broad part of the catalogue. The more of the catalogue it recommends, the less it hits: each point of coverage costs a few hundredths of precision, and we pay it on the films fewest viewers know. The data is from 2017 and the sample of viewers is small: from one group of viewers to the next the margin moves by more than a point. And doubling the original method's HitRate is close to the ceiling: no list we tried hits on much more than 95% of the queries, and the original hits on almost half.",
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
      note: "lo que se disfrutó junto, encogido hacia lo popular entre quienes más consultan + huecos por contenido, más cuantos menos espectadores",
    },
    "previous defaults": {
      name: "ajustes anteriores",
      note: "gustos × disfrutes^0,5, popularidad contada por espectadores, huecos 3·1/(1+disfrutes)",
    },
    "co-liked lists only": {
      name: "solo disfrutadas juntas",
      note: "sin huecos por contenido ni saga primero",
    },
    "no collection first": {
      name: "sin saga primero",
      note: "el nuestro sin poner primero la película más cercana de la misma saga",
    },
    "3 collection films first": {
      name: "3 de la saga primero",
      note: "el nuestro con hasta 3 películas de la saga primero",
    },
    "plain popularity prior": {
      name: "popularidad por espectadores",
      note: "el nuestro encogido hacia la parte de espectadores que la disfrutó (todos pesan igual)",
    },
    "popularity 10": {
      name: "popularidad 10",
      note: "el nuestro con 10 espectadores ficticios de popularidad",
    },
    "popularity 100": {
      name: "popularidad 100",
      note: "el nuestro con 100 espectadores ficticios de popularidad",
    },
    "likes^0.5": { name: "disfrutes^0,5", note: "el nuestro con gustos × disfrutes^0,5" },
    "2 similarity slots": {
      name: "2 huecos por contenido",
      note: "hasta 2 huecos por contenido en vez de 3",
    },
    "5 similarity slots": {
      name: "5 huecos por contenido",
      note: "hasta 5 huecos por contenido en vez de 3",
    },
    "faster slot decay": {
      name: "huecos que decaen antes",
      note: "3·1,5/(1,5+disfrutes por mil espectadores) huecos por contenido",
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
      note: "solo la parte de gustos compartidos de los vectores",
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
      note: "co-liked lists shrunk toward popularity among the viewers who query most + content slots, more of them the fewer viewers",
    },
    "previous defaults": {
      name: "previous defaults",
      note: "co-likes × likes^0.5, popularity counted by viewers, 3·1/(1+likes) slots",
    },
    "co-liked lists only": {
      name: "co-liked lists only",
      note: "no content slots, no collection first",
    },
    "no collection first": {
      name: "no collection first",
      note: "ours without the nearest film of the same collection first",
    },
    "3 collection films first": {
      name: "3 collection films first",
      note: "ours with up to 3 collection films first",
    },
    "plain popularity prior": {
      name: "popularity by viewers",
      note: "ours shrunk toward the share of viewers who liked the film (every viewer alike)",
    },
    "popularity 10": { name: "popularity 10", note: "ours with 10 pseudo-viewers of popularity" },
    "popularity 100": {
      name: "popularity 100",
      note: "ours with 100 pseudo-viewers of popularity",
    },
    "likes^0.5": { name: "likes^0.5", note: "ours with co-likes × likes^0.5" },
    "2 similarity slots": { name: "2 content slots", note: "up to 2 content slots instead of 3" },
    "5 similarity slots": { name: "5 content slots", note: "up to 5 content slots instead of 3" },
    "faster slot decay": {
      name: "faster slot decay",
      note: "3·1.5/(1.5+likes per 1,000 viewers) content slots",
    },
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
    "co-liked vectors": { name: "co-liked vectors", note: "only the co-liked part of the vectors" },
    "vectors 24+8 dims": { name: "vectors 24+8 dims", note: "24 content + 8 co-liked dimensions" },
  },
};
