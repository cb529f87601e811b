// The readable card of a query's answer: each key with its label, numbers formatted for the page's
// language, films and suggestions as links to their own pages, doubtful figures flagged, and what
// the answer rests on (films with both figures, films left out, the credits' coverage) in words.
// Data is set as text only.
import type { Answer } from "../lib/queries/answer.ts";
import { DOUBTFUL_BELOW, isDoubtful } from "../lib/money.ts";
import { formatDollars, formatNum, formatPercent } from "../lib/numbers.ts";

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
  /** The film page's path in this language, e.g. "/pelicula/". */
  filmPath: string;
  /** Shown instead of a doubtful figure, and after a doubtful amount. */
  doubtful: string;
  /** Sentences with {n}, {of}, {share} and {limit} in place of numbers. */
  notes: {
    knownBoth: string;
    knownRevenue: string;
    leftOutOne: string;
    leftOutMany: string;
    coverage: string;
    coverageMiss: string;
    listed: string;
    /** The label of a list holding every film the answer counts. */
    listedAll: string;
    doubtfulFilm: string;
  };
  /** The answers' own `nota` sentences (Spanish) in this language. */
  translations: Record<string, string>;
}

/** Links of the card: the permalink of this query (or another) for a value and a year. */
export type LinkFor = (value: string, year?: number, query?: string) => string;

const MONEY = new Set(["inversion", "ganancia", "ganancia_total", "ganancia_promedio"]);
const RATIO = new Set(["retorno", "retorno_total", "retorno_promedio"]);
/** A film's own budget, revenue and return: the data writes 0 when they are unknown. */
const ZERO_IS_UNKNOWN = new Set(["inversion", "ganancia", "retorno"]);
/** Keys that say what an answer rests on: written as sentences under it, not as rows. */
const NOTE_KEYS = new Set([
  "con_ambos_datos",
  "con_recaudacion",
  "dudosas",
  "con_creditos",
  "catalogo",
  "dato_dudoso",
]);

function format(key: string, value: unknown, text: CardText): string {
  if (value === null || value === undefined) return text.unknown;
  if (value === 0 && ZERO_IS_UNKNOWN.has(key)) return text.unknown;
  if (typeof value !== "number") return String(value);
  if (key === "año") return String(value);
  if (MONEY.has(key)) return formatDollars(text.lang, value);
  if (RATIO.has(key)) return `${formatNum(text.lang, value, 2)}×`;
  if (key === "duracion") return `${formatNum(text.lang, value)} min`;
  return formatNum(text.lang, value, 2);
}

