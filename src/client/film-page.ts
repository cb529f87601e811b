// The film page's controller: reads ?id= and the filters from the URL, asks the worker for the film
// and its similar films, and keeps the filter form, the URL and the list in step (back/forward too).
import * as Comlink from "comlink";
import { filmT } from "../i18n/film.ts";
import { genreName } from "../i18n/genres.ts";
import { path } from "../i18n/routes.ts";
import type { Facets } from "../lib/engine.ts";
import type { RecommendFilters } from "../lib/recommend.ts";
import { dataUrl, startEngine } from "./engine-client.ts";
import {
  filtersFromParams,
  noFilters,
  paramsWithFilters,
  yearProblems,
  type YearBounds,
} from "./filters.ts";
import { languageName } from "./format.ts";
import { formatNumber } from "../i18n/strings.ts";
import { earlyCard } from "./early-card.ts";
import { renderFilm, renderFilmHead } from "./film-view.ts";
import { forYouT } from "../i18n/for-you.ts";
import { likeButton } from "./likes.ts";
import { latestOnly, STALE } from "./latest-only.ts";
import { engineProblem, showProblem } from "./problem.ts";
import { pageLang, renderFilmCards } from "./render.ts";

/** How many recommendations the page lists. */
const SIMILAR_COUNT = 12;

/** How many films alike in content it lists below them (when the first list is led by viewers). */
const ALIKE_COUNT = 6;

/** How long the year boxes wait after the last key before the list follows, ms. */
export const TYPING_PAUSE_MS = 300;

function option(value: string, label: string): HTMLOptionElement {
  const el = document.createElement("option");
  el.value = value;
  el.textContent = label;
  return el;
}

