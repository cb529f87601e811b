import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  filmsPerMonth,
  filmsPerWeekday,
  filmsPerYear,
  histogram,
  tallyLists,
} from "../../../../build-data/eda/tally.ts";

describe("histogram(values, options)", () => {
  it("counts values into [x0, x1) bins, the last one closed, skipping NaN and outliers", () => {
    const bins = histogram([0, 0, 0.4, 0.5, 9.9, 10, NaN, -1, 11], {
      start: 0,
      width: 0.5,
      bins: 20,
    });
    assert.equal(bins.length, 20);
    assert.deepEqual(bins[0], { x0: 0, x1: 0.5, count: 3 });
    assert.deepEqual(bins[1], { x0: 0.5, x1: 1, count: 1 });
    assert.deepEqual(bins[19], { x0: 9.5, x1: 10, count: 2 });
    assert.equal(
      bins.reduce((a, b) => a + b.count, 0),
      6,
    );
  });
});

describe("tallyLists(lists)", () => {
  it("counts a film once per label, most common first, ties by name", () => {
    assert.deepEqual(tallyLists([["Drama", "Drama", "Comedy"], ["Comedy"], null, [], ["Action"]]), [
      { key: "Comedy", count: 2 },
      { key: "Action", count: 1 },
      { key: "Drama", count: 1 },
    ]);
  });
});

describe("filmsPerMonth(dates)", () => {
  it("reads the month from the YYYY-MM-DD text, January first", () => {
    const months = filmsPerMonth(["2000-01-15", "2000-01-31", "1999-12-01", "2001-07-04"]);
    assert.deepEqual(months, [2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });
});

describe("filmsPerWeekday(dates)", () => {
  it("counts weekdays in UTC, Monday first", () => {
    // 2017-07-31 was a Monday, 2000-01-01 a Saturday, 2000-01-02 a Sunday, 1995-10-27 a Friday.
    const days = filmsPerWeekday(["2017-07-31", "2000-01-01", "2000-01-02", "1995-10-27"]);
    assert.deepEqual(days, [1, 0, 0, 0, 1, 1, 1]);
  });

  it("gives the same days whatever the machine's time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      assert.deepEqual(filmsPerWeekday(["2017-07-31"]), [1, 0, 0, 0, 0, 0, 0]);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe("filmsPerYear(years, budgets)", () => {
  it("sums films and known budgets per year, with empty years as zero rows", () => {
    assert.deepEqual(filmsPerYear([2001, 1999, 2001, 0], [10, 0, 5, 99]), [
      { year: 1999, films: 1, budget: 0, budgetFilms: 0 },
      { year: 2000, films: 0, budget: 0, budgetFilms: 0 },
      { year: 2001, films: 2, budget: 15, budgetFilms: 2 },
    ]);
  });
});
