// The lists before issue 15, kept for the evaluation's comparison: co-likes plus pseudo-viewers of
// popularity, with slots for films alike in content, more of them the fewer viewers liked the film.
// Lists made this way were close to the same blockbusters for every film.
import type { Recommender } from "../../src/lib/recommend.ts";
import { NEIGHBOR_SOURCE } from "../../src/lib/schema.ts";
import { coLikesOf, type CoLikes } from "./colike.ts";

/** Options of {@link previousNeighbors}. */
export interface PreviousOptions {
  /** Slots of the first 10 that vector similarity fills for a film nobody liked. Default 3. */
  similarSlots?: number;
  /**
   * Like share (likes per 1,000 viewers) at which a film's similarity slots halve:
   * slots = round(similarSlots · c / (c + share)). A share, not a count, so that the lists keep their
   * shape however many viewers the ratings hold. Default 3 (about one like in 350 viewers).
   */
  confidence?: number;
  /**
   * Weight, in pseudo-viewers, of the film's popularity in the co-liked score: co-likes + weight ×
   * popularity. It shrinks the co-like counts of a film few viewers liked toward popularity, so such a
   * film lists what most viewers like rather than its few co-likes' noise. Default 30.
   */
  popularity?: number;
  /**
   * Which popularity: "queries" (default), the chance that the viewer behind a random query liked the
   * film (prolific viewers weigh more: they make most queries), or "viewers", the share of viewers who
   * liked it.
   */
  prior?: "queries" | "viewers";
  /**
   * Films of the same collection put first (in similarity order). Default 1: the nearest film of the
   * collection (usually the sequel or prequel); the others must earn their place by score.
   */
  pinned?: number;
  /**
   * Fill the similarity slots with the most liked of the film's similar films (ties: more similar
   * first) rather than the most similar. Default false.
   */
  slotsByLikes?: boolean;
  /**
   * Exponent of the candidate's likes in the co-liked score; below 0 favours well-liked films (a
   * damped popularity prior multiplying the co-like strength). Default 0.
   */
  likesExponent?: number;
}

/** The shown list length the layout is planned for (the site and the evaluation show 10). */
const SHOWN = 10;

/** Rows by descending popularity (ties: lower row first): the order of films nobody co-liked. */
function byPopularity(popularity: Float64Array): Int32Array {
  return Int32Array.from(
    Array.from(popularity.keys()).sort((a, b) => popularity[b] - popularity[a] || a - b),
  );
}

/** Inserts (row, score) into a best-first buffer of at most `count`; ties keep the lower row first. */
function offer(rows: number[], scores: number[], count: number, row: number, score: number) {
  const full = rows.length === count;
  // Most offers lose to the last kept row: reject them before any search.
  if (full && (scores[count - 1] > score || (scores[count - 1] === score && rows[count - 1] < row)))
    return;
  if (full) (rows.pop(), scores.pop());
  let i = rows.length;
  while (i > 0 && (scores[i - 1] < score || (scores[i - 1] === score && rows[i - 1] > row))) i--;
  rows.splice(i, 0, row);
  scores.splice(i, 0, score);
}

/** Per-row terms of the co-liked score, computed once: popularity and the co-like weight. */
interface CoLikedTerms {
  base: Float64Array;
  weight: Float64Array;
}

/** The popularity a film's co-like counts shrink toward (see {@link PreviousOptions.prior}). */
function popularityOf(co: CoLikes, o: Required<PreviousOptions>): Float64Array {
  return o.prior === "queries" ? co.queryShare : co.likes.map((l) => l / Math.max(1, co.viewers));
}

function coLikedTerms(co: CoLikes, o: Required<PreviousOptions>): CoLikedTerms {
  return {
    base: popularityOf(co, o).map((p) => o.popularity * p),
    weight: co.likes.map((l) => Math.max(1, l) ** -o.likesExponent),
  };
}

/**
 * The `count` best rows by co-liked score: the co-likes with `row` (each scaled by the candidate's
 * likes^-likesExponent) plus the candidate's popularity in pseudo-viewers. Only co-liked rows and the
 * most liked can win.
 * A bounded buffer instead of a sort: a hit co-liked with thousands of films costs O(m).
 */
