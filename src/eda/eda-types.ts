// The eda.json asset: the aggregates the EDA notebook page draws, computed once at build time
// from the kept films (build-data/eda). Every number the page states comes from here.
import type { FilmColumn, SourceName } from "../lib/schema.ts";

/** Version of eda.json's shape; the page refuses another. */
export const EDA_VERSION = 1;

/** The numeric film columns the EDA describes and correlates, in display order. */
export const NUMERIC_COLUMNS = [
  "budget",
  "revenue",
  "return",
  "runtime",
  "popularity",
  "vote_average",
  "vote_count",
  "release_year",
] as const satisfies readonly FilmColumn[];
export type NumericColumn = (typeof NUMERIC_COLUMNS)[number];

/** pandas' `describe()` of one column, over its known values only. */
export interface Describe {
  column: NumericColumn;
  /** Known values. */
  count: number;
  /** Values treated as unknown: null, or 0 where 0 means unknown (budget, revenue, return, vote_average without votes). */
  unknown: number;
  mean: number;
  /** Sample standard deviation (n − 1), as pandas; NaN (null in the JSON) for a single value. */
  std: number;
  min: number;
  q25: number;
  q50: number;
  q75: number;
  max: number;
}

/** One column of `info()`: its Arrow type and how many films have a value. */
export interface InfoColumn {
  column: FilmColumn;
  type: string;
  nonNull: number;
  /** False when the source does not know this column at all. */
  known: boolean;
}

/** A bin of a histogram: [x0, x1) holds `count` films (the last bin includes x1). */
export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/** A label and how many films carry it. */
export interface Tally {
  key: string;
  count: number;
  /** The ISO code of a country (what names it in the page's language), when the data has it. */
  code?: string;
}

/** Films and known budgets of one release year. */
export interface YearRow {
  year: number;
  films: number;
  /** Sum of the known (non-zero) budgets, US dollars. */
  budget: number;
  /** Films with a known budget. */
  budgetFilms: number;
}

/** Pearson correlation of two columns over the films where both are known. */
export interface Pair {
  a: NumericColumn;
  b: NumericColumn;
  r: number;
  /** Films where both are known. */
  n: number;
}

export interface EdaReport {
  edaVersion: number;
  source: SourceName;
  /** Kept films. */
  rows: number;
  /** Film columns the source knows. */
  fields: FilmColumn[];
  /** The first films in id order, known columns only (lists joined with ", "). */
  head: { columns: FilmColumn[]; rows: (string | number | null)[][] };
  info: InfoColumn[];
  describe: Describe[];
  votes: {
    /**
     * Bins of width 0.5 over vote_average, 0 to 10. Films without a single vote are counted at 0,
     * as the original data records them: that is the spike at 0 the original notebook saw.
     */
    histogram: Bin[];
    /** Films whose vote_count is 0. */
    noVotes: number;
    /** Films with votes whose vote_average is exactly 0. */
    zeroWithVotes: number;
    /** Films whose vote_count is not known at all (null). */
    unknown: number;
  } | null;
  years: YearRow[];
  dates: {
    earliest: string;
    latest: string;
    /** When the source was collected (YYYY-MM-DD), or null when the source does not say. */
    collected: string | null;
    /** Films released after `collected`. */
    afterCollection: number;
  };
  /** The 15 most popular films. */
  popular: { title: string; year: number; popularity: number }[] | null;
  /** Every genre with its film count, most common first. */
  genres: Tally[] | null;
  correlation: { columns: NumericColumn[]; matrix: (number | null)[][]; top: Pair[] };
  /** Films with both budget and revenue known: [budget, revenue] in dollars. */
  revenueBudget: [number, number][];
  returns: {
    /** Bins over log10(revenue / budget). */
    histogram: Bin[];
    films: number;
    /** Median of revenue / budget. */
    median: number;
    /** Films with a budget under TINY_BUDGET dollars: their ratios are data errors, not returns. */
    tinyBudget: number;
    tinyBudgetLimit: number;
    best: { title: string; budget: number; revenue: number; return: number } | null;
  };
  /**
   * Budgets and revenues the site flags as doubtful (src/lib/money.ts: known but under `limit`
   * dollars), with the most-voted such films. Absent from reports made before the rule.
   */
  doubtful?: {
    limit: number;
    budget: number;
    revenue: number;
    films: number;
    sample: { id: number; title: string; year: number; budget: number; revenue: number }[];
  };
  /** Runtime bins of 10 minutes; films longer than the last bin are counted in `longer`. */
  runtime: { histogram: Bin[]; longer: number; limit: number } | null;
  /** The 20 most common original languages. */
  languages: Tally[] | null;
  /** The 20 most common production countries. */
  countries: Tally[] | null;
  /** Films per release month, January first (index 0 = January). */
  months: number[];
  /** Films per weekday of release (UTC), Monday first. */
  weekdays: number[];
}
