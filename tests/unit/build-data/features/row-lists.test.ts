import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RowListsBuilder, rowsOf } from "../../../../build-data/features/row-lists.ts";

describe("RowListsBuilder(films, withValues)", () => {
  it("packs one list per film, in film order, each entry with its value", () => {
    const builder = new RowListsBuilder(3, true, 2);
    builder.push([4, 2], (row) => row * 10);
    builder.push([]);
    builder.push([7, 1, 9], (row) => row / 2);
    const lists = builder.build();
    assert.deepEqual([...lists.start], [0, 2, 2, 5]);
    assert.deepEqual([...rowsOf(lists, 0)], [4, 2]);
    assert.deepEqual([...rowsOf(lists, 1)], []);
    assert.deepEqual([...rowsOf(lists, 2)], [7, 1, 9]);
    assert.deepEqual([...lists.values!], [40, 20, 3.5, 0.5, 4.5]);
  });
  it("holds no values when built without them", () => {
    const builder = new RowListsBuilder(1, false);
    builder.push([1, 2, 3]);
    assert.equal(builder.build().values, null);
  });
});
