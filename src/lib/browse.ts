// Browsing the catalogue by one value of a facet (a genre, a decade, a year, a language, a country,
// a company, a collection, a director, an actor): which films have it, in which order, page by
// page. The build pages every value with these functions (build-data/shards/browse-shards.ts) and
// the engine re-sorts a short list with the same comparators, so both give the same pages.
import type { Catalog } from "./catalog.ts";
import { fold } from "./text.ts";

/** The facets a browse page lists films by. */
export const BROWSE_FACETS = [
  "genre",
  "decade",
  "year",
  "language",
  "country",
  "company",
  "collection",
  "director",
  "actor",
] as const;
export type BrowseFacet = (typeof BROWSE_FACETS)[number];

/** The orders a browse page offers; the first is the default. */
export const BROWSE_SORTS = ["votes", "rating", "year", "title"] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** Films a page holds: a fixed number, so a page's bytes do not grow with the catalogue. */
export const BROWSE_PAGE_SIZE = 24;

/** The rating order ranks films with at least this many votes first (an average of 2 votes says little). */
export const RATING_MIN_VOTES = 10;

export const isBrowseFacet = (x: string): x is BrowseFacet =>
  (BROWSE_FACETS as readonly string[]).includes(x);
export const isBrowseSort = (x: string): x is BrowseSort =>
  (BROWSE_SORTS as readonly string[]).includes(x);

/** A film as a browse page shows it. */
export interface BrowseCard {
  id: number;
  title: string;
  year: number;
  genres: string[];
  poster_path: string | null;
  /** null when unknown or without votes. */
  vote_average: number | null;
  /** -1 when unknown. */
  vote_count: number;
}

/** One page of a value's films. */
export interface BrowsePage {
  facet: BrowseFacet;
  /** The value as the data spells it ("Animation", "1990", "fr", "Tom Hanks"). */
  value: string;
  /** How many films have it. */
  total: number;
  sort: BrowseSort;
  /** 1-based; pages past the last hold no film. */
  page: number;
  pages: number;
  films: BrowseCard[];
}

/** A value no film has: what was asked, and the closest values the data has (may be empty). */
export interface BrowseMiss {
  facet: BrowseFacet;
  value: string;
  total: 0;
  closest: string[];
}

export const isBrowseMiss = (x: BrowsePage | BrowseMiss): x is BrowseMiss => "closest" in x;

const byId = (a: BrowseCard, b: BrowseCard) => a.id - b.id;
const votes = (c: BrowseCard) => c.vote_count;
const rated = (c: BrowseCard) => c.vote_average !== null && c.vote_count >= RATING_MIN_VOTES;
const cmpText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each card's folded title, folded once: a sort compares each card about log2(n) times. */
const foldedTitles = new WeakMap<BrowseCard, string>();
function foldedTitle(card: BrowseCard): string {
  let folded = foldedTitles.get(card);
  if (folded === undefined) foldedTitles.set(card, (folded = fold(card.title)));
  return folded;
}

/**
 * The comparators of each order, ties broken down to the id so every order is total: most votes
 * first; best rated first (films with {@link RATING_MIN_VOTES} votes before the others); newest
 * first; by title, accents and case folded.
 */
export const BROWSE_ORDER: Record<BrowseSort, (a: BrowseCard, b: BrowseCard) => number> = {
  votes: (a, b) => votes(b) - votes(a) || byId(a, b),
  rating: (a, b) =>
    Number(rated(b)) - Number(rated(a)) ||
    (b.vote_average ?? -1) - (a.vote_average ?? -1) ||
    votes(b) - votes(a) ||
    byId(a, b),
  year: (a, b) => b.year - a.year || votes(b) - votes(a) || byId(a, b),
  title: (a, b) => cmpText(foldedTitle(a), foldedTitle(b)) || a.year - b.year || byId(a, b),
};

/** The films in `sort` order (a new array). */
export const sortCards = (cards: readonly BrowseCard[], sort: BrowseSort): BrowseCard[] =>
  [...cards].sort(BROWSE_ORDER[sort]);

/** How many pages `total` films fill (at least one, even when empty). */
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));

/** Page `page` (1-based) of films already in order. */
export const pageSlice = <T>(sorted: readonly T[], page: number): T[] =>
  sorted.slice((page - 1) * BROWSE_PAGE_SIZE, page * BROWSE_PAGE_SIZE);

/** The decade of a year ("1995" → "1990"). */
export const decadeOf = (year: number) => String(Math.floor(year / 10) * 10);

/**
 * The values of `facet` a film of the catalogue has. Years of 0 (unknown) have no year or decade.
 * An actor is one of the top-billed cast the data keeps.
 */
export function facetValues(catalog: Catalog, facet: BrowseFacet, row: number): readonly string[] {
  const list = (values: readonly string[] | null) => values ?? [];
  const one = (value: string | null) => (value ? [value] : []);
  const year = catalog.releaseYear[row];
  switch (facet) {
    case "genre":
      return list(catalog.genres[row]);
    case "decade":
      return year > 0 ? [decadeOf(year)] : [];
    case "year":
      return year > 0 ? [String(year)] : [];
    case "language":
      return one(catalog.originalLanguage[row]);
    case "country":
      return list(catalog.countries[row]);
    case "company":
      return list(catalog.companies[row]);
    case "collection":
      return one(catalog.collection[row]);
    case "director":
      return list(catalog.directors[row]);
    case "actor":
      return list(catalog.cast[row]);
  }
}

/** The key a value is filed under: folded, so `?genero=animation` finds "Animation". */
export const browseKey = (value: string) => fold(value);

/** The card of a catalogue row. */
export function cardAt(catalog: Catalog, row: number): BrowseCard {
  const average = catalog.voteAverage[row];
  const count = catalog.voteCount[row];
  return {
    id: catalog.id[row],
    title: catalog.title[row],
    year: catalog.releaseYear[row],
    genres: catalog.genres[row] ?? [],
    poster_path: catalog.posterPath[row],
    vote_average: Number.isNaN(average) || count === 0 ? null : Math.round(average * 10) / 10,
    vote_count: count,
  };
}

/**
 * Every value of `facet` with the rows having it, in row order, each value once; values that fold
 * alike ("Drama", "drama") are one, spelt as the value with most films spells it.
 */
export function facetIndex(
  catalog: Catalog,
  facet: BrowseFacet,
): Map<string, { name: string; rows: number[] }> {
  const spellings = new Map<string, Map<string, number[]>>();
  for (let row = 0; row < catalog.size; row++) {
    for (const value of new Set(facetValues(catalog, facet, row))) {
      const key = browseKey(value);
      if (!key) continue;
      let byName = spellings.get(key);
      if (!byName) spellings.set(key, (byName = new Map()));
      const rows = byName.get(value);
      if (rows) rows.push(row);
      else byName.set(value, [row]);
    }
  }
  const out = new Map<string, { name: string; rows: number[] }>();
  for (const [key, byName] of spellings) {
    const names = [...byName].sort((a, b) => b[1].length - a[1].length || cmpText(a[0], b[0]));
    const rows = [...new Set(names.flatMap(([, r]) => r))].sort((a, b) => a - b);
    out.set(key, { name: names[0][0], rows });
  }
  return out;
}
