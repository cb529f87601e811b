// Renders one film into the film page's skeleton: title, facts (money spelt "unknown" when the
// data does not know it), links to the query pages, poster. Every value is set as text.
import { filmT } from "../i18n/film.ts";
import { genreName } from "../i18n/genres.ts";
import { path } from "../i18n/routes.ts";
import type { Lang } from "../i18n/strings.ts";
import { countryName } from "../i18n/languages.ts";
import { checkMoney } from "../lib/money.ts";
import type { Film, FilmColumn, SourceName } from "../lib/schema.ts";
import { browseHref } from "./browse-params.ts";
import { count, decimal, languageName, money, ratio } from "./format.ts";
import { posterElement } from "./poster.ts";

/** A query page's address with its one parameter, e.g. /consultas/franquicia/?franquicia=… */
export function queryHref(lang: Lang, query: string, param: string, value: string): string {
  return `${path("queries", lang)}${query}/?${new URLSearchParams({ [param]: value })}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const text = (tag: string, value: string, className?: string) => {
  const el = document.createElement(tag);
  el.textContent = value;
  if (className) el.className = className;
  return el;
};

const link = (href: string, value: string) => {
  const a = text("a", value) as HTMLAnchorElement;
  a.href = href;
  return a;
};

/** The flag of a doubtful figure, with the rule in its title. */
function doubtful(label: string): HTMLElement {
  const flag = text("span", label, "doubtful");
  flag.dataset.testid = "doubtful";
  return flag;
}

/** Links separated by commas, in one definition; `label` words each (default: the value). */
function links(
  values: readonly string[],
  href: (value: string) => string,
  label: (value: string, i: number) => string = (value) => value,
): Node[] {
  return values.flatMap((value, i) => [
    ...(i > 0 ? [document.createTextNode(", ")] : []),
    link(href(value), label(value, i)),
  ]);
}

/** The noun's gender and number of a row, for its "unknown" (Spanish agrees: Dirección desconocida). */
type Gender = "m" | "f" | "mp" | "fp";

/** A facts row: its label, its value (null: unknown) and how "unknown" agrees with it. */
type FactRow = [label: string, value: Node[] | string | null, gender: Gender];

/** The rows of the facts list, always the same rows in the same order (the page reserves them). */
export const FACT_ROWS = [
  "director",
  "cast",
  "collection",
  "companies",
  "countries",
  "language",
  "runtime",
  "budget",
  "revenue",
  "return",
  "votes",
  "links",
] as const;

/** What the facts need to know of the build: its source (vega ids are not TMDB's) and fields. */
export interface FilmContext {
  source?: SourceName;
  fields?: readonly FilmColumn[];
}

/** External pages of the film: IMDb by its imdb_id, TMDB by its id (TMDB's ids: kaggle only). */
export function externalLinks(film: Film, source: SourceName | undefined) {
  const out: { name: string; href: string }[] = [];
  if (film.imdb_id && /^tt\d+$/.test(film.imdb_id))
    out.push({ name: "IMDb", href: `https://www.imdb.com/title/${film.imdb_id}/` });
  if (source === "kaggle")
    out.push({ name: "TMDB", href: `https://www.themoviedb.org/movie/${film.id}` });
  return out;
}

