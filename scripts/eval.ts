// `npm run eval -- [--input DIR] [--out FILE] [--test-ratings FILE] [--quick]`: the recommendation evaluation.
// Viewers (not ratings) are held out: the vectors and co-likes are built from train viewers only, and
// every film a test viewer liked is a query scored against that viewer's other likes. Prints one table
// and writes it as JSON for the evaluation page. With --test-ratings, every viewer of the input trains
// (the shipped build) and the viewers of that file (e.g. withheld users 471–671) are the test.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { readSource } from "../build-data/build.ts";
import { clean } from "../build-data/etl/clean.ts";
import { ratingsFromColumns, silentEffects } from "../build-data/etl/types.ts";
import {
  buildRecommender,
  type RecommenderAssetOptions,
} from "../build-data/features/recommender-assets.ts";
import {
  evaluate,
  likedRows,
  splitViewers,
  type MethodResult,
  type ViewerRating,
} from "../src/lib/evaluation/protocol.ts";
import { recommendOriginal } from "../src/lib/original-method.ts";
import { popularRows } from "../src/lib/popularity.ts";
import { recommend } from "../src/lib/recommend.ts";
import { SHARED_DATA } from "../tests/shared-data.ts";
import { readRatingsCsv } from "./lib/ratings-csv.ts";

const K = 10;

/** The variants tried; the first is "ours" (what the build ships: the defaults). */
const VARIANTS: {
  method: string;
  note: string;
  ratings: boolean;
  options: RecommenderAssetOptions;
}[] = [
  {
    method: "ours",
    note: "co-liked lists (co-likes × likes^0.5 + 30 pseudo-viewers of popularity), nearest collection film first, 3·1/(1+likes) similarity slots; vectors: content 32 + co-liked 16 dims",
    ratings: true,
    options: {},
  },
  {
    method: "previous defaults",
    note: "co-likes × likes^0.2 + 1× popularity, up to 3 collection films first (the lists before this tuning)",
    ratings: true,
    options: { blend: { popularity: 1, likesExponent: -0.2, pinned: 3 } },
  },
  {
    method: "co-liked lists only",
    note: "no similarity slots, no collection first",
    ratings: true,
    options: { blend: { similarSlots: 0, pinned: 0 } },
  },
  {
    method: "no collection first",
    note: "ours without putting the collection film first",
    ratings: true,
    options: { blend: { pinned: 0 } },
  },
  {
    method: "3 collection films first",
    note: "ours with up to 3 collection films first",
    ratings: true,
    options: { blend: { pinned: 3 } },
  },
  {
    method: "popularity 1",
    note: "ours with 1 pseudo-viewer of popularity (no shrinkage)",
    ratings: true,
    options: { blend: { popularity: 1 } },
  },
  {
    method: "popularity 10",
    note: "ours with 10 pseudo-viewers of popularity",
    ratings: true,
    options: { blend: { popularity: 10 } },
  },
  {
    method: "popularity 50",
    note: "ours with 50 pseudo-viewers of popularity",
    ratings: true,
    options: { blend: { popularity: 50 } },
  },
  {
    method: "likes^0.2",
    note: "ours with co-likes × likes^0.2",
    ratings: true,
    options: { blend: { likesExponent: -0.2 } },
  },
  {
    method: "likes^1",
    note: "ours with co-likes × likes",
    ratings: true,
    options: { blend: { likesExponent: -1 } },
  },
  {
    method: "2 similarity slots",
    note: "ours with 2·1/(1+likes) similarity slots",
    ratings: true,
    options: { blend: { similarSlots: 2 } },
  },
  {
    method: "5 similarity slots",
    note: "ours with 5·1/(1+likes) similarity slots",
    ratings: true,
    options: { blend: { similarSlots: 5 } },
  },
  {
    method: "slower slot decay",
    note: "ours with 3·2/(2+likes) similarity slots",
    ratings: true,
    options: { blend: { confidence: 2 } },
  },
  {
    method: "most liked similar in slots",
    note: "ours with the slots filled by the most liked of the similar films",
    ratings: true,
    options: { blend: { slotsByLikes: true } },
  },
  {
    method: "viewer damping 0.5",
    note: "ours with each viewer's co-likes weighted likes^-0.5",
    ratings: true,
    options: { viewerDamping: 0.5 },
  },
  {
    method: "vectors only",
    note: "cosine of the blended vectors + prior, no co-like lists",
    ratings: true,
    options: { vectorsOnly: true },
  },
  {
    method: "content vectors",
    note: "TF-IDF + SVD 32 dims, no ratings at all",
    ratings: false,
    options: {},
  },
  {
    method: "co-liked vectors",
    note: "vectors with co-liked share 1.0, no co-like lists",
    ratings: true,
    options: { vectorsOnly: true, colikeWeight: 1 },
  },
  {
    method: "vectors blend 0.7",
    note: "co-liked share 0.7, no co-like lists",
    ratings: true,
    options: { vectorsOnly: true, colikeWeight: 0.7 },
  },
  {
    method: "vectors 24+8 dims",
    note: "content 24 + co-liked 8, no co-like lists",
    ratings: true,
    options: { vectorsOnly: true, contentDims: 24, colikeDims: 8 },
  },
];

