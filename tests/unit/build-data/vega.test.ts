import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { clean } from "../../../build-data/etl/clean.ts";
import { qualityReport, reconciliationTable } from "../../../build-data/etl/quality.ts";
import {
  CENTURY_REASON,
  parseVegaDate,
  readVega,
  vegaId,
  type VegaMovie,
} from "../../../build-data/sources/vega.ts";

// Records of movies.json as the vega-datasets package ships them, facts only (some fields left
// out). Duel in the Sun came out in 1946; the file writes its year 2046.
const movie = (fields: Partial<VegaMovie>): VegaMovie => ({
  Title: null,
  "Worldwide Gross": null,
  "Production Budget": null,
  "Release Date": null,
  "Running Time min": null,
  "Major Genre": null,
  Director: null,
  "IMDB Rating": null,
  "IMDB Votes": null,
  ...fields,
});
const DUEL = movie({
  Title: "Duel in the Sun",
  "Worldwide Gross": 20400000,
  "Production Budget": 6000000,
  "Release Date": "Dec 31 2046",
  "IMDB Rating": 7,
  "IMDB Votes": 2906,
});
// Released in December 2011: the table's last year, kept as written.
const TINTIN = movie({
  Title: "The Adventures of Tintin: Secret of the Unicorn",
  "Production Budget": 130000000,
  "Release Date": "Dec 23 2011",
  "Major Genre": "Adventure",
  Director: "Steven Spielberg",
});
const TOY_STORY = movie({
  Title: "Toy Story",
  "Worldwide Gross": 361948825,
  "Production Budget": 30000000,
  "Release Date": "Nov 22 1995",
  "Major Genre": "Adventure",
  Director: "John Lasseter",
  "IMDB Rating": 8.2,
  "IMDB Votes": 151143,
});

describe("parseVegaDate(text): the year as the table means it", () => {
  it("reads a date of the table's own era as written", () => {
    assert.deepEqual(parseVegaDate("Nov 22 1995"), { date: "1995-11-22", year: "as written" });
  });

  it("keeps a year of 2011, the table's last, as written", () => {
    assert.deepEqual(parseVegaDate("Dec 23 2011"), { date: "2011-12-23", year: "as written" });
  });

  it("reads a year after 2011, up to 2049, a century earlier: a two-digit year put in the 2000s", () => {
    assert.deepEqual(parseVegaDate("Dec 31 2046"), {
      date: "1946-12-31",
      year: "previous century",
    });
    assert.deepEqual(parseVegaDate("Jan 01 2012"), {
      date: "1912-01-01",
      year: "previous century",
    });
    assert.deepEqual(parseVegaDate("Dec 31 2049"), {
      date: "1949-12-31",
      year: "previous century",
    });
  });

  it("refuses a year from 2050 on, which no two-digit year explains, rather than guess", () => {
    assert.deepEqual(parseVegaDate("Jun 01 2050"), { date: null, year: "impossible" });
  });

  it("checks the calendar in the century it reads (29 February only in a leap year)", () => {
    assert.deepEqual(parseVegaDate("Feb 29 2044"), {
      date: "1944-02-29",
      year: "previous century",
    });
    assert.equal(parseVegaDate("Feb 29 2043").date, null);
  });

  it("is no date for an empty or other-shaped text", () => {
    for (const text of [null, "", "1946", "31-Dec-46", "Foo 01 1995"])
      assert.deepEqual(parseVegaDate(text), { date: null, year: "as written" }, String(text));
  });
});

describe("readVega(path): the films whose year was read a century earlier", () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(join(tmpdir(), "filmoteca-vega-dates-"))));
  after(() => rm(dir, { recursive: true, force: true }));

  async function build(records: unknown[]) {
    const path = join(dir, `movies-${records.length}.json`);
    await writeFile(path, JSON.stringify(records));
    const rows = await readVega(path);
    const cleaned = clean(rows);
    return {
      rows,
      cleaned,
      quality: qualityReport(rows, cleaned, { joins: {}, fields: [], ratings: null }, rows.fields),
    };
  }

  it("puts Duel in the Sun in 1946, leaves Tintin in 2011, and counts the one correction", async () => {
    const { cleaned, quality } = await build([DUEL, TINTIN, TOY_STORY]);
    const year = (title: string) => cleaned.films.find((f) => f.title === title)!;
    assert.equal(year("Duel in the Sun").release_date, "1946-12-31");
    assert.equal(year("Duel in the Sun").release_year, 1946);
    assert.equal(year("The Adventures of Tintin: Secret of the Unicorn").release_year, 2011);
    assert.equal(year("Toy Story").release_year, 1995);
    assert.deepEqual(quality.correctedByReason, { "year read a century late": 1 });
    assert.deepEqual(quality.correctionSample, [
      {
        line: 1,
        title: "Duel in the Sun",
        column: "release_date",
        reason: CENTURY_REASON,
        written: "Dec 31 2046",
        read: "1946-12-31",
      },
    ]);
    assert.match(CENTURY_REASON, /^year read a century late: .*\(2011\)/);
    // A correction is no outcome of its own: the three records are kept.
    assert.deepEqual(quality.counts, {
      input: 3,
      kept: 3,
      duplicates: 0,
      quarantined: 0,
      dropped: 0,
    });
    assert.deepEqual(reconciliationTable(cleaned).slice(-2), [
      "  1  values corrected, in kept films",
      "  1    year read a century late",
    ]);
  });

  it("keeps the id of the date as written, so a film's page does not move", async () => {
    const { cleaned } = await build([DUEL]);
    assert.equal(cleaned.films[0].id, vegaId("Duel in the Sun", "Dec 31 2046"));
  });

  it("counts the corrections of kept films only: not a duplicate's, not a dropped record's", async () => {
    // SYNTHETIC: a record without a title, dated a century late: dropped, so not counted.
    const untitled = { ...DUEL, Title: null, "Release Date": "Feb 08 2015" };
    const { quality } = await build([DUEL, DUEL, untitled, TOY_STORY]);
    assert.deepEqual(quality.counts, {
      input: 4,
      kept: 2,
      duplicates: 1,
      quarantined: 0,
      dropped: 1,
    });
    assert.deepEqual(quality.correctedByReason, { "year read a century late": 1 });
    assert.equal(quality.correctionSample.length, 1);
  });

  it("quarantines a year beyond repair with its reason, and corrects nothing", async () => {
    // SYNTHETIC: Toy Story dated 2095, which no two-digit year read a century late gives.
    const { quality } = await build([{ ...TOY_STORY, "Release Date": "Nov 22 2095" }]);
    assert.deepEqual(quality.quarantinedByReason, { "impossible value": 1 });
    assert.equal(
      quality.quarantineSample[0].reason,
      `impossible value: Release Date is "Nov 22 2095", after the table's last year (2011) and not a two-digit year read a century late`,
    );
    assert.deepEqual(quality.correctedByReason, {});
    assert.deepEqual(quality.correctionSample, []);
  });
});
