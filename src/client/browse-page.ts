// The browse page's controller: reads the facet, value, order and page from the URL, asks the
// worker for that page (one or two browse shards) and renders its cards, the order picker and the
// links to the previous and next pages, each a permalink.
import { browseT, valueLabel } from "../i18n/browse.ts";
import { path } from "../i18n/routes.ts";
import { formatNumber } from "../i18n/strings.ts";
import {
  isBrowseMiss,
  type BrowseCard,
  type BrowseFacet,
  type BrowseMiss,
  type BrowsePage,
  type BrowseSort,
} from "../lib/browse.ts";
import { browseHref, browseRequest, FACET_PARAM, SORT_WORD } from "./browse-params.ts";
import { startEngine } from "./engine-client.ts";
import { queryHref } from "./film-view.ts";
import { count, decimal } from "./format.ts";
import { engineProblem, showProblem } from "./problem.ts";
import { pageLang, renderFilmCards } from "./render.ts";

/** The query of the original API about a value of the facet: [query, its parameter]. */
const FACET_QUERY: Partial<Record<BrowseFacet, [string, string]>> = {
  collection: ["franquicia", "franquicia"],
  country: ["peliculas_pais", "pais"],
  company: ["productoras", "productora"],
  language: ["peliculas_idioma", "idioma"],
  director: ["get_director", "director"],
  actor: ["get_actor", "actor"],
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Starts the browse page inside `root` (the page's main element). */
export function startBrowsePage(root: HTMLElement): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const lang = pageLang();
  const b = browseT(lang);
  const request = browseRequest(new URLSearchParams(location.search));
  const results = $("#browse-results");
  const problem = $("#browse-problem");
  if (!request.facet) {
    results.hidden = true;
    return;
  }
  const facet = request.facet;
  const { api, ready } = startEngine();
  const title = $("#browse-title");
  const eyebrow = $("#browse-facet");
  const countLine = $("#browse-count");
  const order = $<HTMLSelectElement>("#browse-order");
  const hiddenValue = $<HTMLInputElement>("#browse-value");
  eyebrow.textContent = b.facet[facet];
  title.textContent = capital(valueLabel(lang, facet, request.value));
  countLine.textContent = "\u00a0";
  order.value = SORT_WORD[request.sort][lang];
  hiddenValue.name = FACET_PARAM[facet][lang];
  hiddenValue.value = request.value;
  $("#rating-note").hidden = request.sort !== "rating";
  order.addEventListener("change", () => {
    const sort = (Object.keys(SORT_WORD) as BrowseSort[]).find(
      (s) => SORT_WORD[s][lang] === order.value,
    )!;
    location.assign(browseHref(lang, facet, hiddenValue.value, sort));
  });

  const fail = (error: unknown) => {
    results.hidden = true;
    engineProblem(problem, error);
  };

  const rating = (film: BrowseCard) =>
    film.vote_average === null
      ? b.noVotes
      : b.rating(decimal(lang, film.vote_average), count(lang, film.vote_count));

  ready
    .then(async () => {
      const answer = (await api.browse(facet, request.value, request.sort, request.page)) as
        BrowsePage | BrowseMiss;
      if (isBrowseMiss(answer)) {
        results.hidden = true;
        countLine.textContent = "";
        showProblem(problem, b.none(b.facet[facet], request.value), {
          link: { href: path("browse", lang), text: b.pageTitle },
        });
        if (answer.closest.length) {
          const p = document.createElement("p");
          p.textContent = `${b.closest} `;
          answer.closest.forEach((value, i) => {
            const a = document.createElement("a");
            a.href = browseHref(lang, facet, value, request.sort);
            a.textContent = valueLabel(lang, facet, value);
            p.append(...(i > 0 ? [", "] : []), a);
          });
          problem.querySelector(".problem")!.insertBefore(p, problem.querySelector(".button"));
        }
        document.body.dataset.ready = "true";
        return;
      }
      const label = capital(valueLabel(lang, facet, answer.value));
      title.textContent = label;
      hiddenValue.value = answer.value;
      document.title = `${label} · ${b.pageTitle} · Filmoteca`;
      countLine.textContent = b.films(formatNumber(lang, answer.total), answer.total === 1);
      const query = FACET_QUERY[facet];
      if (query) {
        const link = $<HTMLAnchorElement>("#browse-query a");
        link.href = queryHref(lang, query[0], query[1], answer.value);
        link.textContent = `${b.query}: ${query[0]}`;
        $("#browse-query").hidden = false;
      }
      const list = $("#browse-list");
      list.replaceChildren(renderFilmCards(answer.films, lang, { detail: rating }));
      if (answer.films.length === 0) {
        const p = document.createElement("p");
        p.append(`${b.noneHere} `);
        const a = document.createElement("a");
        a.href = browseHref(lang, facet, answer.value, answer.sort);
        a.textContent = b.firstPage;
        p.append(a);
        list.append(p);
      }
      results.removeAttribute("aria-busy");
      const at = (page: number) => browseHref(lang, facet, answer.value, answer.sort, page);
      const prev = $<HTMLAnchorElement>("#browse-prev");
      const next = $<HTMLAnchorElement>("#browse-next");
      prev.hidden = answer.page <= 1;
      prev.href = at(Math.min(answer.page - 1, answer.pages));
      next.hidden = answer.page >= answer.pages;
      next.href = at(answer.page + 1);
      $("#browse-page").textContent = b.pageOf(
        formatNumber(lang, Math.min(answer.page, answer.pages)),
        formatNumber(lang, answer.pages),
      );
      $("#browse-status").textContent = countLine.textContent;
      document.body.dataset.ready = "true";
    }, fail)
    .catch(fail);
}
