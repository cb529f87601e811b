// The film page's recommendation filters as URL state: read from and written to the query string,
// so a filtered list is a permalink and back/forward restore it. No DOM: unit-tested in Node.
import type { RecommendFilters } from "../lib/recommend.ts";

/** The query-string keys of the filters (Spanish, like the rest of the site's URLs). */
export const FILTER_PARAM = {
  yearFrom: "desde",
  yearTo: "hasta",
  genre: "genero",
  language: "idioma",
  minVotes: "votos",
} as const satisfies Record<keyof RecommendFilters, string>;

const YEAR = /^\d{4}$/;
const COUNT = /^\d{1,9}$/;
const LANGUAGE = /^[a-z]{2,3}$/;

/**
 * The filters a query string asks for. A value that is not what its key expects (a year of four
 * digits, a whole number of votes, a language code) is ignored rather than failing the page.
 */
export function filtersFromParams(params: URLSearchParams): RecommendFilters {
  const filters: RecommendFilters = {};
  const from = params.get(FILTER_PARAM.yearFrom) ?? "";
  const to = params.get(FILTER_PARAM.yearTo) ?? "";
  const genre = params.get(FILTER_PARAM.genre) ?? "";
  const language = params.get(FILTER_PARAM.language) ?? "";
  const votes = params.get(FILTER_PARAM.minVotes) ?? "";
  if (YEAR.test(from)) filters.yearFrom = Number(from);
  if (YEAR.test(to)) filters.yearTo = Number(to);
  if (genre.trim()) filters.genre = genre.trim();
  if (LANGUAGE.test(language)) filters.language = language;
  if (COUNT.test(votes) && Number(votes) > 0) filters.minVotes = Number(votes);
  return filters;
}

/** `params` with the filter keys replaced by `filters` (other keys, such as `id`, are kept). */
export function paramsWithFilters(
  params: URLSearchParams,
  filters: RecommendFilters,
): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of Object.keys(FILTER_PARAM) as (keyof RecommendFilters)[]) {
    const value = filters[key];
    if (value === undefined || value === "" || (key === "minVotes" && value === 0))
      out.delete(FILTER_PARAM[key]);
    else out.set(FILTER_PARAM[key], String(value));
  }
  return out;
}

/** True when no filter is set. */
export const noFilters = (filters: RecommendFilters): boolean =>
  Object.values(filters).every((v) => v === undefined);

/** What can be wrong with a year box: not four digits yet, outside the catalogue, or after "to". */
export type YearProblem = "digits" | "range" | "inverted";

/** The years the catalogue spans (the facets' yearMin and yearMax). */
export interface YearBounds {
  min: number;
  max: number;
}

/**
 * What is wrong with the text of the two year boxes, box by box (an empty box is no filter, so
 * nothing is wrong with it). "19" is not a year yet; 1850 is before the catalogue; a "from" after
 * the "to" leaves no year between them, which is said on the "to" box.
 */
export function yearProblems(
  from: string,
  to: string,
  bounds?: YearBounds,
): { yearFrom?: YearProblem; yearTo?: YearProblem } {
  const out: { yearFrom?: YearProblem; yearTo?: YearProblem } = {};
  const check = (text: string): YearProblem | undefined => {
    const t = text.trim();
    if (t === "") return undefined;
    if (!YEAR.test(t)) return "digits";
    const year = Number(t);
    if (bounds && (year < bounds.min || year > bounds.max)) return "range";
    return undefined;
  };
  const fromProblem = check(from);
  const toProblem = check(to);
  if (fromProblem) out.yearFrom = fromProblem;
  if (toProblem) out.yearTo = toProblem;
  if (!fromProblem && !toProblem && from.trim() && to.trim() && Number(from) > Number(to))
    out.yearTo = "inverted";
  return out;
}
