// Item vectors: a low-rank projection (truncated SVD, i.e. LSA) of each film's TF-IDF description,
// blended with a projection of what viewers liked together, as unit-length float vectors.
import type { Film } from "../../src/lib/schema.ts";
import type { Rating } from "../etl/types.ts";
import { likeMatrix } from "./colike.ts";
import { tfidfMatrix } from "./film-terms.ts";
import { truncatedSvdInThread, type ThreadOptions } from "./feature-threads.ts";
import type { Columns, Csr } from "./sparse.ts";
import { truncatedSvd } from "./svd.ts";

/** Options of {@link buildVectors}. */
export interface VectorOptions {
  /** Dimensions describing content (from the TF-IDF matrix). Default 32. */
  contentDims?: number;
  /** Dimensions describing co-likes (from the ratings). Default 16; 0 without ratings. */
  colikeDims?: number;
  /**
   * Share of the cosine that comes from co-likes, 0..1, for films both halves describe. 0 is content
   * only, 1 co-likes only. Default 0.5.
   */
  colikeWeight?: number;
  /** Seed of the random projections. Default 1. */
  seed?: number;
}

/** Unit-length float vectors, row-major, and their dimension count. */
export interface FloatVectors {
  dims: number;
  values: Float32Array;
  /**
   * The content half alone (unit length), when the vectors also hold co-likes: what a film is
   * about, for the films alike in content. Absent when the vectors are content alone.
   */
  content?: FloatVectors;
}

export const DEFAULT_VECTOR_OPTIONS = {
  contentDims: 32,
  colikeDims: 16,
  colikeWeight: 0.5,
  seed: 1,
} as const;

/** Rows of U·S (documents in the latent space), unit length; rows of zeros stay zero. */
function unitRows(u: Columns, s: Float64Array, rows: number): Float64Array[] {
  return Array.from({ length: rows }, (_, i) => {
    const v = Float64Array.from(u, (column, j) => column[i] * s[j]);
    const norm = Math.hypot(...v);
    return norm > 1e-12 ? v.map((x) => x / norm) : v;
  });
}

/** The co-liked half of every film's vector, or null without ratings (or co-like dimensions). */
function colikeRows(
  films: readonly Film[],
  ratings: readonly Rating[] | null,
  o: Required<VectorOptions>,
): Float64Array[] | null {
  if (!ratings || ratings.length === 0 || o.colikeDims <= 0) return null;
  const likes = likeMatrix(
    films.map((f) => f.id),
    ratings,
  );
  const svd = truncatedSvd(likes, Math.min(o.colikeDims, likes.cols), { seed: o.seed + 1 });
  return unitRows(svd.u, svd.s, films.length);
}

/** Both halves side by side, weighted so that a cosine blends them as `colikeWeight` says. */
function joinHalves(
  contentRows: Float64Array[],
  colikeRows: Float64Array[] | null,
  o: Required<VectorOptions>,
): FloatVectors {
  const n = contentRows.length;
  const contentDims = o.contentDims;
  const colikeDims = colikeRows ? o.colikeDims : 0;
  const dims = contentDims + colikeDims;
  const values = new Float32Array(n * dims);
  for (let i = 0; i < n; i++) {
    const r = colikeRows?.[i];
    const liked = r !== undefined && r.some((x) => x !== 0);
    // Both halves unit length: cos = (1-w)·cos(content) + w·cos(co-likes) for films with both.
    const wc = liked ? Math.sqrt(1 - o.colikeWeight) : 1;
    const wr = liked ? Math.sqrt(o.colikeWeight) : 0;
    contentRows[i].forEach((x, d) => (values[i * dims + d] = wc * x));
    if (liked) r.forEach((x, d) => (values[i * dims + contentDims + d] = wr * x));
  }
  if (!colikeRows) return { dims, values };
  const content = new Float32Array(n * contentDims);
  contentRows.forEach((row, i) => content.set(row, i * contentDims));
  return { dims, values, content: { dims: contentDims, values: content } };
}

/** The content half's rank: at most the films and the terms. */
const contentRank = (o: Required<VectorOptions>, content: Csr) =>
  Math.min(o.contentDims, content.rows, content.cols);

/**
 * The vector of every film, in the order given. `ratings` (TMDB film ids) add the co-liked half; pass
 * only ratings the evaluation may train on.
 */
export function buildVectors(
  films: readonly Film[],
  ratings: readonly Rating[] | null = null,
  options: VectorOptions = {},
): FloatVectors {
  const o: Required<VectorOptions> = { ...DEFAULT_VECTOR_OPTIONS, ...options };
  const content = tfidfMatrix(films).matrix;
  const svd = truncatedSvd(content, contentRank(o, content), { seed: o.seed });
  return joinHalves(unitRows(svd.u, svd.s, films.length), colikeRows(films, ratings, o), o);
}

/**
 * The same vectors, the content SVD (the costly part) on a worker thread while this thread projects
 * the co-likes. Being async, it also gives its caller this thread back until the SVD is done.
 */
export async function buildVectorsInThreads(
  films: readonly Film[],
  ratings: readonly Rating[] | null = null,
  options: VectorOptions & ThreadOptions = {},
): Promise<FloatVectors> {
  const o: Required<VectorOptions> = { ...DEFAULT_VECTOR_OPTIONS, ...options };
  const content = tfidfMatrix(films).matrix;
  const pending = truncatedSvdInThread(content, contentRank(o, content), { seed: o.seed }, options);
  // Settled when awaited below; until then a failure must not count as an unhandled rejection.
  pending.catch(() => {});
  const colike = colikeRows(films, ratings, o);
  const svd = await pending;
  return joinHalves(unitRows(svd.u, svd.s, films.length), colike, o);
}
