import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  coldInputs,
  emptyColdFigures,
  SEARCH_TEXT,
  visitPlans,
  type TitleLookup,
} from "../../../scripts/bench/cold-visits.ts";
import { COLD_KEYS } from "../../../src/bench/performance.ts";

/** An engine of two films: Toy Story (in a collection) and Heat (in none). */
const engine = (suggested: string[] = []): TitleLookup => {
  const films = [
    { id: 862, title: "Toy Story", collection: "Toy Story Collection" },
    { id: 949, title: "Heat", collection: null },
  ];
  return {
    searchTitles: (text) =>
      films.filter((f) => f.title.toLowerCase().startsWith(text.toLowerCase().slice(0, 3))),
    film: (id) => films.find((f) => f.id === id) ?? null,
    suggest: () => suggested.map((value) => ({ value })),
  };
};

describe("coldInputs(engine, title)", () => {
  it("takes the best title match and its own collection", () => {
    assert.deepEqual(coldInputs(engine(["Other"]), "toy story"), {
      film: { id: 862, title: "Toy Story" },
      collection: "Toy Story Collection",
    });
  });
  it("falls back to the first collection suggested for the title, else to none", () => {
    assert.equal(
      coldInputs(engine(["Heat Collection", "B"]), "Heat").collection,
      "Heat Collection",
    );
    assert.equal(coldInputs(engine(), "Heat").collection, null);
  });
  it("names the title when no film matches", () => {
    assert.throws(() => coldInputs(engine(), "Zzz"), /no film titled "Zzz" in this build/);
  });
});

describe("visitPlans(inputs)", () => {
  const inputs = { film: { id: 862, title: "Toy Story" }, collection: "Toy Story Collection" };
  const [film, search, query] = visitPlans(inputs);
  it("opens the film permalink and waits for its title, then five real cards", () => {
    assert.equal(film.path, "/pelicula/?id=862");
    assert.deepEqual(film.watch.marks, [
      { name: "facts", selector: "#film h1", text: "Toy Story", visible: true },
      {
        name: "recommendations",
        selector: "#similar-list [data-testid=film-cards] > li",
        count: 5,
      },
    ]);
  });
  it("types the issue's text on the home page and waits for a visible option", () => {
    assert.equal(SEARCH_TEXT, "toy st");
    assert.equal(search.path, "/");
    assert.ok(search.act);
    assert.ok(search.watch.marks.some((m) => m.selector === "#title-input-list [role=option]"));
  });
  it("asks the collection's query permalink, and takes an error card for a failure", () => {
    assert.equal(query.path, "/consultas/franquicia/?franquicia=Toy+Story+Collection");
    assert.match(query.watch.fail!, /\.answer-card\.error/);
  });
  it("gives every cold figure to exactly one visit", () => {
    const keys = visitPlans(inputs).flatMap((p) => [...Object.values(p.ms), p.kb, p.rawKb]);
    assert.deepEqual([...keys].sort(), [...COLD_KEYS].sort());
    assert.deepEqual(Object.keys(emptyColdFigures()).sort(), [...COLD_KEYS].sort());
  });
  it("has no query visit without a collection", () => {
    assert.deepEqual(
      visitPlans({ ...inputs, collection: null }).map((p) => p.name),
      ["film", "search"],
    );
  });
});
