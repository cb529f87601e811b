// The shard families: what each holds, how its keys are made, and how big a bucket is meant to be.
// The build (build-data/shards) writes them and the sharded engine reads them; nothing else spells a
// family name. Every payload is a JSON object from key to record.
import type { BrowseCard, BrowseFacet, BrowseSort } from "../browse.ts";
import type { Answer, PeopleCoverage } from "../queries/answer.ts";
import type { QueryName, SuggestKind } from "../queries/registry.ts";
import type { Reason } from "../reasons.ts";
import { FILM_FIELDS, type Film, type FilmColumn } from "../schema.ts";
import { fold } from "../text.ts";

/** The film fields a card and the facts show: small, no long text. */
export const CARD_FIELDS = [
  "id",
  "imdb_id",
  "title",
  "original_title",
  "release_date",
  "release_year",
  "budget",
  "revenue",
  "return",
  "runtime",
  "popularity",
  "vote_average",
  "vote_count",
  "original_language",
  "collection",
  "genres",
  "poster_path",
] as const satisfies readonly FilmColumn[];
export type CardField = (typeof CARD_FIELDS)[number];

/** The rest of a film: overview, tagline, people, companies… (only a film page reads them). */
export const TEXT_FIELDS = FILM_FIELDS.map((f) => f.name).filter(
  (name) => !(CARD_FIELDS as readonly string[]).includes(name),
) as Exclude<FilmColumn, CardField>[];

export type CardRecord = Pick<Film, CardField>;
export type TextRecord = Pick<Film, (typeof TEXT_FIELDS)[number]>;

/** One film of a precomputed list, with what its card shows and what the filters test. */
export interface ListEntry {
  id: number;
  title: string;
  year: number;
  genres: string[];
  poster_path: string | null;
  original_language: string | null;
  /** -1 when unknown. */
  vote_count: number;
  /** The score the whole-catalogue engine gives it (cosine plus prior), rounded. */
  score: number;
  /** NEIGHBOR_SOURCE of its place in the list. */
  source: number;
  reasons: Reason[];
}

/** Recommendations a list record holds (the film page shows them all; filters pick among them). */
export const LIST_LENGTH = 12;

/** Films alike in content a list record holds. */
export const ALIKE_LENGTH = 6;

/** A film's lists: the recommendations, and (when viewers' likes led them) films alike in content. */
export interface ListRecord {
  items: ListEntry[];
  alike: ListEntry[];
}

/** A film as the title queries read it (retorno, recomendacion, duración, popularidad, votos). */
export type TitleFilm = Pick<
  Film,
  | "id"
  | "title"
  | "release_date"
  | "release_year"
  | "budget"
  | "revenue"
  | "return"
  | "runtime"
  | "popularity"
  | "vote_average"
  | "vote_count"
> & {
  /** The `recomendacion` answer: titles of the film's 5 first recommendations. */
  recs: string[];
};

/** One name a search chunk offers: a film (by title), a collection, a company, a person… */
export interface NameEntry {
  /** As the data spells it. */
  name: string;
  /** Ranks equal matches: votes for films, films for the others. */
  weight: number;
  /** Other texts that find it (a film's original title, a collection without "Collection"). */
  aliases?: string[];
  /** Films only. */
  id?: number;
  year?: number;
  genres?: string[];
  poster_path?: string | null;
}

/** A name chunk's payload: for each word prefix of its bucket, the names having a word with it. */
export type NamePayload = Record<string, NameEntry[]>;

/**
 * The families keyed by film id, and how many films a bucket is meant to hold: a film permalink
 * waits for one bucket of each, so each is a few kB (cards about 6, texts and lists about 5–9).
 */
export const FILM_FAMILIES = { cards: 64, texts: 16, lists: 16 } as const;
export type FilmFamily = keyof typeof FILM_FAMILIES;

/** Title records per bucket of the `titles` family (keyed by folded title). */
export const TITLES_PER_BUCKET = 128;
export const TITLES_FAMILY = "titles";

/** Name entries per bucket of a `names.*` family. */
export const NAMES_PER_BUCKET = 250;

/** Payload bytes (JSON, before gzip) per bucket of an `answers.*` family. */
export const ANSWER_BYTES_PER_BUCKET = 24_000;

