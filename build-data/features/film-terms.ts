// What describes a film, as weighted terms: overview and tagline words, keywords, genres, collection,
// directors, top-billed cast, companies, language, decade, audience rating, length and how well it
// is rated, turned into a TF-IDF sparse matrix.
import type { Film } from "../../src/lib/schema.ts";
import { fold } from "../../src/lib/text.ts";
import { csrFromRows, normalizeRows, type Csr } from "./sparse.ts";

/** Weight of each kind of term: what makes two films alike, most telling first. */
export const TERM_WEIGHTS = {
  collection: 4,
  director: 2,
  keyword: 1.2,
  genre: 1.5,
  cast: 1,
  company: 0.6,
  language: 0.8,
  decade: 0.6,
  certification: 1,
  length: 0.5,
  rating: 0.6,
  word: 0.5,
} as const;
export type TermKind = keyof typeof TERM_WEIGHTS;

/** Votes a film needs for its rating to count as a term. */
const MIN_VOTES = 20;

/** A film's length as a band: short, 90–109, 110–129, 130–149 minutes, or long. */
export function lengthBand(minutes: number): string {
  if (minutes < 90) return "short";
  if (minutes >= 150) return "long";
  return String(Math.floor((minutes - 90) / 20) * 20 + 90);
}

/** How many billed actors and companies count. */
const TOP_CAST = 5;
const TOP_COMPANIES = 3;

const STOP = new Set(
  (
    "about after again against all also an and any are around as at be become becomes been before " +
    "being between both but by can come comes could did do does during each even ever every find " +
    "finds first for from get gets has have he her here him his how in into is it its just last " +
    "life live lives man may more most must new not now of off on one only or other our out over " +
    "own people see she so some soon still such take takes than that the their them then there " +
    "these they this those through time to two up upon very was way what when where which while " +
    "who whose will with within world would year years yet you young your"
  ).split(" "),
);

/**
 * Calls `term` with each term of `film` (its kind and folded text): names once each, words as often
 * as they occur.
 */
export function eachTerm(film: Film, term: (kind: TermKind, text: string) => void): void {
  const add = (kind: TermKind, values: readonly string[] | null | undefined) => {
    for (const v of values ?? []) term(kind, fold(v));
  };
  if (film.collection) add("collection", [film.collection]);
  add("director", film.directors);
  add("genre", film.genres);
  add("keyword", film.keywords);
  add("cast", film.cast?.slice(0, TOP_CAST));
  add("company", film.production_companies?.slice(0, TOP_COMPANIES));
  if (film.original_language) add("language", [film.original_language]);
  if (film.release_year > 0) add("decade", [String(Math.floor(film.release_year / 10) * 10)]);
  if (film.certification) add("certification", [film.certification]);
  if (film.runtime) add("length", [lengthBand(film.runtime)]);
  // A rating only says something once enough people gave it.
  if (film.vote_average !== null && (film.vote_count ?? 0) >= MIN_VOTES)
    add("rating", [String(Math.floor(film.vote_average))]);
  // The words of folded text are folded already (ASCII, lower case): no second fold per word.
  const text = fold(`${film.overview ?? ""} ${film.tagline ?? ""}`);
  for (const w of text.match(/[a-z0-9]{3,}/g) ?? []) if (!STOP.has(w)) term("word", w);
}

/** The terms of one film ("kind:text") with their raw counts (words may repeat; others count once). */
export function termsOf(film: Film): Map<string, number> {
  const out = new Map<string, number>();
  eachTerm(film, (kind, text) => {
    const key = `${kind}:${text}`;
    out.set(key, kind === "word" ? (out.get(key) ?? 0) + 1 : 1);
  });
  return out;
}

/**
 * Every film's terms as numbers: each distinct term gets an id when first met, so the films' bags
 * hold ids and each term's "kind:text" string is built once, not once per film that has it.
 */
function termBags(films: readonly Film[]) {
  const ids = new Map<TermKind, Map<string, number>>();
  const keys: string[] = [];
  const df: number[] = [];
  // Film i's distinct terms are term[start[i] .. start[i+1]), first-met order, with their counts.
  const start = new Int32Array(films.length + 1);
  const term: number[] = [];
  const count: number[] = [];
  let at = new Int32Array(1024).fill(-1); // a term's slot in the current film's bag, -1 if absent
  films.forEach((film, i) => {
    eachTerm(film, (kind, text) => {
      let byText = ids.get(kind);
      if (!byText) ids.set(kind, (byText = new Map()));
      let id = byText.get(text);
      if (id === undefined) {
        byText.set(text, (id = keys.length));
        keys.push(`${kind}:${text}`);
        df.push(0);
        if (id >= at.length) {
          const grown = new Int32Array(at.length * 2).fill(-1);
          grown.set(at);
          at = grown;
        }
      }
      if (at[id] >= 0) {
        if (kind === "word") count[at[id]]++;
        return;
      }
      at[id] = term.length;
      term.push(id);
      count.push(1);
      df[id]++;
    });
    for (let p = start[i]; p < term.length; p++) at[term[p]] = -1;
    start[i + 1] = term.length;
  });
  return { keys, df, start, term, count };
}

/** The film × term TF-IDF matrix, rows unit length, and the vocabulary (term of each column). */
export function tfidfMatrix(films: readonly Film[]): { matrix: Csr; terms: string[] } {
  const bags = termBags(films);
  // A term only one film has cannot make two films alike; sorted for a deterministic column order.
  const kept = bags.keys.map((_, id) => id).filter((id) => bags.df[id] >= 2);
  kept.sort((a, b) => (bags.keys[a] < bags.keys[b] ? -1 : bags.keys[a] > bags.keys[b] ? 1 : 0));
  const terms = kept.map((id) => bags.keys[id]);
  const column = new Int32Array(bags.keys.length).fill(-1);
  kept.forEach((id, c) => (column[id] = c));
  const n = films.length;
  // Each term's kind weight and inverse document frequency, once per term rather than per film.
  const weight = Float64Array.from(
    terms,
    (t) => TERM_WEIGHTS[t.slice(0, t.indexOf(":")) as TermKind],
  );
  const idf = Float64Array.from(kept, (id) => Math.log(n / bags.df[id]));
  const rows = films.map((_, i) => {
    const row = new Map<number, number>();
    for (let p = bags.start[i]; p < bags.start[i + 1]; p++) {
      const c = column[bags.term[p]];
      if (c >= 0) row.set(c, weight[c] * (1 + Math.log(bags.count[p])) * idf[c]);
    }
    return row;
  });
  return { matrix: normalizeRows(csrFromRows(rows, terms.length)), terms };
}
