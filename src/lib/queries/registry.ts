// The thirteen queries by name: which URL parameter each reads, what its form suggests, and the
// function that answers it. The engine, the worker, the CLI and the pages all go through this table.
import { fold } from "../text.ts";
import type { FilmColumn } from "../schema.ts";
import { lacks, type Answer, type QueryContext, type QueryInput } from "./answer.ts";
import { peliculasDia, peliculasMes, spanishNames } from "./dates.ts";
import {
  displayNames,
  franquicia,
  groupIndex,
  peliculasIdioma,
  peliculasPais,
  productoras,
} from "./groups.ts";
import { getActor, getDirector, personIndex } from "./people.ts";
import { peliculasDuracion, recomendacion, retorno, scoreTitulo, votosTitulo } from "./titles.ts";

/** What a query's input names; the form suggests values of this kind. */
export type SuggestKind =
  | "month"
  | "weekday"
  | "title"
  | "collection"
  | "country"
  | "company"
  | "language"
  | "director"
  | "actor";

interface QuerySpec {
  /** The URL parameter (and CLI value) holding the input. */
  param: string;
  kind: SuggestKind;
  /** The column the answer needs; without it the query answers that the data lacks it. */
  needs?: FilmColumn;
  run: (context: QueryContext, input: QueryInput) => Answer;
}

export const QUERIES = {
  peliculas_mes: { param: "mes", kind: "month", run: peliculasMes },
  peliculas_dia: { param: "dia", kind: "weekday", run: peliculasDia },
  franquicia: { param: "franquicia", kind: "collection", needs: "collection", run: franquicia },
  peliculas_pais: {
    param: "pais",
    kind: "country",
    needs: "production_countries",
    run: peliculasPais,
  },
  productoras: {
    param: "productora",
    kind: "company",
    needs: "production_companies",
    run: productoras,
  },
  retorno: { param: "titulo", kind: "title", run: retorno },
  recomendacion: { param: "titulo", kind: "title", run: recomendacion },
  peliculas_idioma: {
    param: "idioma",
    kind: "language",
    needs: "original_language",
    run: peliculasIdioma,
  },
  peliculas_duracion: { param: "titulo", kind: "title", needs: "runtime", run: peliculasDuracion },
  score_titulo: { param: "titulo", kind: "title", needs: "popularity", run: scoreTitulo },
  votos_titulo: { param: "titulo", kind: "title", needs: "vote_count", run: votosTitulo },
  get_director: { param: "director", kind: "director", needs: "directors", run: getDirector },
  get_actor: { param: "actor", kind: "actor", needs: "cast", run: getActor },
} as const satisfies Record<string, QuerySpec>;

export type QueryName = keyof typeof QUERIES;

/** The seven queries of the original API, in its order (the rest come from its sister projects). */
export const ORIGINAL_QUERY_NAMES = [
  "peliculas_mes",
  "peliculas_dia",
  "franquicia",
  "peliculas_pais",
  "productoras",
  "retorno",
  "recomendacion",
] as const satisfies readonly QueryName[];

/** The query names, in the order the original API and its sister projects list them. */
export const QUERY_NAMES = Object.keys(QUERIES) as QueryName[];

/** The parameter that picks among films of the same title. */
export const YEAR_PARAM = "año";

/** Thrown for a query name that is not one of {@link QUERY_NAMES}. */
export class UnknownQueryError extends Error {
  override name = "UnknownQueryError";
  constructor(readonly query: string) {
    super(`unknown query "${query}": expected one of ${QUERY_NAMES.join(", ")}`);
  }
}

export const isQueryName = (name: string): name is QueryName => Object.hasOwn(QUERIES, name);

/** Answers query `name` for `input` (its URL parameters). */
export function runQuery(context: QueryContext, name: string, input: QueryInput): Answer {
  if (!isQueryName(name)) throw new UnknownQueryError(name);
  const spec: QuerySpec = QUERIES[name];
  return (spec.needs && lacks(context, spec.needs)) || spec.run(context, input);
}

/** One suggestion of a form's autocomplete. */
export interface Suggestion {
  /** The text the input takes when picked (it matches the value as a whole). */
  value: string;
  /** For titles: the film's year, to put in `año`. */
  year?: number;
  /** For other values: how many films have it. */
  films?: number;
  /** For language codes: the language's names in Spanish and English. */
  names?: string[];
}

/** Up to `limit` valid values of `kind` for typed `text`, best first. */
export function suggestValues(
  context: QueryContext,
  kind: SuggestKind,
  text: string,
  limit = 8,
): Suggestion[] {
  if (kind === "month" || kind === "weekday") {
    const q = fold(text);
    return spanishNames(context, kind)
      .filter((name) => fold(name).startsWith(q))
      .slice(0, limit)
      .map((value) => ({ value }));
  }
  if (kind === "title") {
    const { title, releaseYear } = context.catalog;
    return context.titles
      .suggest(text, { limit })
      .map((row) => ({ value: title[row], year: releaseYear[row] }));
  }
  const index =
    kind === "director" || kind === "actor"
      ? personIndex(context, kind)
      : groupIndex(context, kind);
  return index.suggest(text, limit).map((i) => {
    const value = index.names[i];
    const films = index.rows[i].length;
    return kind === "language"
      ? { value, films, names: displayNames("language", value) }
      : { value, films };
  });
}
