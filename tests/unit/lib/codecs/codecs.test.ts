import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tableFromIPC, tableToIPC } from "apache-arrow";
import { catalogFromFilms, filmAt, type Catalog } from "../../../../src/lib/catalog.ts";
import { catalogFromIPC, filmsToIPC } from "../../../../src/lib/codecs/films.ts";
import { neighborsFromIPC, neighborsToIPC } from "../../../../src/lib/codecs/neighbors.ts";
import { vectorsFromIPC, vectorsToIPC } from "../../../../src/lib/codecs/vectors.ts";
import { NEIGHBOR_SOURCE, SCHEMA_VERSION_KEY } from "../../../../src/lib/schema.ts";
import { packCards, unpackCards } from "../../../../src/lib/shards/families.ts";
import { quantize } from "../../../../src/lib/vectors.ts";
import { film } from "../../../fixtures/films.ts";

const FILMS = [
  film({ id: 1, title: "Año uno", release_year: 1995, genres: ["Drama"], cast: ["Ana", "Bo"] }),
  film({ id: 7, title: "Seven 🎬", release_year: 2001, overview: null, vote_count: null }),
  film({ id: 9, title: "Nine", release_year: 1960, genres: [], keywords: null, runtime: 91 }),
];

/** Every film of a catalogue, as records (what a page would show). */
const records = (catalog: Catalog) =>
  Array.from({ length: catalog.size }, (_, row) => filmAt(catalog, row));

/** The same bytes with the schema version in the table's metadata replaced. */
function withVersion(bytes: Uint8Array, version: string): Uint8Array {
  const table = tableFromIPC(bytes);
  table.schema.metadata.set(SCHEMA_VERSION_KEY, version);
  return tableToIPC(table, "file");
}

describe("the films codec", () => {
  it("decodes to the catalogue the films make in memory (nulls, empty lists, non-ASCII kept)", () => {
    const decoded = catalogFromIPC(filmsToIPC(FILMS));
    assert.deepEqual(records(decoded), records(catalogFromFilms(FILMS)));
    assert.deepEqual([...decoded.rowOfId], [...catalogFromFilms(FILMS).rowOfId]);
  });
  it("refuses bytes of another schema version, naming the asset and what to do", () => {
    assert.throws(
      () => catalogFromIPC(withVersion(filmsToIPC(FILMS), "1")),
      /asset "films" has schema version 1, expected \d+: rebuild the data/,
    );
  });
});

describe("the vectors codec", () => {
  it("gives back the quantised values and scales it was given", () => {
    const vectors = quantize(Float32Array.from([0.6, 0.8, 0, 1, -1, 0]), 2);
    assert.deepEqual(vectorsFromIPC(vectorsToIPC(vectors)), vectors);
  });
});

describe("the neighbors codec", () => {
  it("gives back each film's k rows and where each comes from", () => {
    const rows = Int32Array.from([1, 2, 0, 2, 0, 1]);
    const sources = Uint8Array.from([1, 0, 2, 1, 0, 0]);
    assert.deepEqual(neighborsFromIPC(neighborsToIPC(rows, 2, sources)), { k: 2, rows, sources });
  });
  it("marks every entry similar when no sources are given", () => {
    const { sources } = neighborsFromIPC(neighborsToIPC(Int32Array.from([1, 0]), 1));
    assert.deepEqual([...sources!], [NEIGHBOR_SOURCE.similar, NEIGHBOR_SOURCE.similar]);
  });
  it("refuses sources that do not match the rows", () => {
    assert.throws(
      () => neighborsToIPC(Int32Array.from([1, 0]), 1, new Uint8Array(3)),
      /neighbour sources hold 3 entries, rows 2/,
    );
  });
});

describe("the browse cards' rows (packCards / unpackCards)", () => {
  const cards = [
    {
      id: 1,
      title: "Año uno",
      year: 1995,
      genres: ["Drama"],
      poster_path: "/a.jpg",
      vote_average: 7.1,
      vote_count: 40,
    },
    {
      id: 7,
      title: "Seven",
      year: 2001,
      genres: [],
      poster_path: null,
      vote_average: null,
      vote_count: -1,
    },
  ];
  it("stores each card as its seven values, without the key names", () => {
    assert.deepEqual(packCards(cards)[1], [7, "Seven", 2001, [], null, null, -1]);
    assert.ok(!JSON.stringify(packCards(cards)).includes("poster_path"));
  });
  it("gives back the cards it was given, unknowns included", () => {
    assert.deepEqual(unpackCards(packCards(cards)), cards);
  });
});
