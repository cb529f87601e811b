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

/** How often each film was liked with each other film (by the same viewer), and liked at all. */
export interface CoLikes {
  /** Viewers who liked the film at each row. */
  likes: Float64Array;
  /** For each row, the rows liked by the same viewers and how many viewers liked both. */
  pairs: Map<number, number>[];
  /**
   * For each row, the chance that the viewer behind a random (viewer, liked film) pair also liked
   * this film (the pair's own film aside): Σ over its viewers of (their likes − 1) / Σ of all likes.
   * The popularity that matters to a query: prolific viewers make most queries and like most films.
   */
  queryShare: Float64Array;
  /** Viewers with at least one like in the catalogue. */
  viewers: number;
}

/**
 * Counts co-likes over the catalogue rows (`rowOfId` maps TMDB id → row). Each viewer's co-likes
 * weigh likes^-viewerDamping (0, the default, counts every viewer alike).
 */
export function coLikeCounts(
  rowOfId: ReadonlyMap<number, number>,
  size: number,
  ratings: readonly Rating[],
  viewerDamping = 0,
): CoLikes {
  const byViewer = new Map<number, number[]>();
  for (const r of ratings) {
    const row = rowOfId.get(r.film);
    if (row === undefined || r.rating < LIKED_RATING) continue;
    const list = byViewer.get(r.user);
    if (list) list.push(row);
    else byViewer.set(r.user, [row]);
  }
  const likes = new Float64Array(size);
  const queryShare = new Float64Array(size);
  const pairs = Array.from({ length: size }, () => new Map<number, number>());
  let pairsOfQueries = 0;
  for (const user of [...byViewer.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byViewer.get(user))];
    const weight = rows.length ** -viewerDamping;
    pairsOfQueries += rows.length;
    for (const a of rows) {
      likes[a]++;
      queryShare[a] += rows.length - 1;
      const m = pairs[a];
      for (const b of rows) if (b !== a) m.set(b, (m.get(b) ?? 0) + weight);
    }
  }
  if (pairsOfQueries > 0) for (let i = 0; i < size; i++) queryShare[i] /= pairsOfQueries;
  return { likes, pairs, queryShare, viewers: byViewer.size };
}
