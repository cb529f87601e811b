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
