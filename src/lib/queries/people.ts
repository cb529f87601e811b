// get_director and get_actor: the films of one person (from credits.csv's crew and cast) and their
// returns. Sums keep the original's meaning (an unknown return is 0 and adds nothing; averages are
// over every film) and leave out the films whose money is doubtful. Credits may cover only some of
// the catalogue: every answer says how many films have them, and a name not found may be in the rest.
import { hasDoubtfulMoney, meanOf, sumMoney } from "../money.ts";
import { formatNum, formatPercent } from "../numbers.ts";
import {
  memo,
  peopleCoverage,
  topFilms,
  type Answer,
  type QueryContext,
  type QueryInput,
} from "./answer.ts";
import { createValueIndex, findValue, isHit, type ValueIndex } from "./values.ts";

export type PersonKind = "director" | "actor";

/** The index of directors or actors, built on first use. */
export const personIndex = (context: QueryContext, kind: PersonKind): ValueIndex =>
  memo(context, `person:${kind}`, () =>
    createValueIndex(kind === "director" ? context.catalog.directors : context.catalog.cast),
  );

const WHAT: Record<PersonKind, string> = {
  director: "ningún director",
  actor: "ningún actor ni actriz",
};

/** The answer's fields on coverage: films whose credits name this kind of person, of all films. */
function coverageFields(context: QueryContext, kind: PersonKind) {
  const coverage = peopleCoverage(context);
  return {
    con_creditos: kind === "director" ? coverage.directors : coverage.cast,
    catalogo: coverage.films,
  };
}

function lookUp(context: QueryContext, input: QueryInput, kind: PersonKind) {
  const fields = coverageFields(context, kind);
  const { con_creditos, catalogo } = fields;
  const partial = con_creditos < catalogo;
  const what = kind === "director" ? "su director" : "su reparto";
  return findValue(personIndex(context, kind), input, kind, WHAT[kind], {
    // A name not found is no sign that some other person was meant: only names like it are offered.
    strict: true,
    ...(partial && {
      note: `solo ${formatNum("es", con_creditos)} de las ${formatNum("es", catalogo)} películas (${formatPercent("es", con_creditos / Math.max(1, catalogo))}) tienen ${what} en los créditos, y puede estar entre las demás`,
      extra: fields,
    }),
  });
}

export function getDirector(context: QueryContext, input: QueryInput): Answer {
  const hit = lookUp(context, input, "director");
  if (!isHit(hit)) return hit;
  const { id, title, releaseDate, releaseYear, budget, revenue } = context.catalog;
  // Oldest first, as a filmography reads.
  const rows = [...hit.rows].sort((a, b) =>
    releaseDate[a] < releaseDate[b] ? -1 : releaseDate[a] > releaseDate[b] ? 1 : a - b,
  );
  const ratio = (row: number) => (budget[row] > 0 ? revenue[row] / budget[row] : 0);
  const sum = sumMoney(rows, budget, revenue, ratio);
  // inversion and ganancia as in `retorno`: budget and revenue.
  const peliculas = rows.map((row) => ({
    titulo: title[row],
    año: releaseYear[row],
    retorno: ratio(row),
    inversion: budget[row],
    ganancia: revenue[row],
    id: id[row],
    ...(hasDoubtfulMoney(budget[row], revenue[row]) ? { dato_dudoso: true } : {}),
  }));
  return {
    director: hit.name,
    retorno_total: sum.total,
    peliculas,
    con_ambos_datos: sum.known,
    dudosas: sum.doubtful,
    ...coverageFields(context, "director"),
  };
}

export function getActor(context: QueryContext, input: QueryInput): Answer {
  const hit = lookUp(context, input, "actor");
  if (!isHit(hit)) return hit;
  const { budget, revenue } = context.catalog;
  const ratio = (row: number) => (budget[row] > 0 ? revenue[row] / budget[row] : 0);
  const sum = sumMoney(hit.rows, budget, revenue, ratio);
  return {
    actor: hit.name,
    cantidad: hit.rows.length,
    retorno_total: sum.total,
    retorno_promedio: meanOf(sum),
    con_ambos_datos: sum.known,
    dudosas: sum.doubtful,
    ...coverageFields(context, "actor"),
    peliculas: topFilms(context.catalog, hit.rows),
  };
}
