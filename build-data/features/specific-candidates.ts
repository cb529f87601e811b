// The first phase of the lists about each film (specific-lists.ts): for every film on its own, its
// co-liked films worth keeping, the films alike to it that lend it their co-likes, and its candidates
// ranked by the blend. Each film's result depends on that film alone, so any range of films can be
// computed on its own (specific-threads.ts shares them between threads).
import { profileVector, scoreRow } from "../../src/lib/recommend.ts";
import type { ItemVectors } from "../../src/lib/vectors.ts";
import { coLikesOf, type CoLikes } from "./colike.ts";
import { rowsOf, RowListsBuilder, type RowLists } from "./row-lists.ts";
import type { SpecificOptions } from "./specific-lists.ts";
import { TopRows } from "./top-rows.ts";

/** Films shown of a list (the site and the evaluation show 10). */
export const SHOWN = 10;
/** Co-liked films kept per film, best cosine first: what a film lends to its neighbours. */
const COSINE_TOP = 100;
/** Co-liked films kept per film by count (the places after the specific ones). */
const COUNT_TOP = 100;
/** Best candidates by the blended score kept per film. */
const SPECIFIC_TOP = 80;
/** The most liked films, candidates by count for every film (those nobody co-liked with it too). */
export const POPULAR_POOL = 200;
/** Weight of (log) popularity in every blend: a tie-breaker. */
const TIE_BREAK = 0.001;

/** Every row of `count`, ranked by a score, best first, ties to the lower row. */
export function ranked(count: number, score: (row: number) => number): number[] {
  const rows = Array.from({ length: count }, (_, row) => row);
  return rows.sort((a, b) => score(b) - score(a) || a - b);
}

/** What both passes read, as plain typed arrays (threads can be handed them). */
export interface ListContext {
  o: Required<SpecificOptions>;
  /** The films' content vectors (what "alike" means here). */
  vectors: ItemVectors;
  co: CoLikes;
  /** Each film's `similarK` most similar films by vector (-1 pads), best first. */
  similar: Int32Array;
  similarK: number;
  /** Each film's collection as a number, -1 for none: the films of one collection share it. */
  collection: Int32Array;
  /** The POPULAR_POOL most liked films, most liked first. */
  mostLiked: number[];
  /** The kept co-liked films of every film (the first pass's result; the second reads it). */
  kept: { cosine: RowLists; byCount: RowLists } | null;
}

/** The films nearest in content to film `i` (-1 padding and the film itself left out). */
export const similarOf = (c: ListContext, i: number) =>
  Array.from(c.similar.subarray(i * c.similarK, (i + 1) * c.similarK)).filter(
    (r) => r >= 0 && r !== i,
  );

/**
 * Films `from` ≤ i < `to`: their co-liked films worth keeping, from one pass over the co-likes: the
 * best by shrunk cosine (lent to neighbours, and the film's own) and the best by count plus
 * pseudo-viewers. A film's co-liked films grow with the catalogue; only the kept ones are ranked.
 */
export function coLikedRange(c: ListContext, from: number, to: number) {
  const { co, o } = c;
  const size = co.likes.length;
  const counts = new Float64Array(size);
  const touched = new Int32Array(size);
  const cosine = new RowListsBuilder(to - from, true);
  const byCount = new RowListsBuilder(to - from, true);
  const bestCosine = new TopRows(COSINE_TOP);
  const bestCount = new TopRows(COUNT_TOP);
  const share = (j: number) => (o.pseudoViewers * co.likes[j]) / Math.max(1, co.viewers);
  const count = (j: number) => counts[j];
  for (let i = from; i < to; i++) {
    const n = co.likes[i] > 0 ? coLikesOf(co, i, counts, touched) : 0;
    for (let t = 0; t < n; t++) {
      const j = touched[t];
      bestCosine.offer(j, counts[j] / (Math.sqrt(co.likes[i] * co.likes[j]) + o.shrinkage));
      bestCount.offer(j, counts[j] + share(j));
    }
    // The most liked films compete too (a touched row has a count above 0: it is offered once).
    for (const j of c.mostLiked)
      if (j !== i && counts[j] === 0) bestCount.offer(j, counts[j] + share(j));
    cosine.push(bestCosine.take(), count);
    byCount.push(bestCount.take(), count);
    for (let t = 0; t < n; t++) counts[touched[t]] = 0;
  }
  return { cosine: cosine.build(), byCount: byCount.build() };
}

/** Shrunk cosine of film `m` and the co-liked film at place `p` of its kept list. */
const keptCosine = (c: ListContext, m: number, p: number) =>
  c.kept!.cosine.values![p] /
  (Math.sqrt(c.co.likes[m] * c.co.likes[c.kept!.cosine.rows[p]]) + c.o.shrinkage);

