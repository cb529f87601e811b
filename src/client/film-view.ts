// Renders one film into the film page's skeleton: title, facts (money spelt "unknown" when the
// data does not know it), links to the query pages, poster. Every value is set as text.
import { filmT } from "../i18n/film.ts";
import { genreName } from "../i18n/genres.ts";
import { path } from "../i18n/routes.ts";
import type { Lang } from "../i18n/strings.ts";
import { checkMoney } from "../lib/money.ts";
import type { Film } from "../lib/schema.ts";
import { count, decimal, languageName, list, money, ratio } from "./format.ts";
import { posterElement } from "./poster.ts";

/** A query page's address with its one parameter, e.g. /consultas/franquicia/?franquicia=… */
export function queryHref(lang: Lang, query: string, param: string, value: string): string {
  return `${path("queries", lang)}${query}/?${new URLSearchParams({ [param]: value })}`;
}

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

/** Links separated by commas, in one definition. */
function links(values: readonly string[], href: (value: string) => string): Node[] {
  return values.flatMap((value, i) => [
    ...(i > 0 ? [document.createTextNode(", ")] : []),
    link(href(value), value),
  ]);
}

/** The facts list: label → value nodes; null values are spelt "unknown". */
function facts(film: Film, lang: Lang): [string, Node[] | string | null][] {
  const f = filmT(lang);
  const rows: [string, Node[] | string | null][] = [];
  if (film.directors?.length) rows.push([f.director, list(lang, film.directors)]);
  if (film.cast?.length) rows.push([f.cast, list(lang, film.cast.slice(0, 8))]);
  if (film.collection) {
    const name = film.collection;
    rows.push([f.collection, [link(queryHref(lang, "franquicia", "franquicia", name), name)]]);
  }
  if (film.production_companies?.length)
    rows.push([
      f.companies,
      links(film.production_companies, (c) => queryHref(lang, "productoras", "productora", c)),
    ]);
  if (film.production_countries?.length)
    rows.push([
      f.countries,
      links(film.production_countries, (c) => queryHref(lang, "peliculas_pais", "pais", c)),
    ]);
  if (film.original_language) rows.push([f.language, languageName(lang, film.original_language)]);
  // A doubtful figure (src/lib/money.ts) keeps its amount, flagged; the return made of it is not
  // given at all, for "8.500.000 veces lo invertido" would read as a fact.
  const check = checkMoney(film.budget, film.revenue);
  const amount = (value: number, state: string): Node[] | string | null => {
    const shown = money(lang, value);
    return shown && state === "doubtful" ? [text("span", shown), doubtful(f.doubtful)] : shown;
  };
  rows.push([f.budget, amount(film.budget, check.budget)]);
  rows.push([f.revenue, amount(film.revenue, check.revenue)]);
  const r = ratio(lang, film.revenue, film.budget);
  rows.push([
    f.return,
    check.return === "doubtful" ? [doubtful(f.doubtfulReturn)] : r && f.returnValue(r),
  ]);
  const votes =
    film.vote_count === null
      ? null
      : film.vote_average !== null && film.vote_count > 0
        ? f.votesValue(decimal(lang, film.vote_average), count(lang, film.vote_count))
        : f.votesCount(count(lang, film.vote_count));
  rows.push([f.votes, votes]);
  return rows;
}

/** Fills the film page's article with `film`. */
export function renderFilm(root: HTMLElement, film: Film, lang: Lang): void {
  const f = filmT(lang);
  document.title = `${film.title} (${film.release_year}) · Filmoteca`;
  root.querySelector("#film-title")!.textContent = film.title;
  const subtitle = [String(film.release_year)];
  if (film.runtime) subtitle.push(f.minutes(count(lang, Math.round(film.runtime))));
  if (film.original_title && film.original_title !== film.title)
    subtitle.push(`${f.originalTitle}: ${film.original_title}`);
  root.querySelector("#film-subtitle")!.textContent = subtitle.join(" · ");
  root
    .querySelector("#film-genres")!
    .replaceChildren(...(film.genres ?? []).map((g) => text("li", genreName(g, lang))));
  const tagline = root.querySelector<HTMLElement>("#film-tagline")!;
  tagline.textContent = film.tagline ?? "";
  tagline.hidden = !film.tagline;
  const overview = root.querySelector<HTMLElement>("#film-overview")!;
  overview.querySelector("p")!.textContent = film.overview ?? "";
  overview.hidden = !film.overview;
  const dl = root.querySelector("#film-facts")!;
  dl.replaceChildren(
    ...facts(film, lang).flatMap(([label, value]) => {
      const dd = document.createElement("dd");
      if (value === null) dd.append(text("span", f.unknown, "unknown"));
      else if (typeof value === "string") dd.textContent = value;
      else dd.append(...value);
      return [text("dt", label), dd];
    }),
  );
  root
    .querySelector("#film-poster")!
    .replaceChildren(
      posterElement(film.title, film.poster_path, { alt: f.poster(film.title), eager: true }),
    );
  root.removeAttribute("aria-busy");
}
