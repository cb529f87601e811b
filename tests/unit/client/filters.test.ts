import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  filtersFromParams,
  noFilters,
  paramsWithFilters,
  yearProblems,
} from "../../../src/client/filters.ts";

describe("filtersFromParams(params)", () => {
  it("reads every filter from its Spanish key", () => {
    const params = new URLSearchParams(
      "id=862&desde=1990&hasta=2000&genero=Comedy&idioma=fr&votos=50",
    );
    assert.deepEqual(filtersFromParams(params), {
      yearFrom: 1990,
      yearTo: 2000,
      genre: "Comedy",
      language: "fr",
      minVotes: 50,
    });
  });
  it("ignores values that are not what the key expects", () => {
    const params = new URLSearchParams("desde=19x0&hasta=<b>&idioma=<img>&votos=-3&genero=%20");
    assert.deepEqual(filtersFromParams(params), {});
    assert.equal(noFilters(filtersFromParams(params)), true);
  });
  it("treats zero votes as no filter", () => {
    assert.deepEqual(filtersFromParams(new URLSearchParams("votos=0")), {});
  });
});

describe("paramsWithFilters(params, filters)", () => {
  it("keeps other keys and replaces the filter keys", () => {
    const out = paramsWithFilters(new URLSearchParams("id=862&genero=Drama&votos=10"), {
      genre: "Comedy",
      yearFrom: 2000,
    });
    assert.equal(out.toString(), "id=862&genero=Comedy&desde=2000");
  });
  it("round-trips through filtersFromParams", () => {
    const filters = {
      yearFrom: 1950,
      yearTo: 1960,
      genre: "Science Fiction",
      language: "en",
      minVotes: 5,
    };
    assert.deepEqual(filtersFromParams(paramsWithFilters(new URLSearchParams(), filters)), filters);
  });
});

describe("yearProblems(from, to, bounds)", () => {
  const bounds = { min: 1902, max: 2017 };
  it("finds nothing wrong with empty boxes or two years in order", () => {
    assert.deepEqual(yearProblems("", "", bounds), {});
    assert.deepEqual(yearProblems("1990", "2000", bounds), {});
    assert.deepEqual(yearProblems(" 1995 ", "1995", bounds), {});
  });
  it("says a year still being typed has too few digits", () => {
    assert.deepEqual(yearProblems("19", "", bounds), { yearFrom: "digits" });
    assert.deepEqual(yearProblems("", "20001", bounds), { yearTo: "digits" });
  });
  it("says a year outside the catalogue is out of range", () => {
    assert.deepEqual(yearProblems("1850", "2100", bounds), { yearFrom: "range", yearTo: "range" });
  });
  it("says an inverted range on the 'to' box", () => {
    assert.deepEqual(yearProblems("2005", "1990", bounds), { yearTo: "inverted" });
  });
});
