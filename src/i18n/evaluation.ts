// The evaluation page's words, in Spanish and English (kept apart from the site-wide strings). Every
// number on the page comes from evaluation/results.json through these functions: none is written here.
import { TARGET, type Targets } from "../lib/evaluation/results.ts";
import { formatNum, formatPercent } from "../lib/numbers.ts";
import type { Lang } from "./strings.ts";

/** A count in the page's language (25.732, 25,732: src/lib/numbers.ts). */
export const formatCount = (lang: Lang, x: number) => formatNum(lang, x);

const pct = (lang: Lang, x: number) => formatPercent(lang, x);

/** The four figures of a list, as the verdict reads them. */
export interface Figures {
  hit: number;
  precision: number;
  coverage: number;
  top: number;
  topFilm: string | null;
}

/** The four figures, in the order the page shows them. */
export const FIGURES = ["hitRate", "precision", "coverage", "topShare"] as const;
export type Figure = (typeof FIGURES)[number];

/** What a split of the viewers is, for the intro. */
export type SplitKind = { folds: number } | { from: number } | { external: true };

const es = (x: number) => pct("es", x);
const en = (x: number) => pct("en", x);
const { aim, sequels } = TARGET;

const TARGETS_ES: Record<keyof Targets, string> = {
  hitRateAtLeastPopular: "Acierta al menos tanto como «las más disfrutadas» (HitRate@10)",
  precisionAtLeast30: `Precisión de al menos el ${es(TARGET.precision)} (Precision@10)`,
  coverageAtLeast20: `Variedad: las listas usan al menos el ${es(TARGET.coverage)} del catálogo (cobertura)`,
  topShareAtMost15: `Repetición: ninguna película está en más del ${es(TARGET.topShare)} de las listas (top share)`,
  aimAllAtOnce: `Todo a la vez: acierto de al menos el ${es(aim.hitRate)}, precisión del ${es(aim.precision)}, variedad del ${es(aim.coverage)} y repetición de como mucho el ${es(aim.topShare)}`,
  sequels: `Las sagas se encuentran: ${sequels.listing} de las ${sequels.films} películas de saga más votadas tienen otra de su saga en la lista`,
};

const TARGETS_EN: Record<keyof Targets, string> = {
  hitRateAtLeastPopular: "Hits at least as often as “the most liked” (HitRate@10)",
  precisionAtLeast30: `Precision of at least ${en(TARGET.precision)} (Precision@10)`,
  coverageAtLeast20: `Variety: the lists use at least ${en(TARGET.coverage)} of the catalogue (coverage)`,
  topShareAtMost15: `Repetition: no film is in more than ${en(TARGET.topShare)} of the lists (top share)`,
  aimAllAtOnce: `All at once: hits of at least ${en(aim.hitRate)}, precision ${en(aim.precision)}, variety ${en(aim.coverage)} and repetition at most ${en(aim.topShare)}`,
  sequels: `Sequels find each other: ${sequels.listing} of the ${sequels.films} most-voted collection films list another of their collection`,
};

