// Each film's first list, about the film: what its viewers liked more than everyone else did (an
// item–item cosine over likes, shrunk), lent by its nearest films in content when few viewers liked
// it, with content similarity blended in; then what its viewers liked most; and a popularity budget,
// so that no film takes more than its share of the lists visitors open. Built for every film at
// once, in a fixed order: every list is deterministic.
import { listSource } from "./list-source.ts";
import { profileVector, reasonsFor, scoreRow, type Recommender } from "../../src/lib/recommend.ts";
import { coLikesOf, type CoLikes } from "./colike.ts";

/** Options of {@link specificLists}; each default is what the evaluation chose (npm run eval). */
export interface SpecificOptions {
  /**
   * Shrinkage λ of the cosine co/(√(likes·likes) + λ): a pair liked together by few viewers counts
   * less, so the handful of co-likes of a little-liked film do not lead. Default 30.
   */
  shrinkage?: number;
  /** Weight of the content cosine added to the co-like cosine. Default 0.15. */
  contentWeight?: number;
  /** The first places of the 10 shown, from that blend; the rest from what viewers liked most. Default 5. */
  specificPlaces?: number;
  /**
   * Likes at which a film's own co-likes and those lent by its nearest films in content weigh the
   * same (own share likes/(likes + borrow)); 0 lends none. Default 2.
   */
  borrow?: number;
  /** Nearest films in content (those someone liked) that lend their co-likes. Default 10. */
  borrowFrom?: number;
  /**
   * Weight of (log) popularity in the blend for a film nobody liked, shrinking as likes grow
   * (× 2/(2 + likes)): the well-liked films among those alike win. Default 0.05.
   */
  coldPopularity?: number;
  /**
   * Pseudo-viewers of popularity added to the co-like counts that rank the places after the
   * specific ones (co + pseudo·share of viewers who liked the film). Default 10.
   */
  pseudoViewers?: number;

  /**
   * Share of the lists a film may take (each list weighted by how likely a visitor opens it); 1 is no
   * budget. Collection-mates are exempt. Default 0.1.
   */
  budget?: number;
  /**
   * A list is opened with weight 1 − e^(−likes/opened): a film few viewers liked is rarely visited.
   * Default 2.
   */
  opened?: number;
  /** Weight of the list of a film nobody liked. Default 0.3. */
  openedCold?: number;
  /** Nearest films of the same collection put first. Default 1. */
  pinned?: number;
}

export const SPECIFIC_DEFAULTS: Required<SpecificOptions> = {
  shrinkage: 30,
  contentWeight: 0.15,
  specificPlaces: 5,
  borrow: 2,
  borrowFrom: 10,
  coldPopularity: 0.05,
  pseudoViewers: 10,
  budget: 0.1,
  opened: 2,
  openedCold: 0.3,
  pinned: 1,
};

/** Films shown of a list (the site and the evaluation show 10). */
const SHOWN = 10;
/** Co-liked films kept per film, best cosine first: what a film lends to its neighbours. */
const COSINE_TOP = 100;
/** Co-liked films kept per film by count (the places after the specific ones). */
const COUNT_TOP = 100;
/** Best candidates by the blended score kept per film. */
const SPECIFIC_TOP = 80;
/** The most liked films, candidates by count for every film (those nobody co-liked with it too). */
const POPULAR_POOL = 200;
/** Weight of (log) popularity in every blend: a tie-breaker. */
const TIE_BREAK = 0.001;

/** Rows ranked by a score, best first, ties to the lower row; at most `count`. */
function best(rows: Iterable<number>, score: (row: number) => number, count: number): number[] {
  const scored = Array.from(rows, (row) => ({ row, s: score(row) }));
  scored.sort((a, b) => b.s - a.s || a.row - b.row);
  return scored.slice(0, count).map((x) => x.row);
}

/** Per film, a few co-liked films with their co-like counts (CSR: rows `start[i]..start[i+1]`). */
interface Kept {
  start: Int32Array;
  rows: Int32Array;
  co: Float32Array;
}