const { values } = parseArgs({
  options: {
    input: { type: "string", default: SHARED_DATA },
    out: { type: "string", default: "evaluation/results.json" },
    "test-ratings": { type: "string" },
    /** Only the baselines and ours (no variants): for a quick run on other viewers. */
    quick: { type: "boolean", default: false },
  },
});

const started = performance.now();
const source = await readSource("kaggle", values.input, silentEffects);
const films = clean(source).films;
// The side files (keywords, credits, links, ratings) join the kept films, as in the build.
const joined = source.join ? await source.join(films, silentEffects) : null;
const all = joined?.ratings ? ratingsFromColumns(joined.ratings) : null;
if (!all?.length) {
  console.error(
    `${values.input} has no ratings joined to films: expected links.csv and ratings_small.csv`,
  );
  process.exit(1);
}
let train = all;
let test = all;
let split: Record<string, unknown>;
if (values["test-ratings"]) {
  const external = await readRatingsCsv(values["test-ratings"], join(values.input!, "links.csv"));
  test = external.ratings;
  split = {
    kind: "external",
    file: values["test-ratings"],
    unlinkedRatings: external.unlinked,
    unreadableRatings: external.unreadable,
  };
} else {
  const { train: trainUsers, test: testUsers } = splitViewers(new Set(all.map((r) => r.user)));
  train = all.filter((r) => trainUsers.has(r.user));
  test = all.filter((r) => testUsers.has(r.user));
  split = {
    kind: "viewers",
    trainViewers: trainUsers.size,
    testViewers: testUsers.size,
    testShare: 0.25,
    seed: 1,
  };
}
const testUsers = new Set(test.map((r) => r.user));
if ([...new Set(train.map((r) => r.user))].some((u) => testUsers.has(u))) {
  console.error("a test viewer is also a train viewer: the evaluation would see its own test data");
  process.exit(1);
}

const results: MethodResult[] = [];
const notes: Record<string, string> = {};
let liked: Map<number, Set<number>> | null = null;
for (const variant of values.quick ? VARIANTS.slice(0, 1) : VARIANTS) {
  const recommender = buildRecommender(films, variant.ratings ? train : null, variant.options);
  const { catalog } = recommender;
  if (!liked) {
    const toRows = (rs: typeof all): ViewerRating[] =>
      rs.flatMap((r) => {
        const row = catalog.rowOfId.get(r.film);
        return row === undefined ? [] : [{ user: r.user, row, rating: r.rating }];
      });
    liked = likedRows(toRows(test), testUsers);
    const likes = new Float64Array(catalog.size);
    for (const r of toRows(train)) if (r.rating >= 4) likes[r.row]++;
    const prior = recommender.bias!;
    const byLikes = Int32Array.from(
      Array.from(likes.keys()).sort((a, b) => likes[b] - likes[a] || prior[b] - prior[a] || a - b),
    );
    const topBut = (order: Int32Array) => (row: number) =>
      Array.from(order.subarray(0, K + 1))
        .filter((r) => r !== row)
        .slice(0, K);
    results.push(evaluate("most popular", topBut(byLikes), liked, catalog));
    notes["most popular"] = "most liked by train viewers";
    results.push(evaluate("top rated", topBut(popularRows(prior)), liked, catalog));
    notes["top rated"] = "IMDB weighted rating (the prior alone)";
    results.push(evaluate("original", (row) => recommendOriginal(catalog, row, K), liked, catalog));
    notes.original = "one-hot genres + vote average kNN, genre overlap, title bonus";
  }
  const rows = (row: number) => recommend(recommender, [row], { k: K }).map((r) => r.row);
  results.push(evaluate(variant.method, rows, liked, catalog));
  notes[variant.method] = variant.note;
  console.error(
    `evaluated ${variant.method} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const table = results.map((r) => ({
  method: r.method,
  "HitRate@10": pct(r.hitRate),
  "Precision@10": pct(r.precision),
  "nDCG@10": pct(r.ndcg),
  coverage: pct(r.coverage),
  diversity: r.diversity.toFixed(3),
  queries: r.queries,
}));
console.table(table);

const by = (m: string) => results.find((r) => r.method === m)!;
const ours = by("ours");
const targets = {
  beatsPopularHitRate: ours.hitRate > by("most popular").hitRate,
  beatsPopularPrecision: ours.precision > by("most popular").precision,
  twiceOriginalHitRate: ours.hitRate >= 2 * by("original").hitRate,
  coverageAtLeast25: ours.coverage >= 0.25,
};
console.log(JSON.stringify(targets));
const document = {
  schemaVersion: 1,
  protocol: { liked: 4, k: K, split, catalogue: films.length, testViewers: by("ours").viewers },
  methods: results.map((r) => ({ ...r, note: notes[r.method] })),
  targets,
};
await mkdir(dirname(values.out!), { recursive: true });
await writeFile(values.out!, JSON.stringify(document, null, 2) + "\n");
console.error(`wrote ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