/** Starts the film page inside `root` (the page's main element). */
export function startFilmPage(root: HTMLElement): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const lang = pageLang();
  const f = filmT(lang);
  const article = $("#film");
  const similar = $("#similar");
  const problem = $("#film-problem");
  const status = $("#similar-status");
  const listBox = $("#similar-list");
  const alike = $("#alike");
  let withAlike = false;
  const form = $<HTMLFormElement>("#filters");
  const fields = {
    yearFrom: $<HTMLInputElement>("#f-from"),
    yearTo: $<HTMLInputElement>("#f-to"),
    genre: $<HTMLSelectElement>("#f-genre"),
    language: $<HTMLSelectElement>("#f-language"),
    minVotes: $<HTMLInputElement>("#f-votes"),
  };
  const idText = new URLSearchParams(location.search).get("id") ?? "";
  const fail = (error: unknown) => {
    article.hidden = similar.hidden = alike.hidden = true;
    engineProblem(problem, error);
  };
  const home = { href: path("home", lang), text: f.backHome };
  if (!idText.trim()) {
    article.hidden = similar.hidden = true;
    showProblem(problem, f.noId, { link: home });
    return;
  }
  // Film ids are Int32 (TMDB ids, or the vega source's hashed ids up to 2^31 - 1).
  const id = /^\d{1,10}$/.test(idText) && Number(idText) <= 0x7fffffff ? Number(idText) : NaN;
  // The head of the film from its card, read by the page itself before the worker starts: on a slow
  // link the worker's script would share the bandwidth with that one small shard. The worker then
  // answers everything (and reports every problem); its whole film replaces the head.
  const cardRead = Number.isNaN(id)
    ? Promise.resolve({})
    : earlyCard(dataUrl(), id).then((early) => {
        if (early.card) renderFilmHead(article, early.card, lang);
        return early.files;
      });
  // A failed read hands the worker nothing, and it fetches for itself.
  const engine = cardRead.catch(() => ({})).then((files) => startEngine(files));

  const formFilters = (): RecommendFilters => {
    const params = new URLSearchParams();
    for (const el of Object.values(fields))
      if (el.value.trim()) params.set(el.name, el.value.trim());
    return filtersFromParams(params);
  };

  /** The boxes one types in: filled from the URL at once, so what a visitor types early stays. */
  const fillBoxes = (filters: RecommendFilters) => {
    fields.yearFrom.value = filters.yearFrom?.toString() ?? "";
    fields.yearTo.value = filters.yearTo?.toString() ?? "";
    fields.minVotes.value = filters.minVotes?.toString() ?? "";
  };
  /** The choices: filled once the catalogue's genres and languages are there. */
  const fillSelects = (filters: RecommendFilters) => {
    for (const [key, select] of [
      ["genre", fields.genre],
      ["language", fields.language],
    ] as const) {
      const value = filters[key] ?? "";
      // A value from the URL that the catalogue lacks still shows (as text) what is filtered.
      if (value && ![...select.options].some((o) => o.value === value))
        select.append(option(value, value));
      select.value = value;
    }
  };
  const fillForm = (filters: RecommendFilters) => {
    fillBoxes(filters);
    fillSelects(filters);
  };
  fillBoxes(filtersFromParams(new URLSearchParams(location.search)));

  let bounds: YearBounds | undefined;
  const yearBoxes = [
    ["yearFrom", fields.yearFrom],
    ["yearTo", fields.yearTo],
  ] as const;

  /** Says next to each year box what is wrong with it; true when both are fine. */
  const checkYears = (): boolean => {
    const problems = yearProblems(fields.yearFrom.value, fields.yearTo.value, bounds);
    for (const [key, input] of yearBoxes) {
      const problem = problems[key];
      const message = $(`#${input.id}-msg`);
      message.textContent = problem
        ? f.yearProblem[problem](String(bounds?.min ?? ""), String(bounds?.max ?? ""))
        : "";
      if (problem) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    return Object.keys(problems).length === 0;
  };

  const fillChoices = (facets: Facets) => {
    fields.genre.append(...facets.genres.map((g) => option(g, genreName(g, lang))));
    fields.language.append(...facets.languages.map((l) => option(l, languageName(lang, l))));
    $("#f-language-field").hidden = facets.languages.length === 0;
    bounds = { min: facets.yearMin, max: facets.yearMax };
    for (const input of [fields.yearFrom, fields.yearTo]) {
      input.min = String(facets.yearMin);
      input.max = String(facets.yearMax);
      input.placeholder = String(input === fields.yearFrom ? facets.yearMin : facets.yearMax);
    }
  };

  const more = $("#similar-more");
  const wholeButton = $<HTMLButtonElement>("#similar-whole");
  let wholeLabel = "";
  /** Once the visitor has asked for the whole catalogue, filtered lists keep scoring it. */
  let useWhole = false;

  /** The film's recommendations and, when they are led by viewers, the films alike in content. */
  const fetchLists = latestOnly(
    async (
      filters: RecommendFilters,
      wholeCatalogue: boolean,
      onProgress: (received: number, total: number) => void,
    ) => {
      const { api } = await engine;
      return Promise.all([
        api.recommendById(id, { ...filters, k: SIMILAR_COUNT, wholeCatalogue }, onProgress),
        withAlike
          ? api.recommendById(id, { ...filters, k: ALIKE_COUNT, similarOnly: true, wholeCatalogue })
          : null,
      ]);
    },
  );

  /**
   * The film's lists (`wholeCatalogue`: scored over every film, which downloads the catalogue
   * first). Filters pick among a precomputed list's entries, so fewer than asked may pass.
   */
  async function showSimilar(filters: RecommendFilters) {
    await engine;
    listBox.setAttribute("aria-busy", "true");
    const filtered = !noFilters(filters);
    const wholeCatalogue = useWhole && filtered;
    // While the whole catalogue downloads, its progress shows where the offer was.
    if (!wholeCatalogue) more.hidden = true;
    const progress = $<HTMLProgressElement>("#similar-progress");
    const onProgress = Comlink.proxy((received: number, total: number) => {
      progress.hidden = false;
      progress.max = total;
      progress.value = received;
    });
    const lists = await fetchLists(filters, wholeCatalogue, onProgress);
    progress.hidden = true;
    if (lists === STALE) return;
    const [items, alikeItems] = lists;
    if (wholeCatalogue) more.hidden = true;
    if (!wholeCatalogue && filtered && items.length < SIMILAR_COUNT) {
      $("#similar-more-text").textContent = f.fewPass(items.length, SIMILAR_COUNT);
      wholeButton.textContent = wholeLabel;
      wholeButton.disabled = false;
      more.hidden = false;
    }
    listBox.replaceChildren(renderFilmCards(items, lang));
    performance.mark("filmoteca:similar-shown");
    listBox.removeAttribute("aria-busy");
    status.textContent = f.similarCount(items.length);
    if (alikeItems) {
      $("#alike-list").replaceChildren(renderFilmCards(alikeItems, lang));
      $("#alike-status").textContent = f.alikeCount(alikeItems.length);
      alike.hidden = false;
    }
  }

  /**
   * The form changed: the filters replace the URL's (the same history entry, so Back leaves the
   * page rather than stepping through every filter tried), then the list follows. Years the boxes
   * cannot be yet ("19") or that leave no year between them change nothing but their message.
   */
  const onChange = (filters: RecommendFilters, force = false) => {
    if (!checkYears()) return;
    const params = paramsWithFilters(new URLSearchParams(location.search), filters);
    const url = `${location.pathname}?${params}`;
    if (url === location.pathname + location.search && !force) return;
    history.replaceState(null, "", url);
    void showSimilar(filters).catch(fail);
  };
  // The year boxes apply as one types, once the typing pauses.
  let typing: ReturnType<typeof setTimeout> | undefined;
  for (const [, input] of yearBoxes)
    input.addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => onChange(formFilters()), TYPING_PAUSE_MS);
    });
  wholeButton.addEventListener("click", () => {
    wholeButton.disabled = true;
    wholeButton.textContent = f.loadingWhole;
    useWhole = true;
    void showSimilar(formFilters()).catch(fail);
  });
  form.addEventListener("change", () => {
    clearTimeout(typing);
    onChange(formFilters());
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    onChange(formFilters());
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    fillForm({});
    onChange({}, true);
  });
  // Filters replace the history entry, but a page restored with other ones (bfcache, an old
  // entry) still shows what its URL says.
  addEventListener("popstate", () => {
    const filters = filtersFromParams(new URLSearchParams(location.search));
    fillForm(filters);
    checkYears();
    void showSimilar(filters).catch(fail);
  });

  /** The way to the list "for you", beside the film's like toggle. */
  const forYouLink = () => {
    const a = document.createElement("a");
    a.href = path("forYou", lang);
    a.textContent = forYouT(lang).filmLink;
    return a;
  };

  const unknown = () => {
    article.hidden = similar.hidden = alike.hidden = true;
    showProblem(problem, f.unknownFilm(idText), { link: home });
  };

  engine
    .then(({ ready }) => ready)
    .then(async (info) => {
      const { api } = await engine;
      // Lists led by what viewers liked together get a second list of films alike in content.
      withAlike = info.viewerLists;
      wholeLabel = f.wholeCatalogue(formatNumber(lang, (info.wholeBytes ?? 0) / 1e6, 1));
      if (Number.isNaN(id)) return unknown();
      const filters = filtersFromParams(new URLSearchParams(location.search));
      // The film's record and its lists are fetched side by side; the facts show as they arrive.
      const lists = showSimilar(filters).catch((error) => error as Error);
      const facets = api.facets();
      // The facts show the moment the film's records arrive, before the filters' choices.
      const film = await api.film(id);
      if (!film) return unknown();
      renderFilm(article, film, lang, { source: info.source, fields: info.fields });
      $("#film-actions").replaceChildren(likeButton(film.id, film.title, lang), forYouLink());
      fillChoices(await facets);
      // Not the boxes: they were filled from the URL at the start, and may hold what was typed since.
      fillSelects(filters);
      const failed = await lists;
      if (failed instanceof Error) return fail(failed);
      document.body.dataset.ready = "true";
    }, fail)
    .catch(fail);
}
