// What viewers liked together: a film × viewer matrix of likes (rating >= 4), weighted so that prolific
// viewers count less, projected to dense film vectors. Films nobody liked get a zero vector.
import type { Rating } from "../etl/types.ts";
import { csrFromRows, normalizeRows, type Csr } from "./sparse.ts";

/** A viewer likes a film rated at least this. */
export const LIKED_RATING = 4;

/** The film × viewer like matrix, rows unit length; `filmIds` gives each row's film. */
export function likeMatrix(
  filmIds: Int32Array | readonly number[],
  ratings: readonly Rating[],
): Csr {
  const rowOf = new Map<number, number>();
  Array.from(filmIds).forEach((id, row) => rowOf.set(id, row));
  const users = [...new Set(ratings.map((r) => r.user))].sort((a, b) => a - b);
  const column = new Map(users.map((u, i) => [u, i]));
  const likesOfUser = new Map<number, number>();
  for (const r of ratings)
    if (r.rating >= LIKED_RATING && rowOf.has(r.film))
      likesOfUser.set(r.user, (likesOfUser.get(r.user) ?? 0) + 1);
  const rows = Array.from(filmIds, () => new Map<number, number>());
  for (const r of ratings) {
    const row = rowOf.get(r.film);
    if (row === undefined || r.rating < LIKED_RATING) continue;
    // A like from someone who likes everything says less (inverse user frequency).
    rows[row].set(column.get(r.user)!, 1 / Math.sqrt(likesOfUser.get(r.user)!));
  }
  return normalizeRows(csrFromRows(rows, users.length));
}

/**
 * Who liked what, for co-like counts computed one film at a time ({@link coLikesOf}): a film × film
 * table of counts would hold tens of millions of pairs at full size (most of a build's memory).
 */
export interface CoLikes {
  /** Viewers who liked the film at each row. */
  likes: Float64Array;
  /**
   * For each row, the chance that the viewer behind a random (viewer, liked film) pair also liked
   * this film (the pair's own film aside): Σ over its viewers of (their likes − 1) / Σ of all likes.
   * The popularity that matters to a query: prolific viewers make most queries and like most films.
   */
  queryShare: Float64Array;
  /** Viewers with at least one like in the catalogue. */
  viewers: number;
  /** Viewer v (0-based, by ascending user id) liked rows filmsOf[filmsStart[v] .. filmsStart[v+1]). */
  filmsStart: Int32Array;
  filmsOf: Int32Array;
  /** Row r was liked by viewers viewersOf[viewersStart[r] .. viewersStart[r+1]), ascending. */
  viewersStart: Int32Array;
  viewersOf: Int32Array;
  /** What each viewer's co-likes weigh: likes^-viewerDamping. */
  viewerWeight: Float64Array;
}

/**
 * Indexes the likes over the catalogue rows (`rowOfId` maps TMDB id → row). Each viewer's co-likes
 * weigh likes^-viewerDamping (0, the default, counts every viewer alike).
 */
export function coLikeCounts(
  rowOfId: ReadonlyMap<number, number>,
  size: number,
  ratings: readonly Rating[],
  viewerDamping = 0,
): CoLikes {
  const byViewer = new Map<number, Set<number>>();
  for (const r of ratings) {
    const row = rowOfId.get(r.film);
    if (row === undefined || r.rating < LIKED_RATING) continue;
    const set = byViewer.get(r.user);
    if (set) set.add(row);
    else byViewer.set(r.user, new Set([row]));
  }
  const users = [...byViewer.keys()].sort((a, b) => a - b);
  const filmsStart = new Int32Array(users.length + 1);
  users.forEach((u, v) => (filmsStart[v + 1] = filmsStart[v] + byViewer.get(u)!.size));
  const filmsOf = new Int32Array(filmsStart[users.length]);
  const likes = new Float64Array(size);
  const queryShare = new Float64Array(size);
  const viewerWeight = new Float64Array(users.length);
  users.forEach((u, v) => {
    const rows = byViewer.get(u)!;
    filmsOf.set([...rows], filmsStart[v]);
    viewerWeight[v] = rows.size ** -viewerDamping;
    for (const a of rows) {
      likes[a]++;
      queryShare[a] += rows.size - 1;
    }
  });
  const queries = filmsOf.length;
  if (queries > 0) for (let i = 0; i < size; i++) queryShare[i] /= queries;
  // The transpose, filled viewer by viewer so that each film's viewers ascend.
  const viewersStart = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) viewersStart[i + 1] = viewersStart[i] + likes[i];
  const viewersOf = new Int32Array(queries);
  const next = viewersStart.slice(0, size);
  for (let v = 0; v < users.length; v++)
    for (let p = filmsStart[v]; p < filmsStart[v + 1]; p++) viewersOf[next[filmsOf[p]]++] = v;
  return {
    likes,
    queryShare,
    viewers: users.length,
    filmsStart,
    filmsOf,
    viewersStart,
    viewersOf,
    viewerWeight,
  };
}

/**
 * Adds to `counts` (one slot per row, zero on entry) how many viewers liked both `row` and each other
 * row (weighted by viewerWeight), and writes the rows it touched, each once, to `touched`; returns
 * how many. The caller zeroes those slots before the next call.
 */
export function coLikesOf(
  co: CoLikes,
  row: number,
  counts: Float64Array,
  touched: Int32Array,
): number {
  let n = 0;
  for (let p = co.viewersStart[row]; p < co.viewersStart[row + 1]; p++) {
    const v = co.viewersOf[p];
    const w = co.viewerWeight[v];
    for (let q = co.filmsStart[v]; q < co.filmsStart[v + 1]; q++) {
      const j = co.filmsOf[q];
      if (j === row) continue;
      if (counts[j] === 0) touched[n++] = j;
      counts[j] += w;
    }
  }
  return n;
}

/** The co-likes of one row as a map (row → viewers who liked both): for tests and small uses. */
export function coLikedWith(co: CoLikes, row: number): Map<number, number> {
  const size = co.likes.length;
  const counts = new Float64Array(size);
  const touched = new Int32Array(size);
  const n = coLikesOf(co, row, counts, touched);
  return new Map(Array.from(touched.subarray(0, n), (j) => [j, counts[j]]));
}
