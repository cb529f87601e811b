// The queries about one film (retorno, recomendacion, peliculas_duracion, score_titulo,
// votos_titulo): a whole-title lookup; a title shared by several films answers for the most-voted
// one, lists the others, and `año` picks one.
import { checkMoney } from "../money.ts";
import { fold } from "../text.ts";
import {
  byVotes as byVotesOf,
  errorAnswer,
  required,
  type Answer,
  type QueryContext,
  type QueryInput,
} from "./answer.ts";
import { nearest } from "./values.ts";

/** Films with fewer votes than this get a note that their average rests on few votes. */
export const FEW_VOTES = 2000;

interface FilmMatch {
  row: number;
  /** The other films with the same title, as answers list them. */
  otras: { titulo: string; año: number }[];
}

const byVotes = (context: QueryContext) => byVotesOf(context.catalog);

/** Parses `año`: a whole year, or the error answer. */
function yearOf(text: string | undefined): number | null | Answer {
  if (text === undefined || text.trim() === "") return null;
  const year = Number(text.trim());
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    return errorAnswer(`"${text}" no es un año: se esperaba un número de cuatro cifras`);
  return year;
}

/** The film `input.titulo` (and `input.año`) names, or the error answer. */
export function findFilm(context: QueryContext, input: QueryInput): FilmMatch | Answer {
  const text = required(input, "titulo");
  if (typeof text !== "string") return text;
  const year = yearOf(input["año"]);
  if (year !== null && typeof year !== "number") return year;
  const { title, releaseYear } = context.catalog;
  const rows = [...context.titles.exact(text)].sort(byVotes(context));
  if (rows.length === 0) {
    const near = nearest(context.titles, text, 20).map((row) => title[row]);
    return errorAnswer(
      `ninguna película se titula "${text}"`,
      [...new Set(near)].filter((t) => fold(t) !== fold(text)).slice(0, 5),
    );
  }
  const chosen = year === null ? rows[0] : rows.find((row) => releaseYear[row] === year);
  if (chosen === undefined)
    return errorAnswer(
      `ninguna película titulada "${title[rows[0]]}" es de ${year}`,
      rows.map((row) => String(releaseYear[row])),
    );
  const otras = rows
    .filter((row) => row !== chosen)
    .map((row) => ({ titulo: title[row], año: releaseYear[row] }));
  return { row: chosen, otras };
}

const isMatch = (x: FilmMatch | Answer): x is FilmMatch => typeof x.row === "number";

/** Adds the other films of the same title, when there are any. */
const withOthers = (answer: Answer, match: FilmMatch): Answer =>
  match.otras.length > 0 ? { ...answer, otras: match.otras } : answer;

/** A float32 column's value as the decimal it was written from (7.7, not 7.699999809), or null. */
const nullable = (x: number) => (Number.isNaN(x) ? null : Number(x.toPrecision(7)));

/**
 * retorno as the original answered it (0 when the budget is unknown); a doubtful figure (money.ts)
 * and the return made of it are named in `dato_dudoso`, so no one reads them as facts.
 */
export function retorno(context: QueryContext, input: QueryInput): Answer {
  const match = findFilm(context, input);
  if (!isMatch(match)) return match;
  const { title, budget, revenue, releaseYear } = context.catalog;
  const row = match.row;
  const answer: Answer = {
    pelicula: title[row],
    inversion: budget[row],
    ganancia: revenue[row],
    retorno: budget[row] > 0 ? revenue[row] / budget[row] : 0,
    año: releaseYear[row],
  };
  const check = checkMoney(budget[row], revenue[row]);
  const doubtful = (["inversion", "ganancia", "retorno"] as const).filter(
    (_, i) => check[(["budget", "revenue", "return"] as const)[i]] === "doubtful",
  );
  if (doubtful.length > 0) answer.dato_dudoso = doubtful;
  return withOthers(answer, match);
}

export function recomendacion(context: QueryContext, input: QueryInput): Answer {
  const match = findFilm(context, input);
  if (!isMatch(match)) return match;
  return withOthers({ "lista recomendada": context.recommendTitles(match.row) }, match);
}

export function peliculasDuracion(context: QueryContext, input: QueryInput): Answer {
  const match = findFilm(context, input);
  if (!isMatch(match)) return match;
  const { title, runtime, releaseYear } = context.catalog;
  const duracion = nullable(runtime[match.row]);
  const answer: Answer = { pelicula: title[match.row], duracion, año: releaseYear[match.row] };
  if (duracion === null) answer.nota = "la duración de esta película no consta en los datos";
  return withOthers(answer, match);
}

export function scoreTitulo(context: QueryContext, input: QueryInput): Answer {
  const match = findFilm(context, input);
  if (!isMatch(match)) return match;
  const { title, popularity, releaseYear } = context.catalog;
  const popularidad = nullable(popularity[match.row]);
  const answer: Answer = { titulo: title[match.row], año: releaseYear[match.row], popularidad };
  if (popularidad === null) answer.nota = "la popularidad de esta película no consta en los datos";
  return withOthers(answer, match);
}

export function votosTitulo(context: QueryContext, input: QueryInput): Answer {
  const match = findFilm(context, input);
  if (!isMatch(match)) return match;
  const { title, voteCount, voteAverage, releaseYear } = context.catalog;
  const row = match.row;
  const votos = voteCount[row] < 0 ? null : voteCount[row];
  const answer: Answer = {
    titulo: title[row],
    año: releaseYear[row],
    votos,
    promedio: votos ? nullable(voteAverage[row]) : null,
  };
  if (votos === null || votos < FEW_VOTES)
    answer.nota = `menos de ${FEW_VOTES} votos: el promedio se apoya en pocos votos`;
  return withOthers(answer, match);
}