/** A film's figure as the card shows it: a doubtful amount keeps its number with the flag. */
function figure(key: string, value: unknown, doubtful: boolean, text: CardText): string {
  if (!doubtful) return format(key, value, text);
  return RATIO.has(key) ? text.doubtful : `${format(key, value, text)} · ${text.doubtful}`;
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

/** A sentence of the card's notes with its numbers filled in. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
}

/** The coverage of the credits, when the answer says they cover only part of the catalogue. */
function coverageNote(answer: Answer, text: CardText, template: string): string | null {
  const withCredits = answer.con_creditos;
  const films = answer.catalogo;
  if (typeof withCredits !== "number" || typeof films !== "number" || withCredits >= films)
    return null;
  return fill(template, {
    n: formatNum(text.lang, withCredits),
    of: formatNum(text.lang, films),
    share: formatPercent(text.lang, withCredits / Math.max(1, films)),
  });
}

/** The card of an error answer: the message and links to the suggested values. */
function errorCard(
  answer: Answer,
  text: CardText,
  linkFor: LinkFor,
  yearsOf?: string,
): HTMLElement {
  const card = el("div", undefined, "answer-card error");
  // The answers' messages are the original API's, in Spanish: marked so on an English page.
  const message = el("p", String(answer.error));
  if (text.lang !== "es") message.lang = "es";
  card.append(el("h2", text.noAnswer), message);
  const coverage = coverageNote(answer, text, text.notes.coverageMiss);
  if (coverage) card.append(el("p", coverage, "note coverage"));
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

/** What the answer rests on, in sentences: shown under its figures. */
function notes(answer: Answer, text: CardText): string[] {
  const out: string[] = [];
  const n = (x: number) => formatNum(text.lang, x);
  const films = answer.peliculas;
  const total =
    typeof answer.cantidad === "number" ? answer.cantidad : Array.isArray(films) ? films.length : 0;
  if (typeof answer.con_ambos_datos === "number")
    out.push(fill(text.notes.knownBoth, { n: n(answer.con_ambos_datos), of: n(total) }));
  if (typeof answer.con_recaudacion === "number")
    out.push(fill(text.notes.knownRevenue, { n: n(answer.con_recaudacion), of: n(total) }));
  if (typeof answer.dudosas === "number" && answer.dudosas > 0)
    out.push(
      fill(answer.dudosas === 1 ? text.notes.leftOutOne : text.notes.leftOutMany, {
        n: n(answer.dudosas),
        limit: formatDollars(text.lang, DOUBTFUL_BELOW),
      }),
    );
  if (Array.isArray(answer.dato_dudoso) && answer.dato_dudoso.length > 0)
    out.push(fill(text.notes.doubtfulFilm, { limit: formatDollars(text.lang, DOUBTFUL_BELOW) }));
  const coverage = coverageNote(answer, text, text.notes.coverage);
  if (coverage) out.push(coverage);
  return out;
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
  const doubtful = new Set(
    Array.isArray(answer.dato_dudoso) ? (answer.dato_dudoso as string[]) : [],
  );
  for (const [key, v] of Object.entries(answer)) {
    if (key === "otras" || NOTE_KEYS.has(key)) continue;
    const dd = el("dd");
    let term = label(key);
    if (key === "lista recomendada") {
      const ol = el("ol");
      for (const title of v as string[]) {
        const li = el("li");
        li.append(link(linkFor(title, undefined, query), title));
        ol.append(li);
      }
      dd.append(ol);
    } else if (key === "peliculas") {
      const films = v as Answer[];
      const total = typeof answer.cantidad === "number" ? answer.cantidad : films.length;
      if (films.length < total)
        term = fill(text.notes.listed, {
          n: formatNum(text.lang, films.length),
          of: formatNum(text.lang, total),
        });
      else if (typeof answer.cantidad === "number") term = text.notes.listedAll;
      dd.append(filmTable(films, text, label));
    } else if (key === "nota") {
      dd.textContent = text.translations[String(v)] ?? String(v);
      dd.className = "note";
    } else {
      dd.textContent = figure(key, v, doubtful.has(key), text);
      if (doubtful.has(key)) dd.classList.add("doubtful");
    }
    dl.append(el("dt", term), dd);
  }
  card.append(dl);
  const said = notes(answer, text);
  if (said.length > 0) {
    const box = el("div", undefined, "notes");
    box.dataset.testid = "answer-notes";
    for (const sentence of said) box.append(el("p", sentence, "note"));
    card.append(box);
  }
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

/** The columns a list of films has, in the card's order. */
const FILM_COLUMNS = ["titulo", "año", "inversion", "ganancia", "retorno"];

/** The films an answer counts: one row each, linked to its film page, money as in the card. */
function filmTable(
  films: Answer[],
  text: CardText,
  label: (key: string) => string,
): HTMLTableElement {
  const table = el("table");
  table.dataset.testid = "answer-films";
  const keys = FILM_COLUMNS.filter((key) => films.some((film) => key in film));
  const head = el("tr");
  for (const key of keys) head.append(el("th", label(key)));
  table.append(el("thead"), el("tbody"));
  table.tHead!.append(head);
  for (const film of films) {
    const row = el("tr");
    const budget = Number(film.inversion ?? 0);
    const revenue = Number(film.ganancia ?? 0);
    const doubtful = film.dato_dudoso === true;
    for (const key of keys) {
      const cell = el("td");
      if (key === "titulo") {
        const title = String(film.titulo);
        if (typeof film.id === "number") cell.append(link(`${text.filmPath}?id=${film.id}`, title));
        else cell.textContent = title;
      } else {
        // Only the figures that are doubtful themselves, and the return made of them, are flagged.
        const flagged =
          doubtful &&
          (key === "retorno" ||
            (key === "inversion" && isDoubtful(budget)) ||
            (key === "ganancia" && isDoubtful(revenue)));
        cell.textContent = figure(key, film[key], flagged, text);
        if (flagged) cell.classList.add("doubtful");
      }
      row.append(cell);
    }
    table.tBodies[0].append(row);
  }
  return table;
}
