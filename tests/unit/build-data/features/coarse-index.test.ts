import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { candidateRows, coarseIndex } from "../../../../build-data/features/coarse-index.ts";
import { nearestNeighbors } from "../../../../build-data/features/neighbors.ts";
import { createRecommender } from "../../../../src/lib/recommend.ts";
import { profileVector, topK } from "../../../../src/lib/vector-scoring.ts";
import { quantize } from "../../../../src/lib/vectors.ts";
import { mulberry32 } from "../../../../build-data/features/svd.ts";
import { film } from "../../../fixtures/films.ts";
import { catalogFromIPC, filmsToIPC } from "../../../../src/lib/codecs/films.ts";

// 6 well-separated groups of 40 unit vectors in 8 dims: each group is a tight cone around one axis.
const GROUPS = 6;
const PER_GROUP = 40;
const DIMS = 8;
function groupedVectors() {
  const random = mulberry32(7);
  const floats = new Float32Array(GROUPS * PER_GROUP * DIMS);
  for (let row = 0; row < GROUPS * PER_GROUP; row++) {
    const v = Array.from({ length: DIMS }, () => 0.05 * (random() - 0.5));
    v[row % GROUPS] += 1;
    const norm = Math.hypot(...v);
    v.forEach((x, d) => (floats[row * DIMS + d] = x / norm));
  }
  return quantize(floats, DIMS);
}

describe("coarseIndex(vectors)", () => {
  const vectors = groupedVectors();
  it("files every row in exactly one cell, rows ascending within a cell", () => {
    const index = coarseIndex(vectors, { cells: GROUPS });
    assert.equal(index.start[GROUPS], vectors.size);
    assert.deepEqual(
      [...index.members].sort((a, b) => a - b),
      Array.from({ length: vectors.size }, (_, i) => i),
    );
    for (let c = 0; c < GROUPS; c++) {
      const cell = index.members.subarray(index.start[c], index.start[c + 1]);
      assert.deepEqual(
        [...cell],
        [...cell].sort((a, b) => a - b),
      );
    }
  });
  it("puts the rows of one group in one cell", () => {
    const index = coarseIndex(vectors, { cells: GROUPS });
    for (let c = 0; c < GROUPS; c++) {
      const groups = new Set(
        [...index.members.subarray(index.start[c], index.start[c + 1])].map((r) => r % GROUPS),
      );
      assert.ok(groups.size <= 1, `cell ${c} mixes groups ${[...groups]}`);
    }
  });
  it("builds the same index twice (seeded)", () => {
    assert.deepEqual(coarseIndex(vectors), coarseIndex(vectors));
  });
});

describe("candidateRows(index, query, count)", () => {
  const vectors = groupedVectors();
  const index = coarseIndex(vectors, { cells: GROUPS });
  const query = (row: number) => profileVector(vectors, [row]);
  const cellOf = (row: number) => {
    const at = index.members.indexOf(row);
    return [...index.start].findIndex((s) => s > at) - 1;
  };
  it("takes whole cells, the query's own first, until count rows are in", () => {
    const c = cellOf(0);
    const own = index.members.subarray(index.start[c], index.start[c + 1]);
    assert.deepEqual([...candidateRows(index, query(0), 1)], [...own]);
    assert.ok(candidateRows(index, query(0), own.length + 1).length > own.length);
  });
  it("is every row, ascending, when count reaches the catalogue", () => {
    assert.deepEqual(
      [...candidateRows(index, query(3), vectors.size)],
      Array.from({ length: vectors.size }, (_, i) => i),
    );
  });
  it("finds the same top 12 as a full scan for well-separated groups", () => {
    for (let row = 0; row < vectors.size; row += 7) {
      const among = candidateRows(index, query(row), PER_GROUP);
      assert.deepEqual(
        topK(vectors, query(row), 12, new Set([row]), null, null, among),
        topK(vectors, query(row), 12, new Set([row]), null),
      );
    }
  });
});

describe("nearestNeighbors(recommender, null, { candidates })", () => {
  const vectors = groupedVectors();
  const films = Array.from({ length: vectors.size }, (_, i) =>
    film({ id: i + 1, title: `Film ${i}`, release_year: 2000 }),
  );
  const recommender = createRecommender(catalogFromIPC(filmsToIPC(films)), vectors);
  it("gives a full scan's lists through the index when the groups are well separated", () => {
    const exact = nearestNeighbors(recommender, null, { candidates: vectors.size });
    const indexed = nearestNeighbors(recommender, null, { candidates: PER_GROUP });
    assert.deepEqual(indexed.rows, exact.rows);
  });
});