/**
 * How many names a word prefix keeps, most weight first: a common word ("the", "love") would
 * otherwise make its chunk grow with the catalogue. A short prefix (one or two characters, what a
 * visitor has typed so far) keeps fewer: it only has to offer the best suggestions.
 */
export const NAMES_PER_PREFIX = 400;
export const NAMES_PER_SHORT_PREFIX = 40;

/** The family of the name index of `kind` (the search box's and the query forms' suggestions). */
export const namesFamily = (kind: SuggestKind) => `names.${kind}`;

/** The family of the precomputed answers of a query whose values are a finite set. */
export const answersFamily = (query: QueryName) => `answers.${query}`;

/** The key a value's answer is filed under: the value folded (case, accents, spaces). */
export const answerKey = (value: string) => fold(value);

/** Payload bytes (JSON, before gzip) per bucket of a `browse.*` family. */
export const BROWSE_BYTES_PER_BUCKET = 24_000;

/** The family of the browse pages of a facet (src/lib/browse.ts). */
export const browseFamily = (facet: BrowseFacet) => `browse.${facet}`;

/**
 * A browse card as stored: its fields in a row, in {@link BrowseCard}'s order. Key names repeated
 * on every card were 40% of the browse families' raw bytes and a third of their gzip time.
 */
export type PackedCard = [
  id: number,
  title: string,
  year: number,
  genres: string[],
  poster_path: string | null,
  vote_average: number | null,
  vote_count: number,
];

/** The stored rows of `cards`. */
export const packCards = (cards: readonly BrowseCard[]): PackedCard[] =>
  cards.map((c) => [c.id, c.title, c.year, c.genres, c.poster_path, c.vote_average, c.vote_count]);

/** The cards of stored rows. */
export const unpackCards = (rows: readonly PackedCard[]): BrowseCard[] =>
  rows.map(([id, title, year, genres, poster_path, vote_average, vote_count]) => ({
    id,
    title,
    year,
    genres,
    poster_path,
    vote_average,
    vote_count,
  }));

/**
 * A value's record in `browse.<facet>`, filed under its folded name: its films in votes order when
 * they fit one page (the reader re-sorts them), else the first page of each order. A page past the
 * first is filed on its own key ({@link browsePageKey}) as its PackedCard rows.
 */
export interface BrowseValueRecord {
  name: string;
  total: number;
  films?: PackedCard[];
  first?: Record<BrowseSort, PackedCard[]>;
}

/** The key of page `page` (2 or more) of a value that fills several, in one order: its cards. */
export const browsePageKey = (valueKey: string, sort: BrowseSort, page: number) =>
  `${valueKey}|${sort}|${page}`;

/** The key of the films of a title in `titles`. */
export const titleKey = (title: string) => fold(title);

/** The card and text records of a film. */
export function splitFilm(film: Film): { card: CardRecord; text: TextRecord } {
  const card = {} as Record<string, unknown>;
  const text = {} as Record<string, unknown>;
  for (const name of CARD_FIELDS) card[name] = film[name];
  for (const name of TEXT_FIELDS) text[name] = film[name];
  return { card: card as CardRecord, text: text as TextRecord };
}

/** The film again from its two records, its fields in the schema's order. */
export function joinFilm(card: CardRecord, text: TextRecord): Film {
  const both = { ...card, ...text } as Record<string, unknown>;
  return Object.fromEntries(FILM_FIELDS.map((f) => [f.name, both[f.name]])) as unknown as Film;
}

/** What the home page and the filters show without a shard (the `summary` asset). */
export interface SiteSummary {
  /** The most-voted films, most votes first. */
  popular: NameEntry[];
  facets: {
    genres: string[];
    languages: string[];
    yearMin: number;
    yearMax: number;
  };
  /** For each value kind, its values with the most films (an error answer's last resort). */
  topValues: Partial<Record<SuggestKind, string[]>>;
  /** Films per month (January first) and per weekday (Monday first): peliculas_mes, peliculas_dia. */
  releaseCounts: { months: number[]; weekdays: number[] };
  /**
   * What the search box's placeholder offers, all from this build: the most-voted film's title, the
   * original title of the most-voted film whose original title differs, the most-voted person.
   */
  examples?: string[];
  /** How many films know their directors and cast: what a person's answer (or miss) says. */
  coverage?: PeopleCoverage;
}

export type { Answer };
