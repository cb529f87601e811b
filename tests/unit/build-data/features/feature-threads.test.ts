import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { truncatedSvdInThread } from "../../../../build-data/features/feature-threads.ts";
import { tfidfMatrix } from "../../../../build-data/features/film-terms.ts";
import {
  buildRecommender,
  buildRecommenderInThreads,
} from "../../../../build-data/features/recommender-assets.ts";
import type { Csr } from "../../../../build-data/features/sparse.ts";
import { truncatedSvd } from "../../../../build-data/features/svd.ts";
import { randomFilms, randomRatings } from "../../../fixtures/random-films.ts";

const FILMS = randomFilms(160);
const RATINGS = randomRatings(FILMS, 30);

describe("truncatedSvdInThread(matrix, rank, options)", () => {
  const matrix = tfidfMatrix(FILMS).matrix;
  it("gives truncatedSvd's vectors and values, bit for bit", async () => {
    assert.deepEqual(
      await truncatedSvdInThread(matrix, 6, { seed: 3 }, { threads: 2 }),
      truncatedSvd(matrix, 6, { seed: 3 }),
    );
  });
  it("rejects with the worker's error", async () => {
    const broken = { ...matrix, start: null } as unknown as Csr;
    await assert.rejects(truncatedSvdInThread(broken, 6, {}, { threads: 2 }), TypeError);
  });
});

describe("buildRecommenderInThreads(films, ratings, options)", () => {
  // 160 films, 20 candidates a film: the similar lists go through the coarse index.
  const options = { contentDims: 8, colikeDims: 4, blend: { candidates: 20 } };
  const inThisThread = buildRecommender(FILMS, RATINGS, options);
  // Chunks of 16 films: the threads share the similar lists and both passes of the lists about each film.
  for (const [threads, chunk] of [
    [1, undefined],
    [2, undefined],
    [2, 16],
  ]) {
    it(`builds buildRecommender's vectors and neighbour lists with ${threads} thread(s)${chunk ? `, ${chunk} films a chunk` : ""}`, async () => {
      const threaded = await buildRecommenderInThreads(FILMS, RATINGS, {
        ...options,
        threads,
        chunk,
      });
      assert.deepEqual(threaded.vectors, inThisThread.vectors);
      assert.deepEqual(threaded.neighbors, inThisThread.neighbors);
    });
  }
});
