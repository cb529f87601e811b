import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildRecommender } from "../../../../build-data/features/recommender-assets.ts";
import { sequelCheck } from "../../../../src/lib/evaluation/collections.ts";
import { sharesTraits } from "../../../../build-data/features/specific-lists.ts";
import { reasonsFor, recommend, type Recommender } from "../../../../src/lib/recommend.ts";
import { NEIGHBOR_SOURCE } from "../../../../src/lib/schema.ts";
import { film } from "../../../fixtures/films.ts";

// A blockbuster all 60 viewers liked; a saga; a chess drama six viewers liked with a cookery comedy,
// and a second chess drama nobody rated; forty thrillers, liked two by two.
const FILMS = [
  film({ title: "Blockbuster", release_year: 1999, genres: ["Action"], keywords: ["explosion"] }),
  ...[1, 2].map((n) =>
    film({
      title: `Saga ${n}`,
      release_year: 1980 + n,
      collection: "Saga",
      genres: ["Adventure"],
      keywords: ["quest", "dragon"],
    }),
  ),
  film({
    title: "Niche A",
    release_year: 1990,
    genres: ["Drama"],
    keywords: ["chess", "grandmaster"],
    overview: "A chess prodigy faces a grandmaster in a long tournament.",
  }),
  film({
    title: "Niche B",
    release_year: 1991,
    genres: ["Drama"],
    keywords: ["chess", "grandmaster", "tournament"],
    overview: "A chess tournament, a grandmaster and a prodigy's last game.",
  }),
  film({ title: "Companion", release_year: 1995, genres: ["Comedy"], keywords: ["cooking"] }),
  ...Array.from({ length: 40 }, (_, i) =>
    film({
      title: `Thriller ${i}`,
      release_year: 1970 + i,
      genres: ["Thriller"],
      keywords: [`k${i}`],
    }),
  ),
];
const id = (title: string) => FILMS.find((f) => f.title === title)!.id;
const like = (user: number, title: string) => ({ user, film: id(title), rating: 5 });
const RATINGS = [
  ...Array.from({ length: 60 }, (_, i) => like(i + 1, "Blockbuster")),
  ...[1, 2, 3, 4, 5, 6].flatMap((u) => [like(u, "Niche A"), like(u, "Companion")]),
  ...[7, 8, 9, 10, 11, 12, 13, 14, 15, 16].flatMap((u) => [like(u, "Saga 1"), like(u, "Saga 2")]),
  ...Array.from({ length: 44 }, (_, i) => i + 17).flatMap((u) => [
    like(u, `Thriller ${u % 40}`),
    like(u, `Thriller ${(u + 1) % 40}`),
  ]),
];

const SOURCE_NAME = Object.fromEntries(Object.entries(NEIGHBOR_SOURCE).map(([k, v]) => [v, k]));

/** The first 10 of a film's list: title → where it comes from. */
function listOf(recommender: Recommender, title: string): Map<string, string> {
  const row = recommender.catalog.rowOfId.get(id(title))!;
  return new Map(
    recommend(recommender, [row], { k: 10 }).map((r) => [
      recommender.catalog.title[r.row],
      SOURCE_NAME[r.source!],
    ]),
  );
}

const build = (blend = {}) => buildRecommender(FILMS, RATINGS, { contentDims: 8, blend });