function keep(lists: { rows: number[]; co: number[] }[]): Kept {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i] + l.rows.length));
  const rows = new Int32Array(start[lists.length]);
  const co = new Float32Array(start[lists.length]);
  lists.forEach((l, i) => (rows.set(l.rows, start[i]), co.set(l.co, start[i])));
  return { start, rows, co };
}

/**
 * Every film's co-liked films worth keeping, from one pass over the co-likes: the best by shrunk
 * cosine (lent to neighbours, and the film's own) and the best by count plus pseudo-viewers.
 */
function coLikedRows(co: CoLikes, o: Required<SpecificOptions>, popular: number[]) {
  const size = co.likes.length;
  const counts = new Float64Array(size);
  const touched = new Int32Array(size);
  const cosine: { rows: number[]; co: number[] }[] = [];
  const byCount: { rows: number[]; co: number[] }[] = [];
  const share = (j: number) => (o.pseudoViewers * co.likes[j]) / Math.max(1, co.viewers);
  for (let i = 0; i < size; i++) {
    const n = co.likes[i] > 0 ? coLikesOf(co, i, counts, touched) : 0;
    const mine = Array.from(touched.subarray(0, n));
    const cos = (j: number) => counts[j] / (Math.sqrt(co.likes[i] * co.likes[j]) + o.shrinkage);
    const top = best(mine, cos, COSINE_TOP);
    cosine.push({ rows: top, co: top.map((j) => counts[j]) });
    const pool = new Set(mine);
    for (const j of popular) if (j !== i) pool.add(j);
    const most = best(pool, (j) => counts[j] + share(j), COUNT_TOP);
    byCount.push({ rows: most, co: most.map((j) => counts[j]) });
    for (let t = 0; t < n; t++) counts[touched[t]] = 0;
  }
  return { cosine: keep(cosine), byCount: keep(byCount) };
}

/** What {@link specificLists} computes. */
export interface SpecificListsInput {
  /** The recommender over the films' content vectors (their co-liked half left out). */
  content: Recommender;
  coLikes: CoLikes;
  /** Each film's `similarK` most similar films by vector (-1 pads), best first. */
  similar: Int32Array;
  similarK: number;
  /** List length. */
  k: number;
}

