// Recommendations: the recommender built once per catalogue, and the films like one film (or a
// profile) with filters, from its precomputed list or a scan of the whole catalogue. The scoring
// math is in vector-scoring.ts and the reasons in reasons.ts.
import type { Catalog } from "./catalog.ts";
import { reasonsFor, type Reason } from "./reasons.ts";
import { RecommendError } from "./recommend-error.ts";
import { diversify, profileVector, scoreRow, topK } from "./vector-scoring.ts";
import type { ItemVectors } from "./vectors.ts";

// The build (build-data/features, build-data/shards) imports these from here.
export { reasonsFor, type Reason } from "./reasons.ts";
export { RecommendError } from "./recommend-error.ts";
export { profileVector, scoreRow, topK } from "./vector-scoring.ts";

/** Filters a recommendation must pass. Every field is optional; absent means "any". */
export interface RecommendFilters {
  /** Earliest release year, inclusive. */
  yearFrom?: number;
  /** Latest release year, inclusive. */
  yearTo?: number;
  /** A genre the film must have (exact name). */
  genre?: string;
  /** Original language, ISO 639-1. */
  language?: string;
  /** Minimum vote count. Default 0. */
  minVotes?: number;
}

/** Options of {@link recommend}. */
export interface RecommendOptions extends RecommendFilters {
  /** How many films to return. Default 10. */
  k?: number;
  /**
   * Diversity by maximal marginal relevance, 0..1: 0 ranks by score alone; higher trades score for
   * films unlike those already listed. Default 0.
   */
  diversity?: number;
  /**
   * Rank by vector similarity over the whole catalogue, ignoring the precomputed lists (which, when
   * the build had ratings, lead with what viewers liked together): films alike, not films co-liked.
   * Default false.
   */
  similarOnly?: boolean;
}

/** Weight of the popularity/quality prior added to the cosine (tie-breaking, not ranking). */
export const PRIOR_WEIGHT = 0.1;

/** Candidates scored per result when re-ranking for diversity. */
const MMR_POOL = 5;

export interface Recommendation {
  row: number;
  score: number;
  /** Where a precomputed list's entry came from (NEIGHBOR_SOURCE); absent for a scored scan. */
  source?: number;
  reasons: Reason[];
}

/** A predicate for the filters, or null when there are none (the fast path). */
export function filterPredicate(
  catalog: Catalog,
  f: RecommendFilters,
): ((row: number) => boolean) | null {
  const active =
    f.yearFrom !== undefined ||
    f.yearTo !== undefined ||
    f.genre !== undefined ||
    f.language !== undefined ||
    (f.minVotes ?? 0) > 0;
  if (!active) return null;
  return (row) => {
    const year = catalog.releaseYear[row];
    if (f.yearFrom !== undefined && year < f.yearFrom) return false;
    if (f.yearTo !== undefined && year > f.yearTo) return false;
    if (f.genre !== undefined && !(catalog.genres[row] ?? []).includes(f.genre)) return false;
    if (f.language !== undefined && catalog.originalLanguage[row] !== f.language) return false;
    if ((f.minVotes ?? 0) > 0 && catalog.voteCount[row] < (f.minVotes ?? 0)) return false;
    return true;
  };
}

/** Where each film of `row`'s precomputed list comes from (NEIGHBOR_SOURCE), by row. */
function listSources(r: Recommender, row: number): Map<number, number> {
  const out = new Map<number, number>();
  const n = r.neighbors;
  if (!n?.sources) return out;
  for (let i = row * n.k; i < (row + 1) * n.k; i++)
    if (n.rows[i] >= 0 && !out.has(n.rows[i])) out.set(n.rows[i], n.sources[i]);
  return out;
}

const titleYear = (catalog: Catalog, row: number) =>
  `${catalog.title[row]}\u0000${catalog.releaseYear[row]}`;

/**
 * The rows of the same film as `row` (same title and year: a duplicate record), `row` included;
 * empty when it has none. No list shows a film's duplicate.
 */
export const sameFilmRows = (r: Recommender, row: number): readonly number[] =>
  r.sameFilm.get(titleYear(r.catalog, row)) ?? [];

/**
 * Precomputed nearest films: row `i`'s `k` best rows (query excluded) at `rows[i*k .. (i+1)*k)`, and
 * where each comes from at the same places in `sources` (NEIGHBOR_SOURCE; absent: all similar).
 */
export interface Neighbors {
  k: number;
  rows: Int32Array;
  sources?: Uint8Array;
}

/** Options of {@link createRecommender}. */
export interface RecommenderOptions {
  /** Precomputed neighbours (the fast path for one film without filters). Default none. */
  neighbors?: Neighbors | null;
  /** Per-row prior, 0..1 (see popularity.ts). Default none. */
  prior?: Float32Array | null;
  /** Weight of the prior in the score. Default {@link PRIOR_WEIGHT}. */
  priorWeight?: number;
}

