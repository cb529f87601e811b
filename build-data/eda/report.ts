// Builds the eda.json asset from the kept films: every aggregate the EDA notebook page draws.
// Zeros that mean "unknown" (budget, revenue, votes) are turned into NaN once, here.
import {
  EDA_VERSION,
  NUMERIC_COLUMNS,
  type EdaReport,
  type InfoColumn,
  type NumericColumn,
  type Tally,
} from "../../src/eda/eda-types.ts";
import { FILM_FIELDS, type Film, type FilmColumn, type SourceName } from "../../src/lib/schema.ts";
import { correlations } from "./correlation.ts";
import { describe, knownSorted, quantile } from "./describe.ts";
import { filmsPerMonth, filmsPerWeekday, filmsPerYear, histogram, tallyLists } from "./tally.ts";
import { arrowType } from "../../src/lib/arrow-schema.ts";
import { DOUBTFUL_BELOW, hasDoubtfulMoney, isDoubtful } from "../../src/lib/money.ts";

/**
 * When each source was collected. The Movies Dataset's Kaggle page says it holds "movies released
 * on or before July 2017"; vega-datasets does not say when its table was made.
 */
export const COLLECTED: Record<SourceName, string | null> = { kaggle: "2017-07-31", vega: null };

/** Options of {@link edaReport}. */
export interface EdaOptions {
  /** Which source the films came from. */
  source: SourceName;
  /** Film columns the source knows; the others are reported as absent, never as all-unknown. */
  fields: readonly FilmColumn[];
  /** Collection date (YYYY-MM-DD) or null. Default: {@link COLLECTED} of the source. */
  collected?: string | null;
  /** Films shown by `head`. Default 5. */
  headRows?: number;
  /** Budgets under this many dollars make a return ratio meaningless. Default DOUBTFUL_BELOW (money.ts). */
  tinyBudget?: number;
}

/** Languages and countries kept in the report: the long tail of single films says little. */
const TOP_LABELS = 20;

const HEAD_COLUMNS: FilmColumn[] = [
  "id",
  "title",
  "release_date",
  "genres",
  "original_language",
  "budget",
  "revenue",
  "runtime",
  "popularity",
  "vote_average",
  "vote_count",
];

/** A numeric column as a typed array, NaN where the value is unknown (including 0-as-unknown). */
export function numericValues(films: readonly Film[], column: NumericColumn): Float64Array {
  const out = new Float64Array(films.length);
  for (let i = 0; i < films.length; i++) {
    const f = films[i];
    let v: number | null = f[column];
    if (column === "budget" || column === "revenue") v = v! > 0 ? v : null;
    else if (column === "return") v = f.budget > 0 && f.revenue > 0 ? v : null;
    else if (column === "vote_average") v = f.vote_count ? v : null;
    out[i] = v === null || v === undefined || !Number.isFinite(v) ? NaN : v;
  }
  return out;
}

function info(films: readonly Film[], known: Set<FilmColumn>): InfoColumn[] {
  return FILM_FIELDS.map(({ name, kind }) => {
    let nonNull = 0;
    // An empty string is how a source without the value fills a non-nullable text column.
    for (const f of films) if (f[name] !== null && f[name] !== "") nonNull++;
    return { column: name, type: String(arrowType(kind)), nonNull, known: known.has(name) };
  });
}

function topBy<T>(items: T[], n: number, score: (t: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, s: score(item) }))
    .filter((x) => Number.isFinite(x.s))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, n)
    .map((x) => x.item);
}

/** Films flagged by the money rule, and the most-voted of them as examples. */
function doubtfulMoney(films: readonly Film[]): NonNullable<EdaReport["doubtful"]> {
  const flagged = films.filter((f) => hasDoubtfulMoney(f.budget, f.revenue));
  return {
    limit: DOUBTFUL_BELOW,
    budget: films.filter((f) => isDoubtful(f.budget)).length,
    revenue: films.filter((f) => isDoubtful(f.revenue)).length,
    films: flagged.length,
    sample: topBy(flagged, 8, (f) => f.vote_count ?? 0).map((f) => ({
      id: f.id,
      title: f.title,
      year: f.release_year,
      budget: f.budget,
      revenue: f.revenue,
    })),
  };
}

/** The tallied countries with the ISO code the films give each name (the page translates it). */
function withCountryCodes(films: readonly Film[], tallies: Tally[]): Tally[] {
  const codes = new Map<string, string>();
  for (const f of films)
    f.production_countries?.forEach((name, i) => {
      const code = f.production_country_codes?.[i];
      if (code && !codes.has(name)) codes.set(name, code);
    });
  return tallies.map((t) => (codes.has(t.key) ? { ...t, code: codes.get(t.key) } : t));
}