function coLikedOrder(
  co: CoLikes,
  terms: CoLikedTerms,
  popular: Int32Array,
  row: number,
  count: number,
  scratch: { counts: Float64Array; touched: Int32Array },
): { rows: number[]; coLiked: Set<number> } {
  const rows: number[] = [];
  const scores: number[] = [];
  const { base, weight } = terms;
  const { counts, touched } = scratch;
  const n = coLikesOf(co, row, counts, touched);
  for (let t = 0; t < n; t++) {
    const j = touched[t];
    offer(rows, scores, count, j, base[j] + counts[j] * weight[j]);
  }
  for (const j of popular.subarray(0, count + 1))
    if (j !== row && counts[j] === 0) offer(rows, scores, count, j, base[j]);
  const coLiked = new Set(rows.filter((j) => counts[j] > 0));
  for (let t = 0; t < n; t++) counts[touched[t]] = 0;
  return { rows, coLiked };
}

/**
 * The previous lists: `k` rows per film (-1 pads) from the vector-similar lists (`similarK` a film,
 * best first) and the co-likes, and where each entry comes from.
 */
export function previousNeighbors(
  recommender: Recommender,
  coLikes: CoLikes,
  similar: Int32Array,
  similarK: number,
  k: number,
  options: PreviousOptions = {},
): { rows: Int32Array; sources: Uint8Array } {
  const o: Required<PreviousOptions> = {
    similarSlots: 3,
    slotsByLikes: false,
    confidence: 3,
    popularity: 30,
    prior: "queries",
    likesExponent: 0,
    pinned: 1,
    ...options,
  };
  const { vectors } = recommender;
  const popular = byPopularity(popularityOf(coLikes, o));
  const terms = coLikedTerms(coLikes, o);
  const rows = new Int32Array(vectors.size * k).fill(-1);
  const sources = new Uint8Array(vectors.size * k).fill(NEIGHBOR_SOURCE.similar);
  const scratch = { counts: new Float64Array(vectors.size), touched: new Int32Array(vectors.size) };
  for (let row = 0; row < vectors.size; row++) {
    const list = Array.from(similar.subarray(row * similarK, row * similarK + k)).filter(
      (r) => r >= 0,
    );
    const share = (1000 * coLikes.likes[row]) / Math.max(1, coLikes.viewers);
    const slots = Math.round((o.similarSlots * o.confidence) / (o.confidence + share));
    // The nearest film(s) of its collection come first: a sequel is the answer a film lover
    // expects, and co-like counts alone bury it under the hits.
    const collection = recommender.catalog.collection[row];
    const pinned = collection
      ? list.filter((r) => recommender.catalog.collection[r] === collection).slice(0, o.pinned)
      : [];
    const taken = new Set(pinned);
    const ordered = coLikedOrder(coLikes, terms, popular, row, k, scratch);
    const head = ordered.rows.filter((r) => !taken.has(r));
    const first = head.slice(0, Math.max(0, SHOWN - slots - pinned.length));
    for (const r of first) taken.add(r);
    const pool = list.filter((r) => !taken.has(r));
    if (o.slotsByLikes) pool.sort((a, b) => coLikes.likes[b] - coLikes.likes[a]);
    const tail = pool.slice(0, slots);
    for (const r of tail) taken.add(r);
    const rest = head.slice(first.length).filter((r) => !taken.has(r));
    const fromViewers = (r: number) =>
      ordered.coLiked.has(r) ? NEIGHBOR_SOURCE.coLiked : NEIGHBOR_SOURCE.popular;
    const entries = [
      ...pinned.map((r) => [r, NEIGHBOR_SOURCE.collection] as const),
      ...first.map((r) => [r, fromViewers(r)] as const),
      ...tail.map((r) => [r, NEIGHBOR_SOURCE.similar] as const),
      ...rest.map((r) => [r, fromViewers(r)] as const),
    ].slice(0, k);
    entries.forEach(([r, source], i) => {
      rows[row * k + i] = r;
      sources[row * k + i] = source;
    });
  }
  return { rows, sources };
}
