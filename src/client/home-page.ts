// The home page's controller: suggestions as one types (films, people, collections), Enter opens
// the best match or lists what matches (?q=, back/forward too), and the most-voted films.
import { browseT } from "../i18n/browse.ts";
import { genreName } from "../i18n/genres.ts";
import { formatNumber, t } from "../i18n/strings.ts";
import type { SearchHit } from "../lib/search.ts";
import { browseHref } from "./browse-params.ts";
import { attachCombobox } from "./combobox.ts";
import { startEngine } from "./engine-client.ts";
import { engineProblem } from "./problem.ts";
import { filmHref, pageLang, renderFilmCards } from "./render.ts";

/** Starts the home page inside `root` (the page's main element). */
export function startHomePage(root: HTMLElement): void {
  const lang = pageLang();
  const s = t(lang);
  const form = root.querySelector<HTMLFormElement>("#search-form")!;
  const input = root.querySelector<HTMLInputElement>("#title-input")!;
  const status = root.querySelector<HTMLElement>("#status")!;
  const problem = root.querySelector<HTMLElement>("#problem")!;
  const results = root.querySelector<HTMLElement>("#results")!;
  const { api, ready } = startEngine();
  input.setAttribute("aria-describedby", "search-hint");

  const b = browseT(lang);
  /** A hit's page: the film's, or the browse page of the collection or person. */
  const hrefOf = (hit: SearchHit) =>
    hit.kind === "film" ? filmHref(lang, hit.film.id) : browseHref(lang, hit.kind, hit.name);
  const open = (hit: SearchHit) => location.assign(hrefOf(hit));
  /** "Reparto · 3 películas": what a person or collection is, and how many films it has. */
  const valueDetail = (hit: Exclude<SearchHit, { kind: "film" }>) =>
    `${b.searchKind[hit.kind]} · ${b.filmsShort(formatNumber(lang, hit.films), hit.films === 1)}`;

  /** What matches a query typed in the URL (?q=): people and collections, then films. */
  async function showResults(q: string) {
    const [films, hits] = await Promise.all([api.searchTitles(q, 12), api.search(q, 8)]);
    const values = hits.filter((h) => h.kind !== "film");
    results.hidden = false;
    results.querySelector("h2")!.textContent =
      films.length || values.length ? s.resultsFor(q) : `${s.noMatch} «${q}»`;
    const chips = results.querySelector<HTMLElement>("#results-values")!;
    chips.replaceChildren(
      ...values.map((hit) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = hrefOf(hit);
        a.textContent = `${hit.name} (${valueDetail(hit)})`;
        li.append(a);
        return li;
      }),
    );
    chips.hidden = values.length === 0;
    results.querySelector("#results-list")!.replaceChildren(renderFilmCards(films, lang));
  }

  /** Enter or the button with no suggestion chosen: open the best match, or say none matched. */
  async function go(text: string) {
    const q = text.trim();
    if (!q) return;
    status.textContent = s.searching;
    await ready;
    const [best] = await api.search(q, 8);
    if (best) return open(best);
    status.textContent = "";
    const url = new URL(location.href);
    url.searchParams.set("q", q);
    history.pushState(null, "", url);
    await showResults(q);
  }

  const fail = (error: unknown) => {
    status.textContent = "";
    engineProblem(problem, error);
    // Nothing will fill the placeholders any more.
    root.querySelector<HTMLElement>("#popular-section")!.hidden = true;
  };

  ready
    .then(async () => {
      form.dataset.ready = "true";
      const q = new URL(location.href).searchParams.get("q");
      if (q) {
        input.value = q;
        await showResults(q);
      }
      const popular = await api.popular(12);
      root.querySelector("#popular")!.replaceChildren(renderFilmCards(popular, lang));
    }, fail)
    .catch(fail);

  attachCombobox<SearchHit>({
    input,
    listbox: root.querySelector<HTMLElement>("#title-input-list")!,
    // A shard that fails to load is said, not swallowed with the suggestions.
    source: (text) =>
      api.search(text, 8).then(
        (hits) =>
          hits.map((hit) =>
            hit.kind === "film"
              ? {
                  value: hit,
                  label: hit.film.title,
                  detail: [
                    hit.film.year,
                    ...hit.film.genres.slice(0, 3).map((g) => genreName(g, lang)),
                  ].join(" · "),
                }
              : { value: hit, label: hit.name, detail: valueDetail(hit) },
          ),
        (error: unknown) => {
          fail(error);
          throw error;
        },
      ),
    onSelect: (option) => open(option.value),
    onEnter: (text) => void go(text).catch(fail),
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void go(input.value).catch(fail);
  });
  addEventListener("popstate", () => {
    const q = new URL(location.href).searchParams.get("q") ?? "";
    input.value = q;
    if (q) void showResults(q).catch(fail);
    else results.hidden = true;
  });
}