export function edaReport(films: readonly Film[], options: EdaOptions): EdaReport {
  const known = new Set(options.fields);
  const has = (c: FilmColumn) => known.has(c);
  const tiny = options.tinyBudget ?? DOUBTFUL_BELOW;
  const collected = options.collected === undefined ? COLLECTED[options.source] : options.collected;
  const numeric = NUMERIC_COLUMNS.filter(has).map((name) => ({
    name,
    values: numericValues(films, name),
  }));
  const column = (name: NumericColumn) => numeric.find((c) => c.name === name)?.values ?? null;
  const dates = films.map((f) => f.release_date).filter((d) => d !== "");
  const sortedDates = [...dates].sort();
  const headColumns = HEAD_COLUMNS.filter(has);

  // A film without votes is a 0 in the raw data (the notebook's spike), whatever the source made of it.
  const voteAverage = has("vote_average")
    ? films.map((f) => (f.vote_count === 0 ? 0 : (f.vote_average ?? NaN)))
    : null;
  const both = films.filter((f) => f.budget > 0 && f.revenue > 0);
  const logReturns = both.map((f) => Math.log10(f.revenue / f.budget));
  // A loop, not Math.min(...): spreading 150,000 values overflows the call stack.
  const low = Math.floor(logReturns.reduce((a, b) => Math.min(a, b), 0));
  const high = Math.ceil(logReturns.reduce((a, b) => Math.max(a, b), 1));
  const sane = both.filter((f) => f.budget >= tiny);
  const best = topBy(sane, 1, (f) => f.revenue / f.budget)[0];
  const runtime = column("runtime");

  return {
    edaVersion: EDA_VERSION,
    source: options.source,
    rows: films.length,
    fields: FILM_FIELDS.map((f) => f.name).filter(has),
    head: {
      columns: headColumns,
      rows: films.slice(0, options.headRows ?? 5).map((f) =>
        headColumns.map((c) => {
          const v = f[c];
          return Array.isArray(v) ? v.join(", ") : (v as string | number | null);
        }),
      ),
    },
    info: info(films, known),
    describe: numeric.flatMap(({ name, values }) => describe(name, values) ?? []),
    votes: voteAverage
      ? {
          histogram: histogram(voteAverage, { start: 0, width: 0.5, bins: 20 }),
          noVotes: films.filter((f) => f.vote_count === 0).length,
          zeroWithVotes: films.filter((f) => f.vote_average === 0 && f.vote_count! > 0).length,
          unknown: films.filter((f) => f.vote_count === null).length,
        }
      : null,
    years: filmsPerYear(
      films.map((f) => f.release_year),
      films.map((f) => f.budget),
    ),
    dates: {
      earliest: sortedDates[0] ?? "",
      latest: sortedDates.at(-1) ?? "",
      collected,
      afterCollection: collected ? dates.filter((d) => d > collected).length : 0,
    },
    popular: has("popularity")
      ? topBy([...films], 15, (f) => f.popularity ?? NaN).map((f) => ({
          title: f.title,
          year: f.release_year,
          popularity: f.popularity!,
        }))
      : null,
    genres: has("genres") ? tallyLists(films.map((f) => f.genres)) : null,
    correlation: correlations(numeric),
    revenueBudget: both.map((f) => [f.budget, f.revenue]),
    returns: {
      histogram: both.length
        ? histogram(logReturns, { start: low, width: 0.25, bins: (high - low) * 4 })
        : [],
      films: both.length,
      median: both.length ? 10 ** quantile(knownSorted(Float64Array.from(logReturns)), 0.5) : NaN,
      tinyBudget: both.length - sane.length,
      tinyBudgetLimit: tiny,
      best: best
        ? {
            title: best.title,
            budget: best.budget,
            revenue: best.revenue,
            return: best.revenue / best.budget,
          }
        : null,
    },
    doubtful: has("budget") || has("revenue") ? doubtfulMoney(films) : undefined,
    runtime: runtime
      ? {
          histogram: histogram(runtime, { start: 0, width: 10, bins: 30 }),
          longer: runtime.filter((v) => v > 300).length,
          limit: 300,
        }
      : null,
    languages: has("original_language")
      ? tallyLists(films.map((f) => (f.original_language ? [f.original_language] : null))).slice(
          0,
          TOP_LABELS,
        )
      : null,
    countries: has("production_countries")
      ? withCountryCodes(
          films,
          tallyLists(films.map((f) => f.production_countries)).slice(0, TOP_LABELS),
        )
      : null,
    months: filmsPerMonth(dates),
    weekdays: filmsPerWeekday(dates),
  };
}