describe("specificLists through buildRecommender(films, ratings)", () => {
  const recommender = build();
  it("says viewers' likes only beyond popularity: the blockbuster everyone liked is a favourite", () => {
    // Six of 60 viewers liked both, and only those six liked either: lift 10.
    assert.equal(listOf(recommender, "Niche A").get("Companion"), "coLiked");
    // All six also liked the blockbuster, as all 60 did: lift 1 (it is in the list without the
    // popularity budget).
    assert.equal(listOf(build({ budget: 1 }), "Niche A").get("Blockbuster"), "popular");
  });
  it("lends a film nobody liked the likes of its nearest film in content", () => {
    const list = listOf(recommender, "Niche B");
    assert.equal(list.get("Niche A"), "similar");
    assert.equal(list.get("Companion"), "alikeViewers");
  });
  it("puts the nearest film of the collection first", () => {
    const row = recommender.catalog.rowOfId.get(id("Saga 1"))!;
    const [first] = recommend(recommender, [row], { k: 10 });
    assert.equal(recommender.catalog.title[first.row], "Saga 2");
    assert.equal(first.source, NEIGHBOR_SOURCE.collection);
  });
  it("lets sequels find each other", () => {
    const rows = (row: number) => recommend(recommender, [row], { k: 10 }).map((r) => r.row);
    assert.deepEqual(sequelCheck(recommender.catalog, rows), { films: 2, listing: 2, missing: [] });
  });
  it("keeps the blockbuster out of most lists under the popularity budget", () => {
    const holding = (r: Recommender) =>
      FILMS.filter((f) => f.title !== "Blockbuster" && listOf(r, f.title).has("Blockbuster"))
        .length;
    assert.equal(holding(build({ budget: 1 })), FILMS.length - 1);
    // 45 lists of 10 over 45 films: a film is in a fifth of them on average, so a budget must be
    // above that to bind. Each list weighs 1 − e^(−likes/2): 30.9 in all, 9.3 for a film at 0.3;
    // a thriller's list (2 likes) weighs 0.63, so about 15 lists.
    const held = holding(build({ budget: 0.3 }));
    assert.ok(held <= 16, `${held} lists hold it`);
  });
  it("gives every entry a reason", () => {
    for (const f of FILMS) {
      const row = recommender.catalog.rowOfId.get(f.id)!;
      for (const r of recommend(recommender, [row], { k: 10 })) assert.ok(r.reasons.length > 0);
    }
  });
  it("builds the same lists twice", () => {
    assert.deepEqual(build().neighbors, recommender.neighbors);
  });
});

describe("a film's duplicate record (same title and year)", () => {
  // A second record of Niche A, liked by the same six viewers: the nearest film there is.
  const twin = film({ ...FILMS[3], id: 987654 });
  const films = [...FILMS, twin];
  const ratings = [
    ...RATINGS,
    ...[1, 2, 3, 4, 5, 6].map((user) => ({ user, film: twin.id, rating: 5 })),
  ];
  const nicheA = (r: Recommender) => r.catalog.rowOfId.get(id("Niche A"))!;
  const twinRow = (r: Recommender) => r.catalog.rowOfId.get(twin.id)!;

  for (const [name, recommender] of [
    ["with ratings", buildRecommender(films, ratings, { contentDims: 8 })],
    ["without ratings", buildRecommender(films, null, { contentDims: 8 })],
  ] as const) {
    it(`is not in the film's precomputed list, which stays full (${name})`, () => {
      const { k, rows } = recommender.neighbors!;
      const list = [...rows.subarray(nicheA(recommender) * k, (nicheA(recommender) + 1) * k)];
      assert.ok(!list.includes(twinRow(recommender)));
      assert.ok(!list.includes(-1));
      // All k come from the list: the engine needs no whole-catalogue scan for this film.
      const items = recommend(recommender, [nicheA(recommender)], { k });
      assert.ok(items.every((r) => r.source !== undefined));
    });
  }
});

describe("sharesTraits(catalog, i, j)", () => {
  it("says whether reasonsFor names more than 'alike', for every pair of films", () => {
    const { catalog } = build();
    for (let i = 0; i < catalog.size; i++)
      for (let j = 0; j < catalog.size; j++)
        assert.equal(
          sharesTraits(catalog, i, j),
          reasonsFor(catalog, [i], j).some((r) => r.kind !== "alike"),
          `${catalog.title[i]} and ${catalog.title[j]}`,
        );
  });
});