/** The lists, `k` rows per film (-1 pads), and where each entry comes from (NEIGHBOR_SOURCE). */
export function specificLists(
  input: SpecificListsInput,
  options: SpecificOptions = {},
): { rows: Int32Array; sources: Uint8Array } {
  const o: Required<SpecificOptions> = { ...SPECIFIC_DEFAULTS, ...options };
  const { content, coLikes: co, similar, similarK, k } = input;
  const { catalog, vectors } = content;
  const size = catalog.size;
  const likes = co.likes;
  const byLikes = best(likes.keys(), (j) => likes[j], size);
  const popular = byLikes.slice(0, SHOWN + 1);
  const kept = coLikedRows(co, o, byLikes.slice(0, POPULAR_POOL));
  const maxLog = Math.log1p(Math.max(1, ...likes));
  const similarOf = (i: number) =>
    Array.from(similar.subarray(i * similarK, (i + 1) * similarK)).filter((r) => r >= 0 && r !== i);

  // Each film's candidates ranked by the blend (its collection-mates first).
  const specific: number[][] = [];
  const coOf: Map<number, number>[] = [];
  // The films each film's list got from the co-likes of films alike to it.
  const lentTo: Set<number>[] = [];
  const score = new Float64Array(size);
  const seen = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const touched: number[] = [];
    const add = (j: number, s: number) => {
      if (j === i) return;
      if (!seen[j]) ((seen[j] = 1), touched.push(j));
      score[j] += s;
    };
    const own = o.borrow > 0 ? likes[i] / (likes[i] + o.borrow) : 1;
    const mine = new Map<number, number>();
    for (const list of [kept.cosine, kept.byCount])
      for (let p = list.start[i]; p < list.start[i + 1]; p++) mine.set(list.rows[p], list.co[p]);
    coOf.push(mine);
    for (let p = kept.cosine.start[i]; p < kept.cosine.start[i + 1]; p++) {
      const j = kept.cosine.rows[p];
      add(j, (own * kept.cosine.co[p]) / (Math.sqrt(likes[i] * likes[j]) + o.shrinkage));
    }
    const query = profileVector(vectors, [i]);
    const alike = similarOf(i);
    if (own < 1) {
      // Lent co-likes: the nearest films in content that someone liked, weighted by similarity.
      let total = 0;
      const lent: [number, number][] = [];
      for (const m of alike) {
        if (lent.length === o.borrowFrom) break;
        if (likes[m] === 0) continue;
        const w = Math.max(0, scoreRow(vectors, query, m));
        lent.push([m, w]);
        total += w;
      }
      const got = new Set<number>();
      for (const [m, w] of total > 0 ? lent : []) {
        for (let p = kept.cosine.start[m]; p < kept.cosine.start[m + 1]; p++) {
          const j = kept.cosine.rows[p];
          const cos = kept.cosine.co[p] / (Math.sqrt(likes[m] * likes[j]) + o.shrinkage);
          if (w > 0 && cos > 0) got.add(j);
          add(j, ((1 - own) * w * cos) / total);
        }
      }
      lentTo.push(got);
    } else {
      lentTo.push(new Set());
    }
    for (const j of alike) add(j, 0);
    for (const j of popular) add(j, 0);
    const cold = TIE_BREAK + (o.coldPopularity * 2) / (2 + likes[i]);
    for (const j of touched) {
      score[j] +=
        o.contentWeight * Math.max(0, scoreRow(vectors, query, j)) +
        (cold * Math.log1p(likes[j])) / maxLog;
    }
    const ranked = best(touched, (j) => score[j], SPECIFIC_TOP);
    for (const j of touched) ((score[j] = 0), (seen[j] = 0));
    const collection = catalog.collection[i];
    const mates = collection
      ? alike.filter((r) => catalog.collection[r] === collection).slice(0, o.pinned)
      : [];
    specific.push([...mates, ...ranked.filter((j) => !mates.includes(j))]);
  }

  // The lists, most liked film first, under the popularity budget.
  const weight = Float64Array.from(likes, (n) =>
    n > 0 ? 1 - Math.exp(-n / o.opened) : o.openedCold,
  );
  const cap = o.budget * weight.reduce((a, b) => a + b, 0);
  const used = new Float64Array(size);
  const rows = new Int32Array(size * k).fill(-1);
  const sources = new Uint8Array(size * k);
  for (const i of byLikes) {
    const collection = catalog.collection[i];
    const mate = (j: number) => collection !== null && catalog.collection[j] === collection;
    const list: number[] = [];
    const fill = (from: Iterable<number>, until: number, budgeted: boolean) => {
      for (const j of from) {
        if (list.length >= until) return;
        if (j === i || list.includes(j)) continue;
        if (budgeted && !mate(j) && used[j] >= cap) continue;
        list.push(j);
      }
    };
    const counted = kept.byCount.rows.subarray(kept.byCount.start[i], kept.byCount.start[i + 1]);
    fill(specific[i], o.specificPlaces, true);
    fill(counted, SHOWN, true);
    fill(similarOf(i), SHOWN, true);
    fill(specific[i], k, true);
    fill(specific[i], k, false);
    list.slice(0, SHOWN).forEach((j) => (used[j] += mate(j) ? 0 : weight[i]));
    list.forEach((j, p) => {
      rows[i * k + p] = j;
      sources[i * k + p] = listSource({
        coLikes: coOf[i].get(j) ?? 0,
        likesQuery: likes[i],
        likesFilm: likes[j],
        viewers: co.viewers,
        sameCollection: mate(j),
        // Reasons of its own: a director, genres, themes or cast in common.
        sharesTraits: reasonsFor(catalog, [i], j).some((r) => r.kind !== "alike"),
        lent: lentTo[i].has(j),
      });
    });
  }
  return { rows, sources };
}
