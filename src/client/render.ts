// DOM rendering of film lists (cards with poster, title, year, the like toggle and why they were
// chosen). Data is always set as text (textContent), never as HTML.
import { filmT } from "../i18n/film.ts";
import { genreName } from "../i18n/genres.ts";
import { path } from "../i18n/routes.ts";
import type { Lang } from "../i18n/strings.ts";
import type { FilmSummary, RecommendedFilm } from "../lib/engine.ts";
import type { ProfileReason } from "../lib/profile.ts";
import type { ProfileFilm } from "../lib/sharded-engine.ts";
import { list } from "./format.ts";
import { likeButton } from "./likes.ts";
import { posterElement } from "./poster.ts";

/** The page's language, from `<html lang>`. */
export const pageLang = (): Lang => (document.documentElement.lang === "en" ? "en" : "es");

/** The film page of a film in `lang`, e.g. "/pelicula/?id=862". */
export const filmHref = (lang: Lang, id: number): string => `${path("film", lang)}?id=${id}`;

/** The liked films a "for you" reason names at most; the rest are counted. */
const LIKED_SHOWN = 3;

/** A reason as a readable phrase: "Mismo director: John Lasseter", "Porque te gustaron A y B". */
export function reasonText(reason: ProfileReason, lang: Lang): string {
  const phrases = filmT(lang).reasons;
  if (reason.kind === "youLiked") {
    const n = reason.values.length;
    const shown = reason.values.slice(0, n > LIKED_SHOWN + 1 ? LIKED_SHOWN : n);
    const rest = n - shown.length;
    return phrases.youLiked(n, list(lang, rest ? [...shown, phrases.more(rest)] : shown));
  }
  if (reason.kind === "popular" || reason.kind === "alike") return phrases[reason.kind]();
  const phrase = phrases[reason.kind];
  if ("value" in reason) return phrase(reason.value);
  // Genres are translated; keywords are the data's own words (English), so they are quoted as data.
  const values =
    reason.kind === "genres"
      ? reason.values.map((g) => genreName(g, lang))
      : reason.kind === "keywords"
        ? reason.values.map((k) => (lang === "es" ? `«${k}»` : `“${k}”`))
        : reason.values;
  return phrase(list(lang, values));
}

/** Options of {@link renderFilmCards}. */
export interface FilmCardsOptions<T> {
  /** A further line under a card's year and genres (e.g. its rating). Default: none. */
  detail?: (film: T) => string;
}

/**
 * A list of film cards; each links to its film page, has its "I liked it" toggle and, for
 * recommendations, says why.
 */
export function renderFilmCards<T extends FilmSummary | RecommendedFilm | ProfileFilm>(
  films: readonly T[],
  lang: Lang,
  options: FilmCardsOptions<T> = {},
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
    const detail = options.detail?.(film);
    if (detail) {
      const extra = document.createElement("span");
      extra.className = "film-card-meta";
      extra.textContent = detail;
      link.append(extra);
    }
    li.append(link, likeButton(film.id, film.title, lang));
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
