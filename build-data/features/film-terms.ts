// What describes a film, as weighted terms: overview and tagline words, keywords, genres, collection,
// directors, top-billed cast, companies, language and decade, turned into a TF-IDF sparse matrix.
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
  word: 0.5,
} as const;
export type TermKind = keyof typeof TERM_WEIGHTS;

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

/** The terms of one film with their raw counts (words may repeat; other kinds count once). */
export function termsOf(film: Film): Map<string, number> {
  const out = new Map<string, number>();
  const add = (kind: TermKind, values: readonly string[] | null | undefined) => {
    for (const v of values ?? []) {
      const key = `${kind}:${fold(v)}`;
      out.set(key, kind === "word" ? (out.get(key) ?? 0) + 1 : 1);
    }
  };
  if (film.collection) add("collection", [film.collection]);
  add("director", film.directors);
  add("genre", film.genres);
  add("keyword", film.keywords);
  add("cast", film.cast?.slice(0, TOP_CAST));
  add("company", film.production_companies?.slice(0, TOP_COMPANIES));
  if (film.original_language) add("language", [film.original_language]);
  if (film.release_year > 0) add("decade", [String(Math.floor(film.release_year / 10) * 10)]);
  const text = fold(`${film.overview ?? ""} ${film.tagline ?? ""}`);
  add(
    "word",
    (text.match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !STOP.has(w)),
  );
  return out;
}

/** The film × term TF-IDF matrix, rows unit length, and the vocabulary (term of each column). */
export function tfidfMatrix(films: readonly Film[]): { matrix: Csr; terms: string[] } {
  const bags = films.map(termsOf);
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  // A term only one film has cannot make two films alike; sorted for a deterministic column order.
  const terms = [...df]
    .filter(([, n]) => n >= 2)
    .map(([t]) => t)
    .sort();
  const column = new Map(terms.map((t, i) => [t, i]));
  const n = films.length;
  const rows = bags.map((bag) => {
    const row = new Map<number, number>();
    for (const [t, count] of bag) {
      const c = column.get(t);
      if (c === undefined) continue;
      const kind = t.slice(0, t.indexOf(":")) as TermKind;
      const idf = Math.log(n / df.get(t)!);
      row.set(c, TERM_WEIGHTS[kind] * (1 + Math.log(count)) * idf);
    }
    return row;
  });
  return { matrix: normalizeRows(csrFromRows(rows, terms.length)), terms };
}
