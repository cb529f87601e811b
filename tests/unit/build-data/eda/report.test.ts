import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { edaReport, numericValues } from "../../../../build-data/eda/report.ts";
import type { FilmColumn } from "../../../../src/lib/schema.ts";
import { film } from "./film.ts";

const ALL: FilmColumn[] = [
  "id",
  "title",
  "release_date",
  "release_year",
  "budget",
  "revenue",
  "return",
  "runtime",
  "popularity",
  "vote_average",
  "vote_count",
  "genres",
  "original_language",
  "production_countries",
];

// Four films, numbers chosen by hand.
const FILMS = [
  film({
    id: 1,
    release_date: "2016-12-02",
    budget: 10,
    revenue: 30,
    return: 3,
    vote_average: 7,
    vote_count: 10,
    popularity: 5,
    runtime: 100,
    genres: ["Drama", "Comedy"],
    original_language: "en",
    production_countries: ["France", "Spain"],
  }),
  film({
    id: 2,
    release_date: "2017-03-06",
    budget: 0,
    revenue: 50,
    return: 0,
    vote_average: 0,
    vote_count: 0,
    popularity: 9,
    runtime: 320,
    genres: ["Drama"],
    original_language: "fr",
    production_countries: ["France"],
  }),
  film({
    id: 3,
    release_date: "2017-08-15",
    budget: 500,
    revenue: 5_000_000,
    return: 10_000,
    vote_average: 6,
    vote_count: 4,
    popularity: 1,
    runtime: 90,
    genres: [],
    original_language: "en",
    production_countries: [],
  }),
  film({
    id: 4,
    release_date: "2018-01-01",
    budget: 2000,
    revenue: 1000,
    return: 0.5,
    vote_average: null,
    vote_count: null,
    popularity: 2,
    runtime: null,
    genres: ["Drama"],
  }),
];

describe("numericValues(films, column)", () => {
  it("turns the zeros that mean unknown into NaN, and keeps real zeros", () => {
    assert.deepEqual([...numericValues(FILMS, "budget")], [10, NaN, 500, 2000]);
    assert.deepEqual([...numericValues(FILMS, "return")], [3, NaN, 10_000, 0.5]);
    // vote_average 0 with 0 votes is "no votes", not a rating of 0.
    assert.deepEqual([...numericValues(FILMS, "vote_average")], [7, NaN, 6, NaN]);
    assert.deepEqual([...numericValues(FILMS, "vote_count")], [10, 0, 4, NaN]);
  });
});

describe("edaReport(films, options)", () => {
  const report = edaReport(FILMS, { source: "kaggle", fields: ALL });

  it("describes budget over the known budgets only", () => {
    const budget = report.describe.find((d) => d.column === "budget")!;
    assert.equal(budget.count, 3);
    assert.equal(budget.unknown, 1);
    assert.equal(budget.mean, (10 + 500 + 2000) / 3);
    assert.equal(budget.q50, 500);
  });

  it("puts films without votes at 0 in the vote histogram and counts them", () => {
    assert.equal(report.votes!.histogram[0].count, 1);
    assert.equal(report.votes!.histogram[12].count, 1); // 6 is in [6, 6.5)
    assert.equal(report.votes!.histogram[14].count, 1); // 7 is in [7, 7.5)
    assert.equal(report.votes!.noVotes, 1);
    assert.equal(report.votes!.zeroWithVotes, 0);
    assert.equal(report.votes!.unknown, 1);
  });

  it("counts the films after the collection date of the source (2017-07-31)", () => {
    assert.deepEqual(report.dates, {
      earliest: "2016-12-02",
      latest: "2018-01-01",
      collected: "2017-07-31",
      afterCollection: 2,
    });
  });

  it("sums films and known budgets per year", () => {
    assert.deepEqual(
      report.years.map((y) => [y.year, y.films, y.budget]),
      [
        [2016, 1, 10],
        [2017, 2, 500],
        [2018, 1, 2000],
      ],
    );
  });

  it("ranks popularity, genres, languages and countries", () => {
    assert.deepEqual(
      report.popular!.map((p) => p.title),
      ["Film 2", "Film 1", "Film 4", "Film 3"],
    );
    assert.deepEqual(report.genres, [
      { key: "Drama", count: 3 },
      { key: "Comedy", count: 1 },
    ]);
    assert.deepEqual(report.languages, [
      { key: "en", count: 2 },
      { key: "fr", count: 1 },
    ]);
    assert.deepEqual(report.countries![0], { key: "France", count: 2 });
  });

  it("keeps revenue against budget only where both are known, and flags tiny budgets", () => {
    assert.deepEqual(report.revenueBudget, [
      [10, 30],
      [500, 5_000_000],
      [2000, 1000],
    ]);
    assert.equal(report.returns.films, 3);
    assert.equal(report.returns.tinyBudget, 2); // budgets 10 and 500 are under $1,000
    assert.equal(report.returns.best!.title, "Film 4");
    assert.equal(report.returns.median, 3);
  });

  it("counts runtimes past the last bin apart", () => {
    assert.equal(report.runtime!.longer, 1);
    assert.equal(
      report.runtime!.histogram.reduce((a, b) => a + b.count, 0),
      2,
    );
  });

  it("counts releases per month and per UTC weekday", () => {
    assert.deepEqual(report.months, [1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    // 2016-12-02 Fri, 2017-03-06 Mon, 2017-08-15 Tue, 2018-01-01 Mon.
    assert.deepEqual(report.weekdays, [2, 1, 0, 0, 1, 0, 0]);
  });

  it("leaves out what the source does not know instead of reporting it empty", () => {
    const vega = edaReport(FILMS, {
      source: "vega",
      fields: ["id", "title", "release_date", "release_year", "budget", "revenue", "return"],
    });
    assert.equal(vega.popular, null);
    assert.equal(vega.genres, null);
    assert.equal(vega.votes, null);
    assert.equal(vega.runtime, null);
    assert.equal(vega.dates.collected, null);
    assert.deepEqual(vega.correlation.columns, ["budget", "revenue", "return", "release_year"]);
    assert.equal(vega.info.find((c) => c.column === "popularity")!.known, false);
    assert.deepEqual(vega.head.columns, ["id", "title", "release_date", "budget", "revenue"]);
  });
});
