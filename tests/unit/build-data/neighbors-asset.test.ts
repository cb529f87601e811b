import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NEIGHBOR_SOURCE } from "../../../src/lib/schema.ts";
import { neighborsToIPC, neighborsFromIPC } from "../../../src/lib/codecs/neighbors.ts";

describe("the neighbors asset", () => {
  const { similar, collection, coLiked, popular } = NEIGHBOR_SOURCE;
  // Three films, two neighbours each; -1 pads a list that runs short.
  const rows = Int32Array.from([1, 2, 0, 2, 0, -1]);
  const sources = Uint8Array.from([collection, coLiked, popular, similar, similar, similar]);

  it("reads back each film's list and where each entry comes from", () => {
    const read = neighborsFromIPC(neighborsToIPC(rows, 2, sources));
    assert.equal(read.k, 2);
    assert.deepEqual([...read.rows], [...rows]);
    assert.deepEqual([...read.sources!], [...sources]);
  });
  it("refuses sources that do not match the rows", () => {
    assert.throws(() => neighborsToIPC(rows, 2, new Uint8Array(4)), {
      name: "RangeError",
      message: "neighbour sources hold 4 entries, rows 6",
    });
  });
});
