// The query page's controller: the URL holds the question (?mes=enero, ?titulo=…&año=…); opening
// it answers without a click, the form pushes a new URL, back/forward answer again.
import { t } from "../i18n/strings.ts";
import type { Answer } from "../lib/queries/answer.ts";
import type { Suggestion, SuggestKind } from "../lib/queries/registry.ts";
import { renderCard, type CardText } from "./answer-card.ts";
import { attachCombobox } from "./combobox.ts";
import { EngineCrashError, startEngine } from "./engine-client.ts";
import { latestOnly, STALE } from "./latest-only.ts";
import { pageLang } from "./render.ts";

/** What the page tells its script (a JSON data attribute written at build time). */
export interface PageData {
  query: string;
  param: string;
  kind: SuggestKind;
  /** The URL parameter of every query, for links to other queries' permalinks. */
  params: Record<string, string>;
  /** The query pages' path in this language, e.g. "/consultas/". */
  base: string;
  yearParam: string;
  text: CardText & {
    loading: string;
    loadError: string;
    working: string;
    copied: string;
    films: string;
  };
}

/** Starts the query page inside `root`, the `[data-query-page]` element that holds its data. */
export function startQueryPage(root: HTMLElement): void {
  const data = JSON.parse(root.dataset.page!) as PageData;
  const form = root.querySelector<HTMLFormElement>("form")!;
  const input = root.querySelector<HTMLInputElement>("#query-input")!;
  const year = root.querySelector<HTMLInputElement>("#query-year");
  const status = root.querySelector<HTMLElement>("[data-status]")!;
  const answerBox = root.querySelector<HTMLElement>("[data-answer]")!;
  const card = root.querySelector<HTMLElement>("[data-card]")!;
  const json = root.querySelector<HTMLElement>("[data-json]")!;
  const { api, ready } = startEngine();
  let current: { answer: Answer; value: string } | null = null;

  const linkFor = (value: string, y?: number, query = data.query) => {
    const params = new URLSearchParams({ [data.params[query]]: value });
    if (y !== undefined) params.set(data.yearParam, String(y));
    return `${data.base}${query}/?${params}`;
  };

  /** The question in the current URL. */
  function fromUrl() {
    const params = new URL(location.href).searchParams;
    return { value: params.get(data.param) ?? "", year: params.get(data.yearParam) ?? "" };
  }

  const ask = latestOnly((inputs: Record<string, string>) => api.query(data.query, inputs));

  async function answer(value: string, y: string) {
    const inputs: Record<string, string> = { [data.param]: value };
    if (y) inputs[data.yearParam] = y;
    status.textContent = data.text.working;
    const result = await ask(inputs);
    if (result === STALE) return;
    current = { answer: result, value };
    status.textContent = "";
    card.replaceChildren(renderCard(result, data.query, value, data.text, linkFor));
    json.textContent = JSON.stringify(result, null, 2);
    answerBox.hidden = false;
    answerBox.dataset.state = typeof result.error === "string" ? "error" : "answer";
  }

  /** Shows the answer to the question in the URL (or nothing when it asks nothing). */
  function showUrl() {
    const { value, year: y } = fromUrl();
    input.value = value;
    if (year) year.value = y;
    if (value.trim()) void answer(value, y).catch(failed);
    else {
      ask.cancel();
      answerBox.hidden = true;
      current = null;
    }
  }

  function go(value: string, y = year?.value.trim() ?? "") {
    if (!value.trim()) return;
    const url = new URL(location.href);
    url.search = "";
    url.searchParams.set(data.param, value.trim());
    if (y) url.searchParams.set(data.yearParam, y);
    history.pushState(null, "", url);
    void ready.then(() => answer(value.trim(), y)).catch(failed);
  }

  /** The data did not load, or the engine crashed (then no answer would ever come): say which. */
  function failed(error: Error) {
    status.textContent =
      error instanceof EngineCrashError
        ? t(pageLang()).workerCrash
        : `${data.text.loadError}: ${error.message}`;
    status.classList.add("error");
    root.dataset.ready = "failed";
  }

  ready.then(() => {
    status.textContent = "";
    root.dataset.ready = "true";
    showUrl();
  }, failed);

  const detail = (s: Suggestion) =>
    [
      s.year,
      s.names?.join(" · "),
      s.films === undefined ? undefined : data.text.films.replace("{n}", String(s.films)),
    ]
      .filter((x) => x !== undefined && x !== "")
      .join(" · ");

  attachCombobox<Suggestion>({
    input,
    listbox: root.querySelector<HTMLElement>("#query-input-list")!,
    source: async (text) =>
      (await api.suggest(data.kind, text, 8)).map((s) => ({
        value: s,
        label: s.value,
        detail: detail(s),
      })),
    onSelect: (option) => {
      if (year) year.value = option.value.year === undefined ? "" : String(option.value.year);
      go(option.value.value);
    },
    onEnter: (text) => go(text),
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go(input.value);
  });
  addEventListener("popstate", showUrl);

  root.querySelector("[data-copy]")!.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = data.text.copied;
    } catch {
      // No clipboard permission (e.g. an insecure origin): show the link to copy by hand.
      status.textContent = location.href;
    }
  });

  root.querySelector("[data-download]")!.addEventListener("click", () => {
    if (!current) return;
    const blob = new Blob([JSON.stringify(current.answer)], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    const slug = current.value.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
    a.download = `${data.query}-${slug || "respuesta"}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  });
}
