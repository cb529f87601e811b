// The evaluation protocol: viewers split into train and test (never the same viewer in both); each
// film a test viewer liked is a query, and its top 10 is scored against that viewer's other likes.
import {
  coverage,
  hitAt,
  intraListDiversity,
  jaccardDistance,
  ndcgAt,
  precisionAt,
  topShare,
} from "./metrics.ts";

/** A rating by a viewer of a catalogue row. */
export interface ViewerRating {
  user: number;
  row: number;
  rating: number;
}

/** Options of {@link evaluate}. */
export interface ProtocolOptions {
  /** A viewer likes a film rated at least this. Default 4. */
  liked?: number;
  /** List length scored. Default 10. */
  k?: number;
}

/** What one method scored, averaged over every (viewer, liked film) query. */
export interface MethodResult {
  method: string;
  queries: number;
  viewers: number;
  hitRate: number;
  precision: number;
  ndcg: number;
  /** Distinct films in the lists of the films the test viewers liked, over the catalogue's size. */
  coverage: number;
  /**
   * Share of those lists that hold their most frequent film (collection-mates of a list's film not
   * counted): 1 when one film is in every list, the same blockbuster for every film.
   */
  topShare: number;
  /** The title of that most frequent film (null without lists). */
  topFilm: string | null;
  diversity: number;
}

/** A deterministic integer hash (the viewer split must not depend on order or chance). */
function hash(x: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
}

/**
 * Viewers of `users` in `folds` groups for cross-validation: each viewer is in exactly one fold,
 * chosen by a hash of their id (the same viewers in the same fold, whatever the order).
 */
export function viewerFolds(users: Iterable<number>, folds: number, seed = 1): Set<number>[] {
  if (!Number.isInteger(folds) || folds < 2)
    throw new RangeError(`folds must be an integer of at least 2, got ${folds}`);
  const out = Array.from({ length: folds }, () => new Set<number>());
  for (const u of users) out[Math.floor(hash(u, seed) * folds)].add(u);
  return out;
}

/**
 * One result from the results of the same method on several folds: hit rate, precision and nDCG
 * averaged over every query of every fold; coverage, top share and diversity, which are properties
 * of a fold's set of lists, averaged over the folds.
 */
export function pooled(results: readonly MethodResult[]): MethodResult {
  if (results.length === 0) throw new RangeError("pooled() needs at least one result");
  const queries = results.reduce((s, r) => s + r.queries, 0);
  const perQuery = (key: "hitRate" | "precision" | "ndcg") =>
    queries ? results.reduce((s, r) => s + r[key] * r.queries, 0) / queries : 0;
  const perFold = (key: "coverage" | "diversity" | "topShare") =>
    results.reduce((s, r) => s + r[key], 0) / results.length;
  // The film most often on top, fold by fold (ties: the earlier fold's).
  const tops = new Map<string | null, number>();
  for (const r of results) tops.set(r.topFilm, (tops.get(r.topFilm) ?? 0) + 1);
  const topFilm = [...tops].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return {
    method: results[0].method,
    queries,
    viewers: results.reduce((s, r) => s + r.viewers, 0),
    hitRate: perQuery("hitRate"),
    precision: perQuery("precision"),
    ndcg: perQuery("ndcg"),
    coverage: perFold("coverage"),
    topShare: perFold("topShare"),
    topFilm,
    diversity: perFold("diversity"),
  };
}

/** Each viewer's liked rows, for viewers in `viewers`. */
export function likedRows(
  ratings: readonly ViewerRating[],
  viewers: ReadonlySet<number>,
  liked = 4,
): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const r of ratings) {
    if (!viewers.has(r.user) || r.rating < liked) continue;
    let set = out.get(r.user);
    if (!set) out.set(r.user, (set = new Set()));
    set.add(r.row);
  }
  return out;
}

/** The catalogue columns the protocol reads. */
export interface ProtocolCatalog {
  size: number;
  title: string[];
  genres: (string[] | null)[];
  collection: (string | null)[];
}

/**
 * Scores `recommendRows` (the top-k rows for a query row, query excluded) on every liked film of every
 * viewer who liked at least two. Lists are cached per query row: each method is deterministic. The
 * set of those lists (one per liked film) gives coverage, top share and diversity.
 */
export function evaluate(
  method: string,
  recommendRows: (row: number) => ArrayLike<number>,
  liked: ReadonlyMap<number, ReadonlySet<number>>,
  catalog: ProtocolCatalog,
  options: ProtocolOptions = {},
): MethodResult {
  const k = options.k ?? 10;
  const cache = new Map<number, ArrayLike<number>>();
  const listOf = (row: number) => {
    let list = cache.get(row);
    if (!list) cache.set(row, (list = recommendRows(row)));
    return list;
  };
  const genreDistance = (a: number, b: number) =>
    jaccardDistance(catalog.genres[a] ?? [], catalog.genres[b] ?? []);
  let queries = 0;
  let viewers = 0;
  let hit = 0;
  let precision = 0;
  let ndcg = 0;
  for (const [, likes] of [...liked].sort(([a], [b]) => a - b)) {
    if (likes.size < 2) continue;
    viewers++;
    for (const query of likes) {
      const others = new Set(likes);
      others.delete(query);
      const list = listOf(query);
      hit += hitAt(list, others, k);
      precision += precisionAt(list, others, k);
      ndcg += ndcgAt(list, others, k);
      queries++;
    }
  }
  const lists = [...cache.values()];
  const sameCollection = (q: number, r: number) =>
    catalog.collection[q] !== null && catalog.collection[q] === catalog.collection[r];
  const top = topShare(
    [...cache].map(([query, items]) => ({ query, items })),
    sameCollection,
  );
  const diversity = lists.reduce((s, l) => s + intraListDiversity(l, genreDistance), 0);
  const mean = (x: number) => (queries ? x / queries : 0);
  return {
    method,
    queries,
    viewers,
    hitRate: mean(hit),
    precision: mean(precision),
    ndcg: mean(ndcg),
    coverage: coverage(lists, catalog.size),
    topShare: top.share,
    topFilm: top.film >= 0 ? catalog.title[top.film] : null,
    diversity: lists.length ? diversity / lists.length : 0,
  };
}
