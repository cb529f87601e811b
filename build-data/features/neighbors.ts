// The neighbors asset: each film's nearest films, ranked at build time so a single-film request in the
// worker reads a list instead of scanning. With ratings, the list blends what viewers co-liked (the
// strongest evidence on real viewers) with vector similarity, which takes more slots the fewer viewers
// liked the film (a cold-start hybrid). Without ratings it is the vector top-k the worker would compute.
import {
  profileVector,
  scoreRow,
  topK,
  type Neighbors,
  type Recommender,
} from "../../src/lib/recommend.ts";
import type { CoLikes } from "./colike.ts";

/**
 * Neighbours kept per film: 10 shown plus room for duplicates and filters. A film whose list runs
 * short after those falls back to a full scan in the worker.
 */
export const NEIGHBORS_K = 12;

/** Options of {@link nearestNeighbors}. */
export interface NeighborOptions {
  /** Neighbours per film. Default {@link NEIGHBORS_K}. */
  k?: number;
  /** Slots of the first 10 that vector similarity fills for a film nobody liked. Default 3. */
  similarSlots?: number;
  /**
   * Likes at which a film's similarity slots halve: slots = round(similarSlots · c / (c + likes)).
   * Default 1.
   */
  confidence?: number;
  /** Weight of the film's popularity among viewers (likes / viewers) in the co-liked score. Default 1. */
  popularity?: number;
  /** Films of the same collection put first (in similarity order). Default 3. */
  pinned?: number;
  /** Exponent of the candidate's likes in the co-liked score; below 0 favours well-liked films. Default -0.2. */
  likesExponent?: number;
}

/** The shown list length the layout is planned for (the site and the evaluation show 10). */
const SHOWN = 10;

/** Rows by descending likes (ties: lower row first): the co-liked score of a film nobody co-liked. */
function byLikes(co: CoLikes): Int32Array {
  return Int32Array.from(
    Array.from(co.likes.keys()).sort((a, b) => co.likes[b] - co.likes[a] || a - b),
  );
}

/**
 * The `count` best rows by co-liked score: popularity among viewers plus the co-likes with `row`,
 * each scaled by the candidate's likes^-likesExponent. Only co-liked rows and the most liked can win.
 */
function coLikedOrder(
  co: CoLikes,
  popular: Int32Array,
  row: number,
  o: Required<NeighborOptions>,
  count: number,
): number[] {
  const score = new Map<number, number>();
  const base = (j: number) => (o.popularity * co.likes[j]) / Math.max(1, co.viewers);
  for (const j of popular.subarray(0, count + 1)) score.set(j, base(j));
  for (const [j, c] of co.pairs[row])
    score.set(j, base(j) + c * Math.max(1, co.likes[j]) ** -o.likesExponent);
  score.delete(row);
  return [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || a - b).slice(0, count);
}

/** The `k` best rows for every row (itself excluded), best first; -1 pads a tiny catalogue. */
export function nearestNeighbors(
  recommender: Recommender,
  coLikes: CoLikes | null = null,
  options: NeighborOptions = {},
): Neighbors {
  const o: Required<NeighborOptions> = {
    k: NEIGHBORS_K,
    similarSlots: 3,
    confidence: 1,
    popularity: 1,
    likesExponent: -0.2,
    pinned: 3,
    ...options,
  };
  const { vectors, bias } = recommender;
  const k = o.k;
  const popular = coLikes ? byLikes(coLikes) : null;
  const rows = new Int32Array(vectors.size * k).fill(-1);
  const scores = new Float32Array(vectors.size * k);
  for (let row = 0; row < vectors.size; row++) {
    const query = profileVector(vectors, [row]);
    const similar = topK(vectors, query, k, new Set([row]), null, bias);
    let list = similar.map((h) => h.row);
    if (coLikes) {
      const likes = coLikes.likes[row];
      const slots = Math.round((o.similarSlots * o.confidence) / (o.confidence + likes));
      // The other films of its collection come first, in similarity order: a sequel is the answer a
      // film lover expects, and co-like counts alone bury it under the hits.
      const collection = recommender.catalog.collection[row];
      const pinned = collection
        ? list.filter((r) => recommender.catalog.collection[r] === collection).slice(0, o.pinned)
        : [];
      const taken = new Set(pinned);
      const head = coLikedOrder(coLikes, popular!, row, o, k).filter((r) => !taken.has(r));
      const first = head.slice(0, Math.max(0, SHOWN - slots - pinned.length));
      for (const r of first) taken.add(r);
      const tail = list.filter((r) => !taken.has(r)).slice(0, slots);
      for (const r of tail) taken.add(r);
      const rest = head.slice(first.length).filter((r) => !taken.has(r));
      list = [...pinned, ...first, ...tail, ...rest].slice(0, k);
    }
    list.forEach((r, i) => {
      rows[row * k + i] = r;
      // The vector similarity, shown as the score; the list order is the blended ranking.
      scores[row * k + i] = scoreRow(vectors, query, r) + (bias?.[r] ?? 0);
    });
  }
  return { k, rows, scores };
}