/**
 * The nearest films in content to film `i` that someone liked (at most borrowFrom), with their
 * similarity as a weight, and the weights' total: they lend their co-likes to a film few liked.
 */
function lendersOf(c: ListContext, query: Float32Array, alike: readonly number[]) {
  const likes = c.co.likes;
  let total = 0;
  const lent: [number, number][] = [];
  for (const m of alike) {
    if (lent.length === c.o.borrowFrom) break;
    if (likes[m] === 0) continue;
    const w = Math.max(0, scoreRow(c.vectors, query, m));
    lent.push([m, w]);
    total += w;
  }
  return { lent, total };
}

/**
 * Films `from` ≤ i < `to`: their candidates ranked by the blend, collection-mates first (at most
 * SPECIFIC_TOP and `pinned`), and the films that lent them their co-likes with a weight above 0.
 */
export function candidatesRange(c: ListContext, from: number, to: number) {
  const { o, vectors } = c;
  const { cosine } = c.kept!;
  const likes = c.co.likes;
  const size = likes.length;
  const popular = c.mostLiked.slice(0, SHOWN + 1);
  let maxLikes = 1;
  for (const n of likes) if (n > maxLikes) maxLikes = n;
  const maxLog = Math.log1p(maxLikes);
  const specific = new RowListsBuilder(to - from, false);
  const lenders = new RowListsBuilder(to - from, false);
  const best = new TopRows(SPECIFIC_TOP);
  const score = new Float64Array(size);
  const seen = new Uint8Array(size);
  const touched: number[] = [];
  for (let i = from; i < to; i++) {
    touched.length = 0;
    const add = (j: number, s: number) => {
      if (j === i) return;
      if (!seen[j]) ((seen[j] = 1), touched.push(j));
      score[j] += s;
    };
    const own = o.borrow > 0 ? likes[i] / (likes[i] + o.borrow) : 1;
    for (let p = cosine.start[i]; p < cosine.start[i + 1]; p++) {
      const j = cosine.rows[p];
      add(j, (own * cosine.values![p]) / (Math.sqrt(likes[i] * likes[j]) + o.shrinkage));
    }
    const query = profileVector(vectors, [i]);
    const alike = similarOf(c, i);
    const lending: number[] = [];
    if (own < 1) {
      // Lent co-likes: the nearest films in content that someone liked, weighted by similarity.
      const { lent, total } = lendersOf(c, query, alike);
      for (const [m, w] of total > 0 ? lent : []) {
        if (w > 0) lending.push(m);
        for (let p = cosine.start[m]; p < cosine.start[m + 1]; p++)
          add(cosine.rows[p], ((1 - own) * w * keptCosine(c, m, p)) / total);
      }
    }
    lenders.push(lending);
    for (const j of alike) add(j, 0);
    for (const j of popular) add(j, 0);
    const cold = TIE_BREAK + (o.coldPopularity * 2) / (2 + likes[i]);
    for (const j of touched) {
      score[j] +=
        o.contentWeight * Math.max(0, scoreRow(vectors, query, j)) +
        (cold * Math.log1p(likes[j])) / maxLog;
      best.offer(j, score[j]);
    }
    const top = best.take();
    for (const j of touched) ((score[j] = 0), (seen[j] = 0));
    const collection = c.collection[i];
    const mates =
      collection >= 0 ? alike.filter((r) => c.collection[r] === collection).slice(0, o.pinned) : [];
    specific.push([...mates, ...top.filter((j) => !mates.includes(j))]);
  }
  return { specific: specific.build(), lenders: lenders.build() };
}

/**
 * Marks film `i`'s kept co-like counts in `coLiked` and the films its lenders lent it (those with a
 * shrunk cosine above 0) in `lentMark`; returns the function that clears them again.
 */
export function markFilm(
  c: ListContext,
  i: number,
  lenders: RowLists,
  coLiked: Float64Array,
  lentMark: Uint8Array,
): () => void {
  const { cosine, byCount } = c.kept!;
  const lent: number[] = [];
  for (const m of rowsOf(lenders, i)) {
    for (let p = cosine.start[m]; p < cosine.start[m + 1]; p++)
      if (keptCosine(c, m, p) > 0) (lent.push(cosine.rows[p]), (lentMark[cosine.rows[p]] = 1));
  }
  for (const list of [cosine, byCount])
    for (let p = list.start[i]; p < list.start[i + 1]; p++) coLiked[list.rows[p]] = list.values![p];
  return () => {
    for (const j of lent) lentMark[j] = 0;
    for (const list of [cosine, byCount])
      for (let p = list.start[i]; p < list.start[i + 1]; p++) coLiked[list.rows[p]] = 0;
  };
}
