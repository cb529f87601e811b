// Writes the recommender's assets (vectors, neighbors) for a build: item vectors from the films and
// ratings, quantised, then every film's nearest films scored exactly as the worker scores them.
import { catalogFromIPC } from "../../src/lib/catalog.ts";
import { weightedRatings } from "../../src/lib/popularity.ts";
import { createRecommender, type Recommender } from "../../src/lib/recommend.ts";
import type { Film } from "../../src/lib/schema.ts";
import { quantize } from "../../src/lib/vectors.ts";
import type { Rating } from "../etl/types.ts";
import { filmsToIPC, neighborsToIPC, vectorsToIPC } from "../write.ts";
import { coLikeCounts } from "./colike.ts";
import { nearestNeighbors, NEIGHBORS_K, type NeighborOptions } from "./neighbors.ts";
import { buildVectors, type VectorOptions } from "./vectors.ts";

/** Options of {@link recommenderAssets}. */
export interface RecommenderAssetOptions extends VectorOptions {
  /** Neighbours precomputed per film; 0 writes no neighbors asset. Default {@link NEIGHBORS_K}. */
  neighbors?: number;
  /** How the neighbour lists blend co-likes and similarity (see neighbors.ts). Default its defaults. */
  blend?: Omit<NeighborOptions, "k">;
  /** Each viewer's co-likes weigh (their likes)^-viewerDamping (see colike.ts). Default 0. */
  viewerDamping?: number;
  /** Rank neighbours by vector similarity alone, ignoring co-like counts. Default false. */
  vectorsOnly?: boolean;
}

/** The in-memory recommender a build would ship (the evaluation uses it without writing files). */
export function buildRecommender(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions = {},
): Recommender {
  return withNeighbors(vectorRecommender(films, ratings, options), ratings, options);
}

/** The recommender without neighbour lists: the vectors and the prior (only the vector options count). */
export function vectorRecommender(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  options: VectorOptions = {},
): Recommender {
  const floats = buildVectors(films, ratings, options);
  const catalog = catalogFromIPC(filmsToIPC(films));
  return createRecommender(catalog, quantize(floats.values, floats.dims), {
    prior: weightedRatings(catalog),
  });
}

/** `recommender` with the neighbour lists of `options` (the vectors are left as they are). */
export function withNeighbors(
  recommender: Recommender,
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions = {},
): Recommender {
  const { catalog } = recommender;
  const k = Math.min(options.neighbors ?? NEIGHBORS_K, catalog.size - 1);
  if (k <= 0) return recommender;
  const coLikes =
    ratings?.length && !options.vectorsOnly
      ? coLikeCounts(catalog.rowOfId, catalog.size, ratings, options.viewerDamping)
      : null;
  return {
    ...recommender,
    neighbors: nearestNeighbors(recommender, coLikes, { ...options.blend, k }),
  };
}

/** The vectors and neighbors assets as Arrow IPC bytes. */
export function recommenderAssets(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions = {},
): { vectors: Uint8Array; neighbors?: Uint8Array } {
  const { vectors, neighbors } = buildRecommender(films, ratings, options);
  return {
    vectors: vectorsToIPC(vectors),
    ...(neighbors ? { neighbors: neighborsToIPC(neighbors.rows, neighbors.k) } : {}),
  };
}
