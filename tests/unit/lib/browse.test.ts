// Browse pages: the orders, the paging, the folding of values; and the engine a visit uses answers
// every page of every value from the `browse.*` shards exactly as the catalogue's columns do,
// for values that fit one page and for values that fill several.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { recommenderAssets } from "../../../build-data/features/recommender-assets.ts";
import { writeSite } from "../../../build-data/build.ts";
import { diskFetcher } from "../../../scripts/lib/node-engine.ts";
import {
  BROWSE_FACETS,
  BROWSE_PAGE_SIZE,
  BROWSE_SORTS,
  facetIndex,
  isBrowseMiss,
  pageCount,
  sortCards,
  type BrowseCard,
} from "../../../src/lib/browse.ts";
import { catalogFromFilms } from "../../../src/lib/catalog.ts";
import type { Film } from "../../../src/lib/schema.ts";
import { ShardedEngine } from "../../../src/lib/sharded-engine.ts";
import { browseCatalog } from "../../fixtures/browse-reference.ts";
import { film } from "../../fixtures/films.ts";
import { filmsToIPC } from "../../../src/lib/codecs/films.ts";

const card = (id: number, fields: Partial<BrowseCard>): BrowseCard => ({
  id,
  title: `Film ${id}`,
  year: 2000,
  genres: [],
  poster_path: null,
  vote_average: 6,
  vote_count: 100,
  ...fields,
});

describe("sortCards(cards, sort)", () => {
  const cards = [
    card(1, { title: "Émile", year: 1990, vote_count: 50, vote_average: 9.5 }),
    card(2, { title: "alien", year: 2001, vote_count: 5, vote_average: 9.9 }),
    card(3, { title: "Brazil", year: 2001, vote_count: 500, vote_average: 7.9 }),
    card(4, { title: "Zelig", year: 1983, vote_count: 0, vote_average: null }),
  ];
  const ids = (sort: (typeof BROWSE_SORTS)[number]) => sortCards(cards, sort).map((c) => c.id);
  it("orders by votes, most first", () => assert.deepEqual(ids("votes"), [3, 1, 2, 4]));
  it("orders by rating with films of few votes after those of enough", () =>
    assert.deepEqual(ids("rating"), [1, 3, 2, 4]));
  it("orders by year, newest first, then by votes", () =>
    assert.deepEqual(ids("year"), [3, 2, 1, 4]));
  it("orders by title with accents and case folded", () =>
    assert.deepEqual(ids("title"), [2, 3, 1, 4]));
});

describe("facetIndex(catalog, facet)", () => {
  it("files values under their folded name, spelt as most films spell them", () => {
    const catalog = catalogFromFilms([
      film({ title: "A", release_year: 1994, genres: ["Drama"] }),
      film({ title: "B", release_year: 1999, genres: ["Drama"] }),
      film({ title: "C", release_year: 2003, genres: ["drama", "Comedy"] }),
    ]);
    const genres = facetIndex(catalog, "genre");
    assert.deepEqual([...genres.keys()].sort(), ["comedy", "drama"]);
    assert.deepEqual(genres.get("drama"), { name: "Drama", rows: [0, 1, 2] });
    assert.deepEqual([...facetIndex(catalog, "decade").keys()].sort(), ["1990", "2000"]);
  });
});

/** 70 films: one genre fills three pages, its years and titles varied; a few of other values. */
const FILMS: Film[] = Array.from({ length: 70 }, (_, i) =>
  film({
    id: 1000 + i,
    title: `${["Zeta", "alpha", "Émile", "Beta"][i % 4]} ${i}`,
    release_year: 1950 + ((i * 7) % 60),
    vote_count: (i * 37) % 400,
    vote_average: ((i * 13) % 90) / 10,
    genres: i % 5 === 0 ? ["Animation", "Comedy"] : ["Animation"],
    original_language: i % 3 === 0 ? "fr" : "en",
    collection: i < 3 ? "Trio Collection" : null,
    directors: [`Director ${i % 30}`],
    cast: [`Actor ${i % 2}`, `Actor ${i}`],
    production_countries: ["France"],
    production_country_codes: ["FR"],
    production_companies: [`Company ${i % 4}`],
  }),
);

