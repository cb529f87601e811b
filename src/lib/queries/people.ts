// get_director and get_actor: the films of one person (from credits.csv's crew and cast) and their
// returns. Sums use every film (an unknown return is 0 and adds nothing); averages only the films
// whose budget and revenue are both known.
import {
  errorAnswer,
  memo,
  moneyKnown,
  required,
  type Answer,
  type QueryContext,
  type QueryInput,
} from "./answer.ts";
import { createValueIndex, type ValueIndex } from "./values.ts";

export type PersonKind = "director" | "actor";

/** The index of directors or actors, built on first use. */
export const personIndex = (context: QueryContext, kind: PersonKind): ValueIndex =>
  memo(context, `person:${kind}`, () =>
    createValueIndex(kind === "director" ? context.catalog.directors : context.catalog.cast),
  );

function lookUp(
  context: QueryContext,
  input: QueryInput,
  kind: PersonKind,
): { name: string; rows: Int32Array } | Answer {
  const value = required(input, kind);
  if (typeof value !== "string") return value;
  const index = personIndex(context, kind);
  const at = index.find(value);
  if (at < 0) {
    const what = kind === "director" ? "ningún director" : "ningún actor ni actriz";
    return errorAnswer(`"${value}" no coincide con ${what} de los datos`, index.closest(value));
  }
  return { name: index.names[at], rows: index.rows[at] };
}

const found = (x: object): x is { name: string; rows: Int32Array } => "rows" in x;

export function getDirector(context: QueryContext, input: QueryInput): Answer {
  const hit = lookUp(context, input, "director");
  if (!found(hit)) return hit;
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
  if (!found(hit)) return hit;
  const { budget, revenue } = context.catalog;
  let total = 0;
  let known = 0;
  for (const row of hit.rows) {
    if (!moneyKnown(context.catalog, row)) continue;
    total += revenue[row] / budget[row];
    known++;
  }
  return {
    actor: hit.name,
    cantidad: hit.rows.length,
    retorno_total: total,
    retorno_promedio: known > 0 ? total / known : 0,
  };
}
