import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  argmax,
  checkEda,
  collectionYears,
  earnedMore,
  EdaVersionError,
  peakYear,
} from "../../../src/eda/eda-facts.ts";
import type { EdaReport } from "../../../src/eda/eda-types.ts";

const year = (y: number, films: number) => ({ year: y, films, budget: 0, budgetFilms: 0 });

describe("checkEda(report, expected)", () => {
  it("names a missing asset and a version mismatch", () => {
    assert.throws(
      () => checkEda(null, 1),
      new EdaVersionError('the build wrote no "eda" asset: run "npm run data"'),
    );
    assert.throws(
      () => checkEda({ edaVersion: 2 } as EdaReport, 1),
      new EdaVersionError("eda.json has version 2, expected 1: rebuild the data"),
    );
  });
});

describe("collectionYears(years, collected)", () => {
  it("finds the collection year and the year before", () => {
    const years = [year(2015, 300), year(2016, 320), year(2017, 150), year(2018, 4)];
    assert.deepEqual(collectionYears(years, "2017-07-31"), {
      year: year(2017, 150),
      previous: year(2016, 320),
    });
    assert.equal(collectionYears(years.slice(0, 2), "2017-07-31"), null);
  });
});

describe("peakYear, argmax, earnedMore", () => {
  it("takes the first of equal maxima and counts revenue above budget", () => {
    assert.deepEqual(peakYear([year(1999, 5), year(2000, 7), year(2001, 7)]), year(2000, 7));
    assert.equal(peakYear([]), null);
    assert.equal(argmax([3, 9, 9, 1]), 1);
    assert.equal(
      earnedMore([
        [10, 20],
        [10, 10],
        [10, 5],
      ]),
      1,
    );
  });
});
