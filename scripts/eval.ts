// `npm run eval -- [--input DIR] [--out FILE] [--folds N] [--test-ratings FILE] [--quick]`: the
// recommendation evaluation. Viewers (not ratings) are held out: the input's viewers are cut into N
// folds (default 4) and each fold in turn is the test while the others train the vectors and co-likes,
// so every viewer is tested once and no list is built from its own test data. Every film a test viewer
// liked is a query scored against that viewer's other likes; results are pooled over all folds' queries
// and also printed fold by fold. Prints one table and writes it as JSON for the evaluation page. With
// --test-ratings, every viewer of the input trains (the shipped build) and the viewers of that file
// (e.g. withheld users 471–671) are the test.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { readSource } from "../build-data/build.ts";
import { clean } from "../build-data/etl/clean.ts";
import { ratingsFromColumns, silentEffects } from "../build-data/etl/types.ts";
import type { Rating } from "../build-data/etl/types.ts";
import {
  vectorRecommender,
  withNeighbors,
  type RecommenderAssetOptions,
} from "../build-data/features/recommender-assets.ts";
import {
  evaluate,
  likedRows,
  pooled,
  viewerFolds,
  type MethodResult,
  type ViewerRating,
} from "../src/lib/evaluation/protocol.ts";
import { targetsOf } from "../src/lib/evaluation/results.ts";
import { recommendOriginal } from "../src/lib/original-method.ts";
import { popularRows } from "../src/lib/popularity.ts";
import { recommend, type Recommender } from "../src/lib/recommend.ts";
import { SHARED_DATA } from "./lib/shared-data.ts";
import { readRatingsCsv } from "./lib/ratings-csv.ts";
import { profileFold, reportProfiles, timedLikes } from "./lib/eval-profiles.ts";

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
    note: "co-liked lists (co-likes + 30 pseudo-viewers of query-weighted popularity), nearest collection film first, 3·3/(3+likes per 1,000 viewers) similarity slots; vectors: content 32 + co-liked 16 dims",
    ratings: true,
    options: {},
  },
  {
    method: "previous defaults",
    note: "co-likes × likes^0.5 + 30 pseudo-viewers of plain popularity, 3·1/(1+likes) similarity slots (the lists before this tuning)",
    ratings: true,
    options: { blend: { prior: "viewers", likesExponent: -0.5, confidence: 2.84 } },
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
    method: "plain popularity prior",
    note: "ours shrinking toward the share of viewers who liked the film (every viewer alike)",
    ratings: true,
    options: { blend: { prior: "viewers" } },
  },
  {
    method: "popularity 10",
    note: "ours with 10 pseudo-viewers of popularity",
    ratings: true,
    options: { blend: { popularity: 10 } },
  },
  {
    method: "popularity 100",
    note: "ours with 100 pseudo-viewers of popularity",
    ratings: true,
    options: { blend: { popularity: 100 } },
  },
  {
    method: "likes^0.5",
    note: "ours with co-likes × likes^0.5",
    ratings: true,
    options: { blend: { likesExponent: -0.5 } },
  },
  {
    method: "2 similarity slots",
    note: "ours with 2·3/(3+share) similarity slots",
    ratings: true,
    options: { blend: { similarSlots: 2 } },
  },
  {
    method: "5 similarity slots",
    note: "ours with 5·3/(3+share) similarity slots",
    ratings: true,
    options: { blend: { similarSlots: 5 } },
  },
  {
    method: "faster slot decay",
    note: "ours with 3·1.5/(1.5+share) similarity slots",
    ratings: true,
    options: { blend: { confidence: 1.5 } },
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
    method: "vectors 24+8 dims",
    note: "content 24 + co-liked 8, no co-like lists",
    ratings: true,
    options: { vectorsOnly: true, contentDims: 24, colikeDims: 8 },
  },
];

export const USAGE = `usage: npm run eval -- [--input DIR] [--out FILE] [--folds N] [--test-ratings FILE] [--quick]

Evaluates the recommendations on MovieLens viewers the lists were not built from: the input's
viewers are cut into folds, and each fold in turn is tested on lists built from the others. A
viewer likes a film rated 4 or more; each liked film is a query scored against the viewer's other
likes. Prints a table and writes it as JSON for the evaluation page.

  --input DIR          The Movies Dataset folder with links.csv and ratings_small.csv
                       (default ${SHARED_DATA})
  --out FILE           where the results go (default evaluation/results.json)
  --folds N            cross-validation folds over the input's viewers (default 4)
  --test-ratings FILE  test on this file's viewers instead, every input viewer training
  --quick              only the baselines and ours, no variants
  -h, --help           this text`;

