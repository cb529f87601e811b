import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { candidateRows, coarseIndex } from "../../../../build-data/features/coarse-index.ts";
import { similarListsInThreads } from "../../../../build-data/features/feature-threads.ts";
import { nearestNeighbors } from "../../../../build-data/features/neighbors.ts";
import { similarLists, type SimilarInput } from "../../../../build-data/features/similar-lists.ts";
import { mulberry32 } from "../../../../build-data/features/svd.ts";
import { createRecommender, RecommendError } from "../../../../src/lib/recommend.ts";
import { profileVector, topK } from "../../../../src/lib/vector-scoring.ts";
import { quantize } from "../../../../src/lib/vectors.ts";
import { film } from "../../../fixtures/films.ts";
import { filmsToIPC, catalogFromIPC } from "../../../../src/lib/codecs/films.ts";

// 300 random unit vectors in 8 dims, every fifth a copy of the one before (exact ties), and a prior
// with repeated values: the ties are where a list's order could go wrong.
const SIZE = 300;
const DIMS = 8;
function input(cells: number | null, candidates = 40, k = 12): SimilarInput {
  const random = mulberry32(11);
  const floats = new Float32Array(SIZE * DIMS);
  for (let row = 0; row < SIZE; row++) {
    if (row % 5 === 4) {
      floats.copyWithin(row * DIMS, (row - 1) * DIMS, row * DIMS);
      continue;
    }
    const v = Array.from({ length: DIMS }, () => random() - 0.5);
    const norm = Math.hypot(...v);
    v.forEach((x, d) => (floats[row * DIMS + d] = x / norm));
  }
  const vectors = quantize(floats, DIMS);
  const bias = Float32Array.from({ length: SIZE }, (_, i) => (Math.floor(i / 5) % 3) * 0.01);
  const index = cells ? coarseIndex(vectors, { cells }) : null;
  return { vectors, bias, index, k, candidates };
}

/** The lists as the build computed them before: topK over candidateRows, row by row. */
function reference({ vectors, bias, index, k, candidates }: SimilarInput): Int32Array {
  const out = new Int32Array(vectors.size * k).fill(-1);
  for (let row = 0; row < vectors.size; row++) {
    const query = profileVector(vectors, [row]);
    const among = index ? candidateRows(index, query, candidates) : null;
    topK(vectors, query, k, new Set([row]), null, bias, among).forEach(
      (hit, i) => (out[row * k + i] = hit.row),
    );
  }
  return out;
}

describe("similarLists(input)", () => {
  it("lists what topK finds among the coarse index's candidates, ties included", () => {
    const indexed = input(12);
    assert.deepEqual(similarLists(indexed), reference(indexed));
  });
  it("lists a full scan's top k without an index", () => {
    const exact = input(null);
    assert.deepEqual(similarLists(exact), reference(exact));
  });
  it("pads with -1 when the catalogue has fewer films than k", () => {
    const wide = input(null, 40, SIZE + 5);
    const lists = similarLists(wide);
    assert.deepEqual([...lists.subarray(SIZE - 1, SIZE + 5)], [-1, -1, -1, -1, -1, -1]);
    assert.ok(lists[SIZE - 2] >= 0);
    assert.deepEqual(lists, reference(wide));
  });
});

describe("similarListsInThreads(input, { threads })", () => {
  const indexed = input(12);
  const single = similarLists(indexed);
  it("gives the same lists in this thread (threads: 1)", async () => {
    assert.deepEqual(await similarListsInThreads(indexed, { threads: 1 }), single);
  });
  it("gives the same lists from two worker threads, however the rows fall between them", async () => {
    assert.deepEqual(await similarListsInThreads(indexed, { threads: 2, chunk: 7 }), single);
    assert.deepEqual(await similarListsInThreads(indexed, { threads: 3, chunk: 1 }), single);
  });
});

describe("nearestNeighbors(recommender, null, { similar })", () => {
  const { vectors } = input(null);
  const films = Array.from({ length: SIZE }, (_, i) =>
    film({ id: i + 1, title: `Film ${i}`, release_year: 2000 }),
  );
  const recommender = createRecommender(catalogFromIPC(filmsToIPC(films)), vectors);
  it("refuses lists of another length, naming both lengths", () => {
    assert.throws(
      () =>
        nearestNeighbors(recommender, null, { k: 12, similarK: 30, similar: new Int32Array(10) }),
      (e: Error) =>
        e instanceof RecommendError &&
        /hold 10 entries: expected 30 for each of 300/.test(e.message),
    );
  });
});
