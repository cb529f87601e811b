// The original project's recommender, re-implemented from its description as the baseline to beat:
// nearest neighbours over one-hot genres + vote average, re-ranked by genre overlap and a bonus for
// titles containing the query title, with the model refitted on every request (as the original did).
import type { Catalog } from "./catalog.ts";
import { fold } from "./text.ts";

/** How many nearest neighbours the original fetched before re-ranking them. */
export const ORIGINAL_NEIGHBORS = 50;

/**
 * Weight of the "title contains the query" bonus in the original's re-ranking score: larger than any
 * genre distance, so title matches come first, as its answers show ("Casino" → "Casino Jack").
 */
export const ORIGINAL_TITLE_BONUS = 10;

/**
 * The original's feature matrix, built from scratch each call (its "fit"): one column per genre
 * seen in the catalogue (0/1) and the vote average scaled to 0..1. Row-major, `dims` columns.
 */
export function originalFeatures(catalog: Catalog): { matrix: Float32Array; dims: number } {
  const genreColumn = new Map<string, number>();
  for (let row = 0; row < catalog.size; row++)
    for (const g of catalog.genres[row] ?? [])
      if (!genreColumn.has(g)) genreColumn.set(g, genreColumn.size);
  const dims = genreColumn.size + 1;
  const matrix = new Float32Array(catalog.size * dims);
  for (let row = 0; row < catalog.size; row++) {
    for (const g of catalog.genres[row] ?? []) matrix[row * dims + genreColumn.get(g)!] = 1;
    const vote = catalog.voteAverage[row];
    matrix[row * dims + dims - 1] = Number.isNaN(vote) ? 0 : vote / 10;
  }
  return { matrix, dims };
}

/** Share of the query's genres the candidate has (0 when the query has none). */
export function genreOverlap(query: readonly string[], candidate: readonly string[]): number {
  if (query.length === 0) return 0;
  const set = new Set(candidate);
  return query.filter((g) => set.has(g)).length / query.length;
}

/**
 * The original's top `k` rows for the film at `row`, best first. Refits the features, finds the
 * {@link ORIGINAL_NEIGHBORS} nearest films by Euclidean distance (ties: lower row first), then ranks
 * them by genre overlap + title bonus − distance. The query row itself is never returned.
 * Films whose title contains the query title join the candidates.
 */
export function recommendOriginal(catalog: Catalog, row: number, k: number): number[] {
  return recommendOriginalScored(catalog, row, k).map((r) => r.row);
}

/** {@link recommendOriginal}'s rows with the original's own score (genre overlap + title bonus − distance). */
export function recommendOriginalScored(
  catalog: Catalog,
  row: number,
  k: number,
): { row: number; score: number }[] {
  const { matrix, dims } = originalFeatures(catalog);
  const n = catalog.size;
  const distance = new Float64Array(n);
  const q = row * dims;
  for (let r = 0; r < n; r++) {
    let sum = 0;
    const base = r * dims;
    for (let d = 0; d < dims; d++) {
      const diff = matrix[base + d] - matrix[q + d];
      sum += diff * diff;
    }
    distance[r] = Math.sqrt(sum);
  }
  const order = Array.from({ length: n }, (_, r) => r).filter((r) => r !== row);
  order.sort((a, b) => distance[a] - distance[b] || a - b);
  const queryTitle = fold(catalog.title[row]);
  const titled = (r: number) => queryTitle !== "" && fold(catalog.title[r]).includes(queryTitle);
  // The original looked up titles containing the query as well as the neighbours: that is how
  // "Casino" brought "Casino Jack" and "Casino Royale".
  const candidates = [
    ...new Set([...order.slice(0, Math.max(ORIGINAL_NEIGHBORS, k)), ...order.filter(titled)]),
  ];
  const queryGenres = catalog.genres[row] ?? [];
  const score = new Map<number, number>();
  for (const c of candidates) {
    const bonus = titled(c) ? ORIGINAL_TITLE_BONUS : 0;
    score.set(c, genreOverlap(queryGenres, catalog.genres[c] ?? []) + bonus - distance[c]);
  }
  return candidates
    .sort((a, b) => score.get(b)! - score.get(a)! || a - b)
    .slice(0, Math.max(0, k))
    .map((r) => ({ row: r, score: score.get(r)! }));
}