let parsed;
try {
  parsed = parseArgs({
    options: {
      input: { type: "string", default: SHARED_DATA },
      out: { type: "string", default: "evaluation/results.json" },
      "test-ratings": { type: "string" },
      /** Only the baselines and ours (no variants): for a quick run on other viewers. */
      quick: { type: "boolean", default: false },
      /** Cross-validation folds over the input's viewers (ignored with --test-ratings). */
      folds: { type: "string", default: "4" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

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
/** One train/test split of the viewers: the folds of a cross-validation, or the external test. */
interface Split {
  train: Rating[];
  test: Rating[];
}
let splits: Split[];
let split: Record<string, unknown>;
/** The test viewers' ratings with their timestamps (the lists "for you" hold out the latest like). */
let testColumns = joined!.ratings!;
if (values["test-ratings"]) {
  const external = await readRatingsCsv(values["test-ratings"], join(values.input!, "links.csv"));
  splits = [{ train: all, test: external.ratings }];
  testColumns = external.columns;
  split = {
    kind: "external",
    file: values["test-ratings"],
    unlinkedRatings: external.unlinked,
    unreadableRatings: external.unreadable,
  };
} else {
  const folds = Number(values.folds);
  const groups = viewerFolds(new Set(all.map((r) => r.user)), folds);
  splits = groups.map((test) => ({
    train: all.filter((r) => !test.has(r.user)),
    test: all.filter((r) => test.has(r.user)),
  }));
  split = { kind: "viewer folds", folds, seed: 1 };
}

/** The part of a variant's options that shapes the vectors (variants that share it share vectors). */
const vectorKey = (v: (typeof VARIANTS)[number]) => {
  const { contentDims, colikeDims, colikeWeight, seed } = v.options;
  return JSON.stringify([v.ratings, contentDims, colikeDims, colikeWeight, seed]);
};

const variants = values.quick ? VARIANTS.slice(0, 1) : VARIANTS;
const byFold: { testViewers: number; trainViewers: number; methods: MethodResult[] }[] = [];
const profileByFold: ReturnType<typeof profileFold>[] = [];
const notes: Record<string, string> = {
  "most popular": "most liked by train viewers",
  "top rated": "IMDB weighted rating (the prior alone)",
  original: "one-hot genres + vote average kNN, genre overlap, title bonus",
};
for (const [fold, { train, test }] of splits.entries()) {
  const testUsers = new Set(test.map((r) => r.user));
  const trainUsers = new Set(train.map((r) => r.user));
  if ([...trainUsers].some((u) => testUsers.has(u))) {
    console.error(
      "a test viewer is also a train viewer: the evaluation would see its own test data",
    );
    process.exit(1);
  }
  const vectors = new Map<string, Recommender>();
  const vectorsOf = (variant: (typeof VARIANTS)[number]) => {
    const key = vectorKey(variant);
    if (!vectors.has(key))
      vectors.set(key, vectorRecommender(films, variant.ratings ? train : null, variant.options));
    return vectors.get(key)!;
  };
  // The catalogue and prior are the same under every variant's vectors.
  const { catalog, bias: prior } = vectorsOf(variants[0]);
  const toRows = (rs: Rating[]): ViewerRating[] =>
    rs.flatMap((r) => {
      const row = catalog.rowOfId.get(r.film);
      return row === undefined ? [] : [{ user: r.user, row, rating: r.rating }];
    });
  const liked = likedRows(toRows(test), testUsers);
  const likes = new Float64Array(catalog.size);
  for (const r of toRows(train)) if (r.rating >= 4) likes[r.row]++;
  const byLikes = Int32Array.from(
    Array.from(likes.keys()).sort((a, b) => likes[b] - likes[a] || prior![b] - prior![a] || a - b),
  );
  const topBut = (order: Int32Array) => (row: number) =>
    Array.from(order.subarray(0, K + 1))
      .filter((r) => r !== row)
      .slice(0, K);
  const methods: MethodResult[] = [
    evaluate("most popular", topBut(byLikes), liked, catalog),
    evaluate("top rated", topBut(popularRows(prior!)), liked, catalog),
    evaluate("original", (row) => recommendOriginal(catalog, row, K), liked, catalog),
  ];
  for (const variant of variants) {
    const ratings = variant.ratings ? train : null;
    const recommender = withNeighbors(vectorsOf(variant), ratings, variant.options);
    const rows = (row: number) => recommend(recommender, [row], { k: K }).map((r) => r.row);
    methods.push(evaluate(variant.method, rows, liked, catalog));
    notes[variant.method] = variant.note;
    if (variant === variants[0])
      profileByFold.push(
        profileFold(
          recommender,
          timedLikes(testColumns, testUsers, catalog.rowOfId),
          byLikes,
          train,
        ),
      );
  }
  byFold.push({ testViewers: testUsers.size, trainViewers: trainUsers.size, methods });
  console.error(
    `evaluated ${splits.length > 1 ? `fold ${fold + 1} of ${splits.length}` : "the test viewers"} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
const results = byFold[0].methods.map((m) =>
  pooled(byFold.map((f) => f.methods.find((x) => x.method === m.method)!)),
);

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

/** The methods kept per fold in the JSON: the targets' comparisons, fold by fold. */
const FOLD_METHODS = ["most popular", "original", "ours"];
if (byFold.length > 1) {
  console.log("fold by fold (ours vs most popular):");
  console.table(
    byFold.map((f, i) => {
      const m = (name: string) => f.methods.find((x) => x.method === name)!;
      return {
        fold: i + 1,
        "test viewers": f.testViewers,
        "HitRate@10": `${pct(m("ours").hitRate)} vs ${pct(m("most popular").hitRate)}`,
        "Precision@10": `${pct(m("ours").precision)} vs ${pct(m("most popular").precision)}`,
        coverage: pct(m("ours").coverage),
      };
    }),
  );
}

const targets = targetsOf(results);
console.log(JSON.stringify(targets));
const profiles = reportProfiles(profileByFold);
const document = {
  schemaVersion: 1,
  protocol: {
    liked: 4,
    k: K,
    split,
    catalogue: films.length,
    testViewers: results.find((r) => r.method === "ours")!.viewers,
  },
  methods: results.map((r) => ({ ...r, note: notes[r.method] })),
  targets,
  folds: byFold.map((f) => ({
    testViewers: f.testViewers,
    trainViewers: f.trainViewers,
    methods: f.methods.filter((m) => FOLD_METHODS.includes(m.method)),
  })),
  profiles,
};
await mkdir(dirname(values.out!), { recursive: true });
await writeFile(values.out!, JSON.stringify(document, null, 2) + "\n");
console.error(`wrote ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
