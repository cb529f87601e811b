// Writes the recommender's assets (vectors, neighbors) for a build: item vectors from the films and
// ratings, quantised, then every film's nearest films scored exactly as the worker scores them.
import { catalogFromIPC } from "../../src/lib/catalog.ts";
import { weightedRatings } from "../../src/lib/popularity.ts";
import { createRecommender, type Recommender } from "../../src/lib/recommend.ts";
import type { Film } from "../../src/lib/schema.ts";
import { quantize } from "../../src/lib/vectors.ts";
import type { Rating } from "../etl/types.ts";
import { filmsToIPC, neighborsToIPC, vectorsToIPC } from "../write.ts";
import { coLikeCounts, type CoLikes } from "./colike.ts";
import { CANDIDATES, nearestNeighbors, NEIGHBORS_K, type NeighborOptions } from "./neighbors.ts";
import { similarInput } from "./similar-lists.ts";
import { similarListsInThreads } from "./similar-threads.ts";
import { buildVectors, type VectorOptions } from "./vectors.ts";

/** Options of {@link recommenderAssets}. */
export interface RecommenderAssetOptions extends VectorOptions {
  /** Neighbours precomputed per film; 0 writes no neighbors asset. Default {@link NEIGHBORS_K}. */
  neighbors?: number;
  /** How the neighbour lists blend co-likes and similarity (see neighbors.ts). Default its defaults. */
  blend?: Omit<NeighborOptions, "k" | "similar">;
  /** Each viewer's co-likes weigh (their likes)^-viewerDamping (see colike.ts). Default 0. */
  viewerDamping?: number;
  /** Rank neighbours by vector similarity alone, ignoring co-like counts. Default false. */
  vectorsOnly?: boolean;
  /** The films asset (filmsToIPC(films)) when the caller has it already. Default: written here. */
  filmsAsset?: Uint8Array;
  /**
   * Threads computing the similar films of {@link recommenderAssets}; 1 computes them in this
   * thread. Default os.availableParallelism().
   */
  threads?: number;
}

/** A recommender without neighbours, and what its neighbour lists need. */
interface Parts {
  recommender: Recommender;
  /** Neighbours per film; 0 or less: none. */
  k: number;
  coLikes: () => CoLikes | null;
  blend: NeighborOptions;
}

function parts(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions,
): Parts {
  const floats = buildVectors(films, ratings, options);
  const catalog = catalogFromIPC(options.filmsAsset ?? filmsToIPC(films));
  const recommender = createRecommender(catalog, quantize(floats.values, floats.dims), {
    prior: weightedRatings(catalog),
  });
  const k = Math.min(options.neighbors ?? NEIGHBORS_K, films.length - 1);
  const coLikes = () =>
    ratings?.length && !options.vectorsOnly
      ? coLikeCounts(catalog.rowOfId, catalog.size, ratings, options.viewerDamping)
      : null;
  return { recommender, k, coLikes, blend: { ...options.blend, k } };
}

/** The in-memory recommender a build would ship (the evaluation uses it without writing files). */
export function buildRecommender(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions = {},
): Recommender {
  const { recommender, k, coLikes, blend } = parts(films, ratings, options);
  if (k <= 0) return recommender;
  return { ...recommender, neighbors: nearestNeighbors(recommender, coLikes(), blend) };
}

/** The same recommender, its similar films computed by worker threads (the build's way). */
export async function buildRecommenderInThreads(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions = {},
): Promise<Recommender> {
  const { recommender, k, coLikes, blend } = parts(films, ratings, options);
  if (k <= 0) return recommender;
  const input = similarInput(recommender, k, blend.candidates ?? CANDIDATES);
  const pending = similarListsInThreads(input, { threads: options.threads });
  // Counted here while the threads work: the co-likes are only needed to blend the lists.
  const likes = coLikes();
  const neighbors = nearestNeighbors(recommender, likes, { ...blend, similar: await pending });
  return { ...recommender, neighbors };
}

/** The vectors and neighbors assets as Arrow IPC bytes. */
export async function recommenderAssets(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions = {},
): Promise<{ vectors: Uint8Array; neighbors?: Uint8Array }> {
  const { vectors, neighbors } = await buildRecommenderInThreads(films, ratings, options);
  return {
    vectors: vectorsToIPC(vectors),
    ...(neighbors ? { neighbors: neighborsToIPC(neighbors.rows, neighbors.k) } : {}),
  };
}
