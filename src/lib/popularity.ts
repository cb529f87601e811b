// The popularity/quality prior: IMDB's weighted rating, which shrinks a film's vote average towards
// the catalogue mean until it has enough votes. Breaks ties in recommendations; ranks the "popular" list.
import type { Catalog } from "./catalog.ts";

/** Options of {@link weightedRatings}. */
export interface PriorOptions {
  /** Quantile of the vote counts used as IMDB's `m` (votes needed to be trusted). Default 0.9. */
  quantile?: number;
}

/** IMDB weighted rating: v/(v+m)·R + m/(v+m)·C. */
export function weightedRating(average: number, votes: number, m: number, mean: number): number {
  if (!(votes > 0) || Number.isNaN(average)) return mean;
  return (votes / (votes + m)) * average + (m / (votes + m)) * mean;
}

/** The weighted rating of every film, divided by 10 (0..1). Films without votes get the mean. */
export function weightedRatings(catalog: Catalog, options: PriorOptions = {}): Float32Array {
  const counts: number[] = [];
  let sum = 0;
  let voted = 0;
  for (let row = 0; row < catalog.size; row++) {
    const v = catalog.voteCount[row];
    if (v > 0 && !Number.isNaN(catalog.voteAverage[row])) {
      counts.push(v);
      sum += catalog.voteAverage[row];
      voted++;
    }
  }
  counts.sort((a, b) => a - b);
  const m = counts.length ? counts[Math.floor((counts.length - 1) * (options.quantile ?? 0.9))] : 1;
  const mean = voted ? sum / voted : 0;
  return Float32Array.from(
    { length: catalog.size },
    (_, row) => weightedRating(catalog.voteAverage[row], catalog.voteCount[row], m, mean) / 10,
  );
}

/** Rows by descending prior (ties: lower row first): the "popular" list. */
export function popularRows(prior: Float32Array): Int32Array {
  return Int32Array.from(Array.from(prior.keys()).sort((a, b) => prior[b] - prior[a] || a - b));
}
