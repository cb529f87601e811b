import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { readMetadata } from "../../../build-data/sources/metadata.ts";
import { REAL, SYNTHETIC, metadataCsv, shiftedRecord, writeFolder } from "../../fixtures/movies.ts";

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), "filmoteca-metadata-"))));
after(() => rm(dir, { recursive: true, force: true }));

async function read(name: string, text: string) {
  await writeFolder(join(dir, name), { "movies_metadata.csv": text });
  return readMetadata(join(dir, name, "movies_metadata.csv"));
}

describe("readMetadata(path) on real records", () => {
  it("converts the numbers, parses the date, unnests the literals and computes the return", async () => {
    const { films, quarantine } = await read("real", metadataCsv(REAL.toyStory));
    assert.deepEqual(quarantine, []);
    const [toy] = films;
    assert.equal(toy.id, 862);
    assert.equal(toy.imdb_id, "tt0114709");
    assert.equal(toy.budget, 30000000);
    assert.equal(toy.revenue, 373554033);
    assert.equal(toy.return, 373554033 / 30000000);
    assert.equal(toy.release_date, "1995-10-30");
    assert.equal(toy.release_year, 1995);
    assert.equal(toy.runtime, 81);
    assert.equal(toy.collection, "Toy Story Collection");
    assert.deepEqual(toy.genres, ["Animation", "Comedy", "Family"]);
    assert.deepEqual(toy.production_companies, ["Pixar Animation Studios"]);
    assert.deepEqual(toy.production_countries, ["United States of America"]);
    assert.deepEqual(toy.production_country_codes, ["US"]);
    assert.deepEqual(toy.spoken_languages, ["en"]);
    assert.equal(toy.overview?.startsWith("Led by Woody, Andy's toys"), true);
  });

  it("reads a company with an apostrophe (double quotes doubled by the CSV layer)", async () => {
    const { films } = await read("heat", metadataCsv(REAL.heat));
    assert.deepEqual(films[0].production_companies, ["Regency Enterprises", "Loew's"]);
  });

  it("keeps unknown budget and revenue as 0 with a return of 0, and an empty runtime as null", async () => {
    const { films } = await read("sabrina", metadataCsv(REAL.sabrina));
    assert.equal(films[0].budget, 0);
    assert.equal(films[0].revenue, 0);
    assert.equal(films[0].return, 0);
    assert.equal(films[0].runtime, null);
    assert.match(films[0].overview!, /crush\.\nA carefree playboy/);
  });

  it("reads CRLF line ends and a byte order mark like LF", async () => {
    const text = "\uFEFF" + metadataCsv(REAL.toyStory, REAL.sabrina).replaceAll("\n", "\r\n");
    const { films, quarantine } = await read("crlf", text);
    assert.deepEqual(quarantine, []);
    assert.deepEqual(
      films.map((f) => [f.id, f.title]),
      [
        [862, "Toy Story"],
        [11860, "Sabrina"],
      ],
    );
    // The multi-line overview keeps its own line break as written.
    assert.match(films[1].overview!, /crush\.\r\nA carefree/);
  });

  it("counts the empty cells of every raw column before cleaning", async () => {
    const { nullsBefore } = await read("nulls", metadataCsv(REAL.toyStory, REAL.sabrina));
    assert.equal(nullsBefore.runtime, 1);
    assert.equal(nullsBefore.tagline, 1);
    assert.equal(nullsBefore.belongs_to_collection, 1);
    assert.equal(nullsBefore.title, 0);
  });
});

describe("readMetadata(path) quarantine", () => {
  const cases: [string, string, string][] = [
    ["a non-numeric id", SYNTHETIC.textId, 'id is not an integer: "8844x"'],
    [
      "an unparseable literal",
      SYNTHETIC.badLiteral,
      "unparseable literal: genres: invalid Python literal at 30: expected a string or number key, found \"{'id': 80, '\"",
    ],
    ["a negative budget", SYNTHETIC.negativeBudget, "impossible value: budget is negative (-5)"],
    [
      "a vote average above 10",
      SYNTHETIC.voteAbove10,
      "impossible value: vote_average is 77, above 10",
    ],
    [
      "an impossible date",
      SYNTHETIC.impossibleDate,
      'impossible value: release_date is "1995-13-15"',
    ],
  ];
  for (const [what, record, reason] of cases) {
    it(`quarantines ${what} with its line, raw text and reason`, async () => {
      const { films, quarantine, records } = await read(
        what.replaceAll(" ", "-"),
        metadataCsv(REAL.toyStory, record, REAL.toyStory2),
      );
      assert.equal(records, 3);
      assert.deepEqual(
        films.map((f) => f.id),
        [862, 863],
      );
      assert.deepEqual(quarantine, [{ line: 3, reason, raw: record }]);
    });
  }

  it("quarantines both lines of a shifted record (synthetic, as in the full file)", async () => {
    const [head, tail] = shiftedRecord("1997-08-20", 82663);
    const { films, quarantine, records } = await read(
      "shifted",
      metadataCsv(REAL.sabrina, head, tail, REAL.toyStory),
    );
    assert.equal(records, 4);
    assert.deepEqual(
      films.map((f) => f.id),
      [11860, 862],
    );
    // Sabrina's overview spans two lines: the head starts on line 4.
    assert.deepEqual(quarantine, [
      { line: 4, reason: "wrong number of columns: 10, expected 24", raw: head },
      { line: 5, reason: "shifted columns: id holds a date (1997-08-20)", raw: tail },
    ]);
  });
});
