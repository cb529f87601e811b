// Recommendations: cosine top-k over the item vectors, with filters and a reason for every film.
import type { Catalog } from "./catalog.ts";
import { NEIGHBOR_SOURCE } from "./schema.ts";
import type { ItemVectors } from "./vectors.ts";

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

/** Why a film was recommended (the list sources are decided by build-data/features/list-source.ts). */
export type Reason =
  | { kind: "coLiked"; value: string }
  | { kind: "popular" }
  | { kind: "someViewers"; value: string }
  | { kind: "alikeViewers"; value: string }
  /** Nothing in common to name: the film is near in the vectors (what it is about, its era…). */
  | { kind: "alike" }
  | { kind: "collection"; value: string }
  | { kind: "director"; values: string[] }
  | { kind: "genres"; values: string[] }
  | { kind: "keywords"; values: string[] }
  | { kind: "cast"; values: string[] };

export interface Recommendation {
  row: number;
  score: number;
  /** Where a precomputed list's entry came from (NEIGHBOR_SOURCE); absent for a scored scan. */
  source?: number;
  reasons: Reason[];
}

/** Thrown for an unusable recommendation request (no such film, empty profile). */
export class RecommendError extends Error {
  override name = "RecommendError";
}

/** Dot product of the float query with row `row` of the quantised vectors (cosine for unit vectors). */
export function scoreRow(vectors: ItemVectors, query: Float32Array, row: number): number {
  const { dims, values } = vectors;
  const base = row * dims;
  // Four running sums: one sum is a chain of dependent additions, which bounds the speed of every
  // scan (the build's neighbour lists and the worker's full scans) at about a third of this.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < dims; d += 4) {
    s0 += query[d] * values[base + d];
    s1 += query[d + 1] * values[base + d + 1];
    s2 += query[d + 2] * values[base + d + 2];
    s3 += query[d + 3] * values[base + d + 3];
  }
  for (; d < dims; d++) s0 += query[d] * values[base + d];
  return (s0 + s1 + s2 + s3) * vectors.scale[row];
}

/** The dequantised, unit-length vector of a film (or the normalised mean of several: a profile). */
export function profileVector(vectors: ItemVectors, rows: readonly number[]): Float32Array {
  if (rows.length === 0) throw new RecommendError("a profile needs at least one film");
  const { dims, values, scale } = vectors;
  const out = new Float32Array(dims);
  for (const row of rows) {
    for (let d = 0; d < dims; d++) out[d] += values[row * dims + d] * scale[row];
  }
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += out[d] * out[d];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < dims; d++) out[d] /= norm;
  return out;
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

/**
 * The `k` best rows for `query` by score, best first, skipping `exclude` and rows the filter rejects.
 * `bias` (per row) is added to every score. `among` (ascending rows) limits the scan to those rows;
 * null scans the whole catalogue. Keeps a small sorted buffer instead of sorting the catalogue:
 * O(n·k) worst case, O(n) typically.
 */
export function topK(
  vectors: ItemVectors,
  query: Float32Array,
  k: number,
  exclude: ReadonlySet<number>,
  accept: ((row: number) => boolean) | null,
  bias: Float32Array | null = null,
  among: Int32Array | null = null,
): { row: number; score: number }[] {
  const rows: number[] = [];
  const scores: number[] = [];
  if (k <= 0) return [];
  const count = among ? among.length : vectors.size;
  for (let i = 0; i < count; i++) {
    const row = among ? among[i] : i;
    if (exclude.has(row)) continue;
    const s = bias ? scoreRow(vectors, query, row) + bias[row] : scoreRow(vectors, query, row);
    if (rows.length === k && s <= scores[k - 1]) continue;
    if (accept && !accept(row)) continue;
    if (rows.length < k) {
      rows.push(row);
      scores.push(s);
    } else {
      rows[k - 1] = row;
      scores[k - 1] = s;
    }
    // Bubble the newcomer up; strict comparison keeps earlier rows first on ties (deterministic).
    for (let i = rows.length - 1; i > 0 && scores[i - 1] < scores[i]; i--) {
      [rows[i - 1], rows[i]] = [rows[i], rows[i - 1]];
      [scores[i - 1], scores[i]] = [scores[i], scores[i - 1]];
    }
  }
  return rows.map((row, i) => ({ row, score: scores[i] }));
}

