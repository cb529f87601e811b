// DOM rendering of film lists (cards with poster, title, year and why they were chosen). Data is
// always set as text (textContent), never as HTML.
import { filmT } from "../i18n/film.ts";
import { genreName } from "../i18n/genres.ts";
import { path } from "../i18n/routes.ts";
import type { Lang } from "../i18n/strings.ts";
import type { FilmSummary, RecommendedFilm } from "../lib/engine.ts";
import type { Reason } from "../lib/recommend.ts";
import { list } from "./format.ts";
import { posterElement } from "./poster.ts";

/** The page's language, from `<html lang>`. */
export const pageLang = (): Lang => (document.documentElement.lang === "en" ? "en" : "es");

/** The film page of a film in `lang`, e.g. "/pelicula/?id=862". */
export const filmHref = (lang: Lang, id: number): string => `${path("film", lang)}?id=${id}`;

/** A reason as a readable phrase: "Mismo director: John Lasseter". */
export function reasonText(reason: Reason, lang: Lang): string {
  const phrases = filmT(lang).reasons;
  if (reason.kind === "popular" || reason.kind === "alike") return phrases[reason.kind]();
  const phrase = phrases[reason.kind];
  if ("value" in reason) return phrase(reason.value);
  const values =
    reason.kind === "genres" ? reason.values.map((g) => genreName(g, lang)) : reason.values;
  return phrase(list(lang, values));
}

/** A list of film cards; each links to its film page and, for recommendations, says why. */
export function renderFilmCards(
  films: readonly (FilmSummary | RecommendedFilm)[],
  lang: Lang,
): HTMLElement {
  const ol = document.createElement("ol");
  ol.className = "film-grid";
  ol.dataset.testid = "film-cards";
  for (const film of films) {
    const li = document.createElement("li");
    li.className = "film-card";
    const link = document.createElement("a");
    link.href = filmHref(lang, film.id);
    const title = document.createElement("span");
    title.className = "film-card-title";
    title.textContent = film.title;
    const meta = document.createElement("span");
    meta.className = "film-card-meta";
    meta.textContent = [film.year, ...film.genres.slice(0, 2).map((g) => genreName(g, lang))].join(
      " · ",
    );
    link.append(posterElement(film.title, film.poster_path), title, meta);
    li.append(link);
    if ("reasons" in film && film.reasons.length) {
      const why = document.createElement("ul");
      why.className = "reasons";
      for (const reason of film.reasons.slice(0, 3)) {
        const item = document.createElement("li");
        item.textContent = reasonText(reason, lang);
        why.append(item);
      }
      li.append(why);
    }
    ol.append(li);
  }
  return ol;
}
