// Each film's first list, about the film: what its viewers liked more than everyone else did (an
// item–item cosine over likes, shrunk), lent by its nearest films in content when few viewers liked
// it, with content similarity blended in; then what its viewers liked most; and a popularity budget,
// so that no film takes more than its share of the lists visitors open. Built for every film at
// once, in a fixed order: every list is deterministic.
import { listSource } from "./list-source.ts";
import { sameFilmRows, type Recommender } from "../../src/lib/recommend.ts";
import type { CoLikes } from "./colike.ts";
import { rowsOf, type RowLists } from "./row-lists.ts";
import {
  candidatesRange,
  coLikedRange,
  markFilm,
  POPULAR_POOL,
  ranked,
  SHOWN,
  similarOf,
  type ListContext,
} from "./specific-candidates.ts";

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

/** Whether two lists (of directors, genres…) have a value in common. */
const overlap = (a: readonly string[] | null, b: readonly string[] | null) =>
  !!a && !!b && b.some((x) => a.includes(x));

/**
 * Whether film `j` shares a reason of its own with film `i` (its collection, a director, genres,
 * themes or cast): whether reasonsFor(catalog, [i], j) names more than "alike", without building
 * the reasons.
 */
export function sharesTraits(catalog: Recommender["catalog"], i: number, j: number): boolean {
  const collection = catalog.collection[j];
  return (
    (!!collection && catalog.collection[i] === collection) ||
    overlap(catalog.directors[i], catalog.directors[j]) ||
    overlap(catalog.genres[i], catalog.genres[j]) ||
    overlap(catalog.keywords[i], catalog.keywords[j]) ||
    overlap(catalog.cast[i], catalog.cast[j])
  );
}

/** The context of both passes over `input` (see specific-candidates.ts), without kept co-likes. */
export function listContext(
  input: SpecificListsInput,
  o: Required<SpecificOptions>,
  byLikes: readonly number[],
): ListContext {
  const { catalog, vectors } = input.content;
  const ids = new Map<string, number>();
  const collection = Int32Array.from(catalog.collection, (name) => {
    if (!name) return -1;
    if (!ids.has(name)) ids.set(name, ids.size);
    return ids.get(name)!;
  });
  return {
    o,
    vectors,
    co: input.coLikes,
    similar: input.similar,
    similarK: input.similarK,
    collection,
    mostLiked: byLikes.slice(0, POPULAR_POOL),
    kept: null,
  };
}

/** The films by likes, most liked first (ties: lower row): the order the lists are budgeted in. */
export const filmsByLikes = (input: SpecificListsInput) =>
  ranked(input.content.catalog.size, (j) => input.coLikes.likes[j]);

/** The lists, `k` rows per film (-1 pads), and where each entry comes from (NEIGHBOR_SOURCE). */
export function specificLists(
  input: SpecificListsInput,
  options: SpecificOptions = {},
): { rows: Int32Array; sources: Uint8Array } {
  const o: Required<SpecificOptions> = { ...SPECIFIC_DEFAULTS, ...options };
  const size = input.content.catalog.size;
  const byLikes = filmsByLikes(input);
  const c = listContext(input, o, byLikes);
  c.kept = coLikedRange(c, 0, size);
  return budgetedLists(input, c, candidatesRange(c, 0, size), byLikes);
}

/**
 * The second pass: each film's list from its candidates, most liked film first, under the
 * popularity budget (each list depends on those before it, so it runs in one thread).
 */
export function budgetedLists(
  input: SpecificListsInput,
  c: ListContext,
  { specific, lenders }: { specific: RowLists; lenders: RowLists },
  byLikes: readonly number[],
): { rows: Int32Array; sources: Uint8Array } {
  const { o } = c;
  const kept = c.kept!;
  const { content, coLikes: co, k } = input;
  const { catalog } = content;
  const size = catalog.size;
  const likes = co.likes;
  // The lists, most liked film first, under the popularity budget.
  const weight = Float64Array.from(likes, (n) =>
    n > 0 ? 1 - Math.exp(-n / o.opened) : o.openedCold,
  );
  const cap = o.budget * weight.reduce((a, b) => a + b, 0);
  const used = new Float64Array(size);
  const rows = new Int32Array(size * k).fill(-1);
  const sources = new Uint8Array(size * k);
  // Per film, scratch marks: its kept co-like counts, and the films its lenders lent it.
  const coLiked = new Float64Array(size);
  const lentMark = new Uint8Array(size);
  for (const i of byLikes) {
    const collection = catalog.collection[i];
    const mate = (j: number) => collection !== null && catalog.collection[j] === collection;
    // A duplicate record of the film is no recommendation (the engine drops it from the list).
    const twins = sameFilmRows(content, i);
    const list: number[] = [];
    const fill = (from: Iterable<number>, until: number, budgeted: boolean) => {
      for (const j of from) {
        if (list.length >= until) return;
        if (j === i || list.includes(j) || twins.includes(j)) continue;
        if (budgeted && !mate(j) && used[j] >= cap) continue;
        list.push(j);
      }
    };
    const mine = rowsOf(specific, i);
    fill(mine, o.specificPlaces, true);
    fill(rowsOf(kept.byCount, i), SHOWN, true);
    fill(similarOf(c, i), SHOWN, true);
    fill(mine, k, true);
    fill(mine, k, false);
    list.slice(0, SHOWN).forEach((j) => (used[j] += mate(j) ? 0 : weight[i]));
    const clear = markFilm(c, i, lenders, coLiked, lentMark);
    list.forEach((j, p) => {
      rows[i * k + p] = j;
      sources[i * k + p] = listSource({
        coLikes: coLiked[j],
        likesQuery: likes[i],
        likesFilm: likes[j],
        viewers: co.viewers,
        sameCollection: mate(j),
        // Reasons of its own: a director, genres, themes or cast in common.
        sharesTraits: sharesTraits(catalog, i, j),
        lent: lentMark[j] === 1,
      });
    });
    clear();
  }
  return { rows, sources };
}