/** The first `limit` values of `b` that `a` has, in `b`'s order. */
function shared(a: string[] | null, b: string[] | null, limit: number): string[] {
  const out: string[] = [];
  if (!a || !b) return out;
  // A film has a few values of each kind: scanning them beats building a set for every card.
  const has = a.length > 16 ? new Set(a) : null;
  for (let i = 0; i < b.length && out.length < limit; i++)
    if (has ? has.has(b[i]) : a.includes(b[i])) out.push(b[i]);
  return out;
}

/**
 * Why `row` is recommended for the query films: why its place in a precomputed list is its own
 * (`source`: viewers who liked the query film liked it well beyond its popularity, it is among the
 * most liked, a few of those viewers liked it, the viewers of films alike liked it), then what it
 * shares with them, most telling first; with none of those, its likeness in content.
 */
export function reasonsFor(
  catalog: Catalog,
  queryRows: readonly number[],
  row: number,
  source?: number,
): Reason[] {
  const reasons: Reason[] = [];
  if (source === NEIGHBOR_SOURCE.coLiked)
    reasons.push({ kind: "coLiked", value: catalog.title[queryRows[0]] });
  if (source === NEIGHBOR_SOURCE.popular) reasons.push({ kind: "popular" });
  if (source === NEIGHBOR_SOURCE.someViewers)
    reasons.push({ kind: "someViewers", value: catalog.title[queryRows[0]] });
  if (source === NEIGHBOR_SOURCE.alikeViewers)
    reasons.push({ kind: "alikeViewers", value: catalog.title[queryRows[0]] });
  const collection = catalog.collection[row];
  if (collection && queryRows.some((q) => catalog.collection[q] === collection)) {
    reasons.push({ kind: "collection", value: collection });
  }
  const pick = (column: (string[] | null)[], limit: number) => {
    if (queryRows.length === 1) {
      const values = shared(column[queryRows[0]], column[row], limit);
      return values.length < 2 ? values : [...new Set(values)];
    }
    const seen = new Set<string>();
    for (const q of queryRows) for (const x of shared(column[q], column[row], limit)) seen.add(x);
    return [...seen].slice(0, limit);
  };
  const directors = pick(catalog.directors, 3);
  if (directors.length) reasons.push({ kind: "director", values: directors });
  const genres = pick(catalog.genres, 4);
  if (genres.length) reasons.push({ kind: "genres", values: genres });
  const keywords = pick(catalog.keywords, 4);
  if (keywords.length) reasons.push({ kind: "keywords", values: keywords });
  const cast = pick(catalog.cast, 3);
  if (cast.length) reasons.push({ kind: "cast", values: cast });
  // A card always says why it is there, even when no value is shared.
  if (reasons.length === 0) reasons.push({ kind: "alike" });
  return reasons;
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

/** Greedy maximal marginal relevance over a pool sorted by score. */
function diversify(
  vectors: ItemVectors,
  pool: { row: number; score: number }[],
  k: number,
  diversity: number,
): { row: number; score: number }[] {
  const chosen: { row: number; score: number }[] = [];
  const unit = pool.map((p) => profileVector(vectors, [p.row]));
  const maxSimilarity = new Float64Array(pool.length).fill(-Infinity);
  const taken = new Uint8Array(pool.length);
  while (chosen.length < k && chosen.length < pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (taken[i]) continue;
      const penalty = chosen.length ? maxSimilarity[i] : 0;
      const value = (1 - diversity) * pool[i].score - diversity * penalty;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    taken[best] = 1;
    chosen.push(pool[best]);
    for (let i = 0; i < pool.length; i++) {
      let sim = 0;
      for (let d = 0; d < vectors.dims; d++) sim += unit[i][d] * unit[best][d];
      if (sim > maxSimilarity[i]) maxSimilarity[i] = sim;
    }
  }
  return chosen;
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