let dir: string;
let engine: ShardedEngine;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "filmoteca-browse-"));
  await writeSite(dir, {
    films: FILMS,
    filmsAsset: filmsToIPC(FILMS),
    features: await recommenderAssets(FILMS, null),
    assets: {},
    body: {
      source: "kaggle",
      inputFingerprint: "browse fixture",
      counts: { input: 70, kept: 70, duplicates: 0, quarantined: 0, dropped: 0 },
      fields: Object.keys(FILMS[0]) as (keyof Film)[],
    },
  });
  engine = await ShardedEngine.open(diskFetcher(dir));
});
after(() => rm(dir, { recursive: true, force: true }));

describe("ShardedEngine.browse(facet, value, sort, page)", () => {
  const catalog = catalogFromFilms(FILMS);

  it("answers every page of every value of every facet as the catalogue's columns do", async () => {
    let multiPage = 0;
    for (const facet of BROWSE_FACETS) {
      for (const { name, rows } of facetIndex(catalog, facet).values()) {
        for (const sort of BROWSE_SORTS) {
          for (let page = 1; page <= pageCount(rows.length) + 1; page++) {
            const expected = browseCatalog(catalog, facet, name.toUpperCase(), sort, page);
            const got = await engine.browse(facet, name.toUpperCase(), sort, page);
            assert.deepEqual(got, expected, `${facet} ${name} ${sort} ${page}`);
          }
        }
        if (rows.length > BROWSE_PAGE_SIZE) multiPage++;
      }
    }
    assert.ok(multiPage >= 5, "several values fill more than one page");
  });

  it("pages a big value in fixed-size pages, none repeated, all films once", async () => {
    const seen = new Set<number>();
    for (let page = 1; page <= 3; page++) {
      const answer = await engine.browse("genre", "animation", "title", page);
      assert.ok(!isBrowseMiss(answer));
      assert.equal(answer.total, 70);
      assert.equal(answer.pages, 3);
      assert.equal(answer.films.length, page < 3 ? BROWSE_PAGE_SIZE : 70 - 2 * BROWSE_PAGE_SIZE);
      for (const f of answer.films) seen.add(f.id);
    }
    assert.equal(seen.size, 70);
  });

  it("answers an unknown value with the closest ones", async () => {
    assert.deepEqual(await engine.browse("genre", "Animaton"), {
      facet: "genre",
      value: "Animaton",
      total: 0,
      closest: ["Animation"],
    });
    const miss = await engine.browse("company", "Compny 1");
    assert.ok(isBrowseMiss(miss) && miss.closest.includes("Company 1"));
  });

  it("refuses an unknown facet, order or page with a message naming it", async () => {
    await assert.rejects(
      engine.browse("mood", "sad"),
      /unknown facet "mood": expected one of genre/,
    );
    await assert.rejects(engine.browse("genre", "Animation", "length"), /unknown order "length"/);
    await assert.rejects(engine.browse("genre", "Animation", "votes", 0), /invalid page 0/);
  });
});

describe("ShardedEngine.search(text)", () => {
  it("offers collections and people by name, a value named exactly first", async () => {
    const hits = await engine.search("trio collection");
    assert.deepEqual(hits[0], { kind: "collection", name: "Trio Collection", films: 3 });
    const people = await engine.search("actor 1");
    assert.deepEqual(people[0], { kind: "actor", name: "Actor 1", films: 35 });
  });
  it("still puts a film whose title is the text first", async () => {
    const hits = await engine.search("alpha 1");
    assert.equal(hits[0].kind, "film");
  });
});
