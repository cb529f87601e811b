import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  Field,
  Int32,
  List,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type Vector,
} from "apache-arrow";
import { stringVector } from "../../../../src/lib/codecs/arrow-strings.ts";

/** Values after a round trip through Arrow IPC, as plain JavaScript. */
function roundTrip(vector: Vector) {
  const column = tableFromIPC(tableToIPC(new Table({ c: vector }))).getChild("c")!;
  return [...column].map((v) => (v && typeof v === "object" ? [...(v as Iterable<string>)] : v));
}

describe("stringVector(type, values)", () => {
  it("writes the strings apache-arrow's builder writes: nulls, empty, accents, emoji", () => {
    const values = ["Toy Story", null, "", "Amélie", "千と千尋の神隠し", "😀 ok", null];
    const type = new Utf8();
    assert.deepEqual(roundTrip(stringVector(type, values)!), values);
    assert.deepEqual(
      roundTrip(stringVector(type, values)!),
      roundTrip(vectorFromArray(values, type)),
    );
  });

  it("keeps a null list null and an empty list empty", () => {
    const values = [["Animation", "Comedy"], null, [], ["Loew's"], null];
    const type = new List(new Field("item", new Utf8(), true));
    assert.deepEqual(roundTrip(stringVector(type, values)!), values);
  });

  it("leaves other types to apache-arrow (returns null)", () => {
    assert.equal(stringVector(new Int32(), [1, 2]), null);
  });
});