export const evaluationStrings = {
  es: {
    title: "Evaluación de las recomendaciones",
    description: "Cómo se miden las listas de recomendaciones frente a espectadores reales",
    intro: (viewers: number, queries: number, films: number, split: SplitKind) =>
      `Medimos las listas con espectadores reales de MovieLens que no sirvieron para construirlas: ${formatCount("es", viewers)} espectadores de prueba, ${formatCount("es", queries)} consultas, sobre ${formatCount("es", films)} películas. ${
        "folds" in split
          ? `Los espectadores se reparten en ${split.folds} grupos; cada grupo se prueba con listas construidas solo con los demás, así que cada espectador se prueba una vez y nunca con sus propios datos. `
          : "from" in split
            ? `Los espectadores de prueba son los que vinieron después (desde el número ${split.from}); las listas se construyen con los anteriores. `
            : "Los espectadores de prueba vienen de otro archivo; las listas se construyen con todos los del sitio. "
      }Un espectador «disfruta» una película si le da 4 estrellas o más. Cada película que disfrutó es una consulta: abrimos su ficha, miramos las 10 primeras recomendaciones y contamos las que también disfrutó.`,
    figuresTitle: "Las cuatro cifras",
    figures: {
      hitRate: {
        name: "Acierto",
        technical: "HitRate@10",
        explain:
          "de las veces que alguien abre la ficha de una película que disfrutó, en qué parte la lista le muestra al menos otra que también disfrutó.",
      },
      precision: {
        name: "Precisión",
        technical: "Precision@10",
        explain: "qué parte de las 10 películas de la lista disfrutó.",
      },
      coverage: {
        name: "Variedad",
        technical: "cobertura",
        explain:
          "qué parte del catálogo aparece en las listas de las películas que los espectadores disfrutan. Poca variedad: las mismas películas para todas.",
      },
      topShare: {
        name: "Repetición",
        technical: "top share",
        explain:
          "en qué parte de esas listas está la película que más se repite (sin contar las de la misma saga que la consultada). Mucha repetición: la lista habla de la fama, no de la película.",
      },
    } as Record<Figure, { name: string; technical: string; explain: string }>,
    verdict: (ours: Figures, popular: Figures) =>
      `La lista que mostramos acierta en el ${pct("es", ours.hit)} de las consultas (la de las más disfrutadas, en el ${pct("es", popular.hit)}), y el ${pct("es", ours.precision)} de sus películas las disfrutó quien consultaba (${pct("es", popular.precision)}). Sus listas usan el ${pct("es", ours.coverage)} del catálogo (${pct("es", popular.coverage)}), y la película que más se repite, ${ours.topFilm ?? "ninguna"}, está en el ${pct("es", ours.top)} de ellas; en la de las más disfrutadas, ${popular.topFilm ?? "ninguna"} está en el ${pct("es", popular.top)}.`,
    targetsTitle: "Objetivos",
    targets: TARGETS_ES,
    met: "cumplido",
    notMet: "no cumplido",
    sequels: (listing: number, films: number) =>
      `${listing} de las ${films} películas de saga más votadas tienen otra de su saga entre sus 10 primeras recomendaciones`,
    tradeTitle: "Acierto frente a variedad",
    tradeDescription:
      "Cada punto es una forma de hacer la lista: a la derecha usa más parte del catálogo, arriba acierta más. El punto rojo es la que usa el sitio. La línea horizontal discontinua es el acierto de «las más disfrutadas»; la vertical, la variedad mínima del objetivo. Los métodos que aciertan mucho menos no caben: están en la tabla.",
    repeatTitle: "Precisión frente a repetición",
    repeatDescription:
      "Cada punto es una forma de hacer la lista: a la derecha se repite más la misma película, arriba acierta más de sus 10. El punto rojo es la que usa el sitio; las líneas discontinuas, la repetición máxima y la precisión mínima de los objetivos.",
    alikeTitle: "La segunda lista: «Parecidas por su contenido»",
    everyVariant: "Todas las variantes (no cambian esta lista)",
    alikeIntro:
      "Debajo de las recomendaciones, la ficha muestra películas parecidas por lo que cuentan, su gente y su saga, sin mirar valoraciones. Las mismas cuatro cifras, para las 10 más parecidas:",
    foldsTitle: "Grupo a grupo",
    split: "Grupo",
    testViewers: "Espectadores de prueba",
    popularHit: "Acierto de «las más disfrutadas»",
    method: "Método",
    ndcg: "nDCG@10",
    queries: "Consultas",
    mostRepeated: "La que más se repite",
    none: "—",
    honesty:
      "Con estos espectadores, la lista de las más disfrutadas es difícil de batir en acierto: quien puntúa muchas películas disfruta de los éxitos, así que diez éxitos aciertan casi siempre, en cualquier ficha. Pero una lista así no habla de la película. La nuestra dedica sus primeras plazas a lo propio de la película —lo que su público disfrutó más que el resto, y lo que se le parece— y las siguientes a lo que más disfrutó su público, con un límite: ninguna película puede ocupar más que su parte de las listas que se abren. Cuanto más estricto el límite, más variedad y menos repetición, y algo menos de acierto: el gráfico muestra ese equilibrio. La muestra de espectadores es pequeña y de 2017: de un grupo a otro, las cifras cambian.",
  },
  en: {
    title: "Evaluating the recommendations",
    description: "How the recommendation lists are measured against real viewers",
    intro: (viewers: number, queries: number, films: number, split: SplitKind) =>
      `We measure the lists with real MovieLens viewers who were not used to build them: ${formatCount("en", viewers)} test viewers, ${formatCount("en", queries)} queries, over ${formatCount("en", films)} films. ${
        "folds" in split
          ? `The viewers are split into ${split.folds} groups; each group is tested with lists built from the others only, so every viewer is tested once and never with their own data. `
          : "from" in split
            ? `The test viewers are those who came later (from number ${split.from} on); the lists are built from the earlier ones. `
            : "The test viewers come from another file; the lists are built from all of the site's. "
      }A viewer "likes" a film rated 4 stars or more. Each liked film is a query: we open its page, look at the first 10 recommendations and count those the viewer also liked.`,
    figuresTitle: "The four figures",
    figures: {
      hitRate: {
        name: "Hits",
        technical: "HitRate@10",
        explain:
          "of the times someone opens the page of a film they liked, the share in which the list shows them at least one other film they liked.",
      },
      precision: {
        name: "Precision",
        technical: "Precision@10",
        explain: "the share of the list's 10 films they liked.",
      },
      coverage: {
        name: "Variety",
        technical: "coverage",
        explain:
          "the share of the catalogue that appears in the lists of the films viewers like. Little variety: the same films for every film.",
      },
      topShare: {
        name: "Repetition",
        technical: "top share",
        explain:
          "the share of those lists that hold the most repeated film (films of the queried film's collection aside). Much repetition: the list is about fame, not about the film.",
      },
    } as Record<Figure, { name: string; technical: string; explain: string }>,
    verdict: (ours: Figures, popular: Figures) =>
      `The list we show hits on ${pct("en", ours.hit)} of the queries (the most-liked list on ${pct("en", popular.hit)}), and ${pct("en", ours.precision)} of its films were liked by the viewer who asked (${pct("en", popular.precision)}). Its lists use ${pct("en", ours.coverage)} of the catalogue (${pct("en", popular.coverage)}), and the most repeated film, ${ours.topFilm ?? "none"}, is in ${pct("en", ours.top)} of them; in the most-liked list, ${popular.topFilm ?? "none"} is in ${pct("en", popular.top)}.`,
    targetsTitle: "Targets",
    targets: TARGETS_EN,
    met: "met",
    notMet: "not met",
    sequels: (listing: number, films: number) =>
      `${listing} of the ${films} most-voted collection films have another film of their collection among their first 10 recommendations`,
    tradeTitle: "Hits against variety",
    tradeDescription:
      "Each dot is a way of making the list: further right uses more of the catalogue, higher hits more often. The red dot is the one the site uses. The dashed horizontal line is the hits of “the most liked”; the vertical one, the targets' least variety. Methods that hit far less do not fit: they are in the table.",
    repeatTitle: "Precision against repetition",
    repeatDescription:
      "Each dot is a way of making the list: further right repeats the same film more, higher gets more of its 10 right. The red dot is the one the site uses; the dashed lines, the targets' most repetition and least precision.",
    alikeTitle: "The second list: “Alike in content”",
    everyVariant: "Every variant (none changes this list)",
    alikeIntro:
      "Below the recommendations, the film page shows films alike in story, people and collection, without looking at ratings. The same four figures, for the 10 most alike:",
    foldsTitle: "Group by group",
    split: "Group",
    testViewers: "Test viewers",
    popularHit: "Hits of “the most liked”",
    method: "Method",
    ndcg: "nDCG@10",
    queries: "Queries",
    mostRepeated: "Most repeated",
    none: "—",
    honesty:
      "On these viewers the most-liked list is hard to beat on hits: people who rate many films like the hits, so ten hits score almost always, on any film's page. But such a list is not about the film. Ours gives its first places to what is particular to the film — what its viewers liked more than everyone else did, and what resembles it — and the next ones to what its viewers liked most, with a limit: no film may take more than its share of the lists that are opened. The stricter the limit, the more variety and the less repetition, and somewhat fewer hits: the chart shows that balance. The sample of viewers is small and from 2017: from one group to the next, the figures move.",
  },
} as const;

export { pct as formatPercent };