/** What every request shares, built once. */
export interface Recommender {
  catalog: Catalog;
  vectors: ItemVectors;
  /** Rows sharing a title and year, keyed by that pair; only keys with two or more rows. */
  sameFilm: Map<string, number[]>;
  /** priorWeight × prior, added to every cosine; null for cosine alone. */
  bias: Float32Array | null;
  neighbors: Neighbors | null;
}

export function createRecommender(
  catalog: Catalog,
  vectors: ItemVectors,
  options: RecommenderOptions = {},
): Recommender {
  if (vectors.size !== catalog.size) {
    throw new RecommendError(
      `vectors have ${vectors.size} rows but the catalogue has ${catalog.size}`,
    );
  }
  const neighbors = options.neighbors ?? null;
  if (neighbors && neighbors.rows.length !== catalog.size * neighbors.k) {
    throw new RecommendError(
      `neighbors have ${neighbors.rows.length / neighbors.k} rows but the catalogue has ${catalog.size}`,
    );
  }
  const groups = new Map<string, number[]>();
  for (let row = 0; row < catalog.size; row++) {
    const key = titleYear(catalog, row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const sameFilm = new Map([...groups].filter(([, rows]) => rows.length > 1));
  const weight = options.priorWeight ?? PRIOR_WEIGHT;
  const bias = options.prior ? options.prior.map((p) => p * weight) : null;
  return { catalog, vectors, sameFilm, bias, neighbors };
}

/** A scored candidate; `source` tells where a precomputed list's entry came from (NEIGHBOR_SOURCE). */
type Hit = { row: number; score: number; source?: number };

/** The precomputed neighbours of `row` that pass, rescored exactly; null when fewer than `k` pass. */
function fromNeighbors(
  r: Recommender,
  row: number,
  query: Float32Array,
  k: number,
  exclude: ReadonlySet<number>,
  accept: ((row: number) => boolean) | null,
): Hit[] | null {
  const n = r.neighbors!;
  const out: Hit[] = [];
  for (let i = row * n.k; i < (row + 1) * n.k && out.length < k; i++) {
    const candidate = n.rows[i];
    if (candidate < 0 || exclude.has(candidate) || (accept && !accept(candidate))) continue;
    const score = scoreRow(r.vectors, query, candidate) + (r.bias?.[candidate] ?? 0);
    out.push({ row: candidate, score, source: n.sources?.[i] });
  }
  return out.length === k ? out : null;
}

/** Films like the query films (one film, or several liked films as a profile), best first. */
export function recommend(
  recommender: Recommender,
  queryRows: readonly number[],
  options: RecommendOptions = {},
): Recommendation[] {
  const { catalog, vectors } = recommender;
  for (const q of queryRows) {
    if (!Number.isInteger(q) || q < 0 || q >= catalog.size) {
      throw new RecommendError(`no film at row ${q}: expected 0..${catalog.size - 1}`);
    }
  }
  const k = options.k ?? 10;
  const diversity = options.diversity ?? 0;
  if (!(diversity >= 0 && diversity <= 1)) {
    throw new RecommendError(`invalid diversity ${diversity}: expected a number from 0 to 1`);
  }
  const exclude = new Set<number>(queryRows);
  for (const q of queryRows) for (const row of sameFilmRows(recommender, q)) exclude.add(row);
  const query = profileVector(vectors, queryRows);
  const accept = filterPredicate(catalog, options);
  const pooled = diversity > 0 ? k * MMR_POOL : k;
  let hits: Hit[] | null =
    queryRows.length === 1 &&
    recommender.neighbors &&
    !options.similarOnly &&
    pooled <= recommender.neighbors.k
      ? fromNeighbors(recommender, queryRows[0], query, pooled, exclude, accept)
      : null;
  // Too few neighbours pass the filters (or none were built): score the whole catalogue.
  hits ??= topK(vectors, query, pooled, exclude, accept, recommender.bias);
  if (diversity > 0) hits = diversify(vectors, hits, k, diversity);
  // A film the whole-catalogue scan finds that is also in the film's own list keeps the reason its
  // place there has ("liked by viewers who liked…"): filtering must not make a card lose it.
  const sources =
    queryRows.length === 1 && hits.some((h) => h.source === undefined)
      ? listSources(recommender, queryRows[0])
      : null;
  return hits.map((h) => ({
    row: h.row,
    score: h.score,
    ...(h.source === undefined ? {} : { source: h.source }),
    reasons: reasonsFor(catalog, queryRows, h.row, h.source ?? sources?.get(h.row)),
  }));
}
