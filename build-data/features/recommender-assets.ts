// Writes the recommender's assets (vectors, neighbors) for a build: item vectors from the films and
// ratings, quantised, then every film's nearest films scored exactly as the worker scores them.
import { catalogFromFilms, type Catalog } from "../../src/lib/catalog.ts";
import { weightedRatings } from "../../src/lib/popularity.ts";
import { createRecommender, type Recommender } from "../../src/lib/recommend.ts";
import type { Film } from "../../src/lib/schema.ts";
import { quantize } from "../../src/lib/vectors.ts";
import type { Rating } from "../etl/types.ts";
import { coLikeCounts, type CoLikes } from "./colike.ts";
import { similarListsInThreads, type ThreadOptions } from "./feature-threads.ts";
import {
  CANDIDATES,
  nearestNeighbors,
  NEIGHBORS_K,
  similarCount,
  type NeighborOptions,
} from "./neighbors.ts";
import { similarInput } from "./similar-lists.ts";
import { specificListsInThreads } from "./specific-threads.ts";
import {
  buildVectors,
  buildVectorsInThreads,
  type FloatVectors,
  type VectorOptions,
} from "./vectors.ts";
import { neighborsToIPC } from "../../src/lib/codecs/neighbors.ts";
import { vectorsToIPC } from "../../src/lib/codecs/vectors.ts";

/** Options of {@link recommenderAssets}. */
export interface RecommenderAssetOptions extends VectorOptions {
  /** Neighbours precomputed per film; 0 writes no neighbors asset. Default {@link NEIGHBORS_K}. */
  neighbors?: number;
  /** How the neighbour lists blend co-likes and similarity (see neighbors.ts). Default its defaults. */
  blend?: Omit<NeighborOptions, "k" | "similar" | "similarK" | "content">;
  /** Each viewer's co-likes weigh (their likes)^-viewerDamping (see colike.ts). Default 0. */
  viewerDamping?: number;
  /** Rank neighbours by vector similarity alone, ignoring co-like counts. Default false. */
  vectorsOnly?: boolean;
}

/**
 * A recommender and, when its vectors also hold co-likes, the same over the content half alone (what
 * the films alike in content and the lists' content terms are computed from; else itself).
 */
export interface FeatureRecommender extends Recommender {
  content: Recommender;
}

function recommenderOf(catalog: Catalog, floats: FloatVectors): FeatureRecommender {
  const prior = weightedRatings(catalog);
  const recommender = createRecommender(catalog, quantize(floats.values, floats.dims), { prior });
  const content = floats.content
    ? createRecommender(catalog, quantize(floats.content.values, floats.content.dims), { prior })
    : recommender;
  return { ...recommender, content };
}

/** Neighbours per film: the option, at most every other film. */
const neighborCount = (catalog: Catalog, options: RecommenderAssetOptions) =>
  Math.min(options.neighbors ?? NEIGHBORS_K, catalog.size - 1);

function coLikesOf(
  catalog: Catalog,
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions,
): CoLikes | null {
  return ratings?.length && !options.vectorsOnly
    ? coLikeCounts(catalog.rowOfId, catalog.size, ratings, options.viewerDamping)
    : null;
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
): FeatureRecommender {
  const floats = buildVectors(films, ratings, options);
  return recommenderOf(catalogFromFilms(films), floats);
}

/** `recommender` with the neighbour lists of `options` (the vectors are left as they are). */
export function withNeighbors(
  recommender: FeatureRecommender,
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions = {},
): FeatureRecommender {
  const { catalog } = recommender;
  const k = neighborCount(catalog, options);
  if (k <= 0) return recommender;
  const coLikes = coLikesOf(catalog, ratings, options);
  const content = recommender.content;
  return {
    ...recommender,
    neighbors: nearestNeighbors(recommender, coLikes, { ...options.blend, k, content }),
  };
}

/**
 * buildRecommender's recommender, its costly parts on worker threads (the build's way): the content
 * SVD runs while this thread reads the catalogue and counts co-likes, then the similar lists on every
 * core. The same bytes as buildRecommender.
 */
export async function buildRecommenderInThreads(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions & ThreadOptions = {},
): Promise<FeatureRecommender & { similar?: { rows: Int32Array; k: number } }> {
  const vectors = buildVectorsInThreads(films, ratings, options);
  // Settled when awaited below; until then a failure must not count as an unhandled rejection.
  vectors.catch(() => {});
  const catalog = catalogFromFilms(films);
  const k = neighborCount(catalog, options);
  const coLikes = k > 0 ? coLikesOf(catalog, ratings, options) : null;
  const recommender = recommenderOf(catalog, await vectors);
  if (k <= 0) return recommender;
  const similarK = Math.min(similarCount(k), catalog.size - 1);
  const { content } = recommender;
  const input = similarInput(content, similarK, options.blend?.candidates ?? CANDIDATES);
  const similar = await similarListsInThreads(input, options);
  const blend = { ...options.blend, k, similar, similarK, content };
  const neighbors =
    coLikes && !blend.previous
      ? {
          k,
          ...(await specificListsInThreads(
            { content, coLikes, similar, similarK, k },
            blend,
            options,
          )),
        }
      : nearestNeighbors(recommender, coLikes, blend);
  return { ...recommender, neighbors, similar: { rows: similar, k: similarK } };
}

/**
 * The vectors and neighbors assets as Arrow IPC bytes. Its caller gets this thread back while the
 * content SVD runs on another (see buildRecommenderInThreads).
 */
export async function recommenderAssets(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  options: RecommenderAssetOptions & ThreadOptions = {},
): Promise<{
  vectors: Uint8Array;
  neighbors?: Uint8Array;
  /** The recommender these bytes hold, and its vector-similar lists (the shards are made from them). */
  recommender: Recommender;
  similar: { rows: Int32Array; k: number } | null;
}> {
  const { similar, ...recommender } = await buildRecommenderInThreads(films, ratings, options);
  const { vectors, neighbors } = recommender;
  return {
    recommender,
    similar: similar ?? null,
    vectors: vectorsToIPC(vectors),
    ...(neighbors
      ? { neighbors: neighborsToIPC(neighbors.rows, neighbors.k, neighbors.sources) }
      : {}),
  };
}
