// The recommender's one error, shared by its scoring math and its requests.

/** Thrown for an unusable recommendation request (no such film, empty profile). */
export class RecommendError extends Error {
  override name = "RecommendError";
}
