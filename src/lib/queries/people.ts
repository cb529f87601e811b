// get_director and get_actor: the films of one person (from credits.csv's crew and cast) and their
// returns. Sums use every film (an unknown return is 0 and adds nothing); averages only the films
// whose budget and revenue are both known.
import {
  memo,
  sumOverKnownMoney,
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

const lookUp = (context: QueryContext, input: QueryInput, kind: PersonKind) =>
  findValue(personIndex(context, kind), input, kind, WHAT[kind]);

export function getDirector(context: QueryContext, input: QueryInput): Answer {
  const hit = lookUp(context, input, "director");
  if (!isHit(hit)) return hit;
  const { title, releaseDate, releaseYear, budget, revenue } = context.catalog;
  // Oldest first, as a filmography reads.
  const rows = [...hit.rows].sort((a, b) =>
    releaseDate[a] < releaseDate[b] ? -1 : releaseDate[a] > releaseDate[b] ? 1 : a - b,
  );
  let total = 0;
  const peliculas = rows.map((row) => {
    const r = budget[row] > 0 ? revenue[row] / budget[row] : 0;
    total += r;
    // inversion and ganancia as in `retorno`: budget and revenue.
    return {
      titulo: title[row],
      año: releaseYear[row],
      retorno: r,
      inversion: budget[row],
      ganancia: revenue[row],
    };
  });
  return { director: hit.name, retorno_total: total, peliculas };
}

export function getActor(context: QueryContext, input: QueryInput): Answer {
  const hit = lookUp(context, input, "actor");
  if (!isHit(hit)) return hit;
  const { budget, revenue } = context.catalog;
  const ratio = sumOverKnownMoney(context.catalog, hit.rows, (row) => revenue[row] / budget[row]);
  return {
    actor: hit.name,
    cantidad: hit.rows.length,
    retorno_total: ratio.total,
    retorno_promedio: ratio.mean,
  };
}
