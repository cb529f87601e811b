// The readable card of a query's answer: each key with its label, numbers formatted for the page's
// language, films and suggestions as links to their own permalinks. Data is set as text only.
import type { Answer } from "../../lib/queries/answer.ts";

/** What the card needs from the page (plain data: it is read from a data attribute). */
export interface CardText {
  lang: "es" | "en";
  keys: Record<string, string>;
  /** Labels that differ for this query (e.g. productoras' ganancia_total is revenue). */
  overrides: Record<string, string>;
  unknown: string;
  noAnswer: string;
  didYouMean: string;
  others: string;
}

/** Links of the card: the permalink of this query (or another) for a value and a year. */
export type LinkFor = (value: string, year?: number, query?: string) => string;

const MONEY = new Set(["inversion", "ganancia", "ganancia_total", "ganancia_promedio"]);
const RATIO = new Set(["retorno", "retorno_total", "retorno_promedio"]);
/** A film's own budget, revenue and return: the data writes 0 when they are unknown. */
const ZERO_IS_UNKNOWN = new Set(["inversion", "ganancia", "retorno"]);

function format(key: string, value: unknown, text: CardText): string {
  if (value === null || value === undefined) return text.unknown;
  if (value === 0 && ZERO_IS_UNKNOWN.has(key)) return text.unknown;
  if (typeof value !== "number") return String(value);
  const locale = text.lang === "es" ? "es-ES" : "en-US";
  if (key === "año") return String(value);
  if (MONEY.has(key))
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "USD",
      maximumFractionDigits: 0,
    }).format(value);
  if (RATIO.has(key))
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}×`;
  if (key === "duracion") return `${value} min`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, label: string): HTMLAnchorElement {
  const a = el("a", label);
  a.href = href;
  return a;
}

/** The card of an error answer: the message and links to the suggested values. */
function errorCard(
  answer: Answer,
  text: CardText,
  linkFor: LinkFor,
  yearsOf?: string,
): HTMLElement {
  const card = el("div", undefined, "answer-card error");
  card.append(el("h2", text.noAnswer), el("p", String(answer.error)));
  const suggestions = (answer.sugerencias as string[]) ?? [];
  if (suggestions.length > 0) {
    const list = el("ul", undefined, "suggestions");
    for (const s of suggestions) {
      const li = el("li");
      // A year error suggests years: they pick among films of the typed title.
      li.append(link(/^\d{4}$/.test(s) && yearsOf ? linkFor(yearsOf, Number(s)) : linkFor(s), s));
      list.append(li);
    }
    card.append(el("p", text.didYouMean), list);
  }
  return card;
}

/** Renders `answer` of `query` as a card. `value` is the input the answer is for. */
export function renderCard(
  answer: Answer,
  query: string,
  value: string,
  text: CardText,
  linkFor: LinkFor,
): HTMLElement {
  if (typeof answer.error === "string") return errorCard(answer, text, linkFor, value);
  const card = el("div", undefined, "answer-card");
  const dl = el("dl");
  const label = (key: string) => text.overrides[key] ?? text.keys[key] ?? key;
  for (const [key, v] of Object.entries(answer)) {
    if (key === "otras") continue;
    const dd = el("dd");
    if (key === "lista recomendada") {
      const ol = el("ol");
      for (const title of v as string[]) {
        const li = el("li");
        li.append(link(linkFor(title, undefined, query), title));
        ol.append(li);
      }
      dd.append(ol);
    } else if (key === "peliculas") {
      dd.append(filmTable(v as Answer[], text, label, linkFor));
    } else {
      dd.textContent = format(key, v, text);
      if (key === "nota") dd.className = "note";
    }
    dl.append(el("dt", label(key)), dd);
  }
  card.append(dl);
  const others = answer.otras as { titulo: string; año: number }[] | undefined;
  if (others?.length) {
    const list = el("ul", undefined, "others");
    for (const o of others) {
      const li = el("li");
      li.append(link(linkFor(o.titulo, o.año), `${o.titulo} (${o.año})`));
      list.append(li);
    }
    card.append(el("p", text.others), list);
  }
  return card;
}

/** A director's films: one row per film, with the same formats as the card. */
function filmTable(
  films: Answer[],
  text: CardText,
  label: (key: string) => string,
  linkFor: LinkFor,
): HTMLTableElement {
  const table = el("table");
  const keys = ["titulo", "año", "inversion", "ganancia", "retorno"];
  const head = el("tr");
  for (const key of keys) head.append(el("th", label(key)));
  table.append(el("thead"), el("tbody"));
  table.tHead!.append(head);
  for (const film of films) {
    const row = el("tr");
    for (const key of keys) {
      const cell = el("td");
      if (key === "titulo")
        cell.append(
          link(linkFor(String(film.titulo), Number(film.año), "retorno"), String(film.titulo)),
        );
      else cell.textContent = format(key, film[key], text);
      row.append(cell);
    }
    table.tBodies[0].append(row);
  }
  return table;
}