/** The facts list, one row per {@link FACT_ROWS} entry; null values are spelt "unknown". */
function facts(film: Film, lang: Lang, context: FilmContext): FactRow[] {
  const f = filmT(lang);
  const some = <T>(values: readonly T[] | null | undefined) => (values?.length ? values : null);
  const browse = (facet: Parameters<typeof browseHref>[1]) => (value: string) =>
    browseHref(lang, facet, value);
  const directors = some(film.directors);
  const cast = some(film.cast?.slice(0, 8));
  const companies = some(film.production_companies);
  const countries = some(film.production_countries);
  const knowsCollections = !context.fields || context.fields.includes("collection");
  const collection = film.collection
    ? [link(browseHref(lang, "collection", film.collection), film.collection)]
    : knowsCollections
      ? f.noCollection
      : null;
  const language = film.original_language
    ? [
        link(
          browseHref(lang, "language", film.original_language),
          capital(languageName(lang, film.original_language)),
        ),
      ]
    : null;
  const r = ratio(lang, film.revenue, film.budget);
  // A doubtful figure (src/lib/money.ts) keeps its amount, flagged; the return made of it is not
  // given at all, for "8.500.000 veces lo invertido" would read as a fact.
  const check = checkMoney(film.budget, film.revenue);
  const amount = (value: number, state: string): Node[] | string | null => {
    const shown = money(lang, value);
    return shown && state === "doubtful" ? [text("span", shown), doubtful(f.doubtful)] : shown;
  };
  const votes =
    film.vote_count === null
      ? null
      : film.vote_average !== null && film.vote_count > 0
        ? f.votesValue(decimal(lang, film.vote_average), count(lang, film.vote_count))
        : f.votesCount(count(lang, film.vote_count));
  const external = externalLinks(film, context.source);
  const rows: Record<(typeof FACT_ROWS)[number], FactRow> = {
    director: [f.director, directors && links(directors, browse("director")), "f"],
    cast: [f.cast, cast && links(cast, browse("actor")), "m"],
    collection: [f.collection, collection, "f"],
    companies: [f.companies, companies && links(companies, browse("company")), "fp"],
    countries: [
      f.countries,
      countries &&
        links(
          countries,
          browse("country"),
          (name, i) => countryName(lang, film.production_country_codes?.[i]) ?? name,
        ),
      "mp",
    ],
    language: [f.language, language, "m"],
    runtime: [
      f.runtime,
      film.runtime ? f.minutes(count(lang, Math.round(film.runtime))) : null,
      "f",
    ],
    budget: [f.budget, amount(film.budget, check.budget), "m"],
    revenue: [f.revenue, amount(film.revenue, check.revenue), "f"],
    return: [
      f.return,
      check.return === "doubtful" ? [doubtful(f.doubtfulReturn)] : r && f.returnValue(r),
      "m",
    ],
    votes: [f.votes, votes, "f"],
    links: [
      f.links,
      external.length
        ? external.flatMap(({ name, href }, i) => {
            const a = link(href, name);
            a.rel = "external noopener";
            a.setAttribute("aria-label", (name === "IMDb" ? f.linkImdb : f.linkTmdb)(film.title));
            return [...(i > 0 ? [document.createTextNode(" · ")] : []), a];
          })
        : null,
      "mp",
    ],
  };
  return FACT_ROWS.map((key) => rows[key]);
}

/** What the head of the film page shows: the fields of the film's card. */
export type FilmHead = Pick<
  Film,
  "title" | "release_year" | "original_title" | "genres" | "poster_path"
>;

/**
 * Fills the head of the film page (title, year, original title, genres, poster) from the film's
 * card: the page shows it the moment the card arrives, before the worker has the rest.
 */
export function renderFilmHead(root: HTMLElement, film: FilmHead, lang: Lang): void {
  const f = filmT(lang);
  document.title = `${film.title} (${film.release_year}) · Filmoteca`;
  root.querySelector("#film-title")!.textContent = film.title;
  const subtitle: Node[] = [];
  if (film.release_year > 0) {
    const year = link(
      browseHref(lang, "year", String(film.release_year)),
      String(film.release_year),
    );
    year.setAttribute("aria-label", f.browseYear(String(film.release_year)));
    subtitle.push(year);
  }
  if (film.original_title && film.original_title !== film.title)
    subtitle.push(
      document.createTextNode(
        `${subtitle.length ? " · " : ""}${f.originalTitle}: ${film.original_title}`,
      ),
    );
  root.querySelector("#film-subtitle")!.replaceChildren(...subtitle);
  root.querySelector("#film-genres")!.replaceChildren(
    ...(film.genres ?? []).map((g) => {
      const li = document.createElement("li");
      li.append(link(browseHref(lang, "genre", g), genreName(g, lang)));
      return li;
    }),
  );
  const poster = root.querySelector("#film-poster")!;
  // The same poster twice (card first, then the whole film) is not drawn twice.
  const drawn = film.poster_path ?? "";
  if (poster.getAttribute("data-for") !== drawn) {
    poster.setAttribute("data-for", drawn);
    poster.replaceChildren(
      posterElement(film.title, film.poster_path, { alt: f.poster(film.title), eager: true }),
    );
  }
}

/** Fills the film page's article with `film`. */
export function renderFilm(
  root: HTMLElement,
  film: Film,
  lang: Lang,
  context: FilmContext = {},
): void {
  const f = filmT(lang);
  renderFilmHead(root, film, lang);
  const tagline = root.querySelector<HTMLElement>("#film-tagline")!;
  tagline.textContent = film.tagline ?? "";
  tagline.hidden = !film.tagline;
  const overview = root.querySelector<HTMLElement>("#film-overview")!;
  overview.querySelector("p")!.textContent = film.overview ?? "";
  overview.hidden = !film.overview;
  const dl = root.querySelector("#film-facts")!;
  dl.replaceChildren(
    ...facts(film, lang, context).flatMap(([label, value, gender]) => {
      const dd = document.createElement("dd");
      if (value === null) dd.append(text("span", f.unknownAs[gender], "unknown"));
      else if (typeof value === "string") dd.textContent = value;
      else dd.append(...value);
      return [text("dt", label), dd];
    }),
  );
  root.removeAttribute("aria-busy");
}
