// `npm run eval -- [--input DIR] [--out FILE] [--folds N] [--test-from ID] [--test-ratings FILE]
// [--quick]`: the recommendation evaluation. Viewers (not ratings) are held out: the input's viewers
// are cut into N folds (default 4) and each fold in turn is the test while the others train the
// vectors and co-likes, so every viewer is tested once and no list is built from its own test data.
// Every film a test viewer liked is a query scored against that viewer's other likes. With
// --test-from ID the input's viewers from ID on are the one test (a block of later viewers, as the
// withheld ones are); with --test-ratings, every viewer of the input trains (the shipped build) and
// the viewers of that file (e.g. withheld users 471–671) are the test. For every method and split it
// reports HitRate@10, Precision@10, coverage and top share, the same for its films-alike list, and
// whether sequels still find each other; prints tables and writes them as JSON for the page.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { readSource } from "../build-data/build.ts";
import { clean } from "../build-data/etl/clean.ts";
import { ratingsFromColumns, silentEffects } from "../build-data/etl/types.ts";
import type { Rating } from "../build-data/etl/types.ts";
import { similarCount } from "../build-data/features/neighbors.ts";
import {
  vectorRecommender,
  withNeighbors,
  type FeatureRecommender,
} from "../build-data/features/recommender-assets.ts";
import { similarInput, similarLists } from "../build-data/features/similar-lists.ts";
import { methodLabel, OURS } from "../src/i18n/evaluation-methods.ts";
import { sequelCheck, type SequelCheck } from "../src/lib/evaluation/collections.ts";
import {
  evaluate,
  likedRows,
  pooled,
  viewerFolds,
  type MethodResult,
  type ViewerRating,
} from "../src/lib/evaluation/protocol.ts";
import {
  RESULTS_VERSION,
  targetsOf,
  type EvaluationResults,
  type MethodEntry,
  type SplitResults,
} from "../src/lib/evaluation/results.ts";
import { catalogFromFilms } from "../src/lib/catalog.ts";
import { recommendOriginal } from "../src/lib/original-method.ts";
import { popularRows, weightedRatings } from "../src/lib/popularity.ts";
import { recommend } from "../src/lib/recommend.ts";
import { SHARED_DATA } from "./lib/shared-data.ts";
import { profileFold, reportProfiles, timedLikes } from "./lib/eval-profiles.ts";
import { VARIANTS, type Variant } from "./lib/eval-variants.ts";
import { readRatingsCsv } from "./lib/ratings-csv.ts";

const K = 10;

export const USAGE = `usage: npm run eval -- [--input DIR] [--out FILE] [--folds N] [--test-from ID] [--test-ratings FILE] [--quick] [--only IDS]

Evaluates the recommendations on MovieLens viewers the lists were not built from: the input's
viewers are cut into folds, and each fold in turn is tested on lists built from the others. A
viewer likes a film rated 4 or more; each liked film is a query scored against the viewer's other
likes. Prints tables and writes them as JSON for the evaluation page.

  --input DIR          The Movies Dataset folder with links.csv and ratings_small.csv
                       (default ${SHARED_DATA})
  --out FILE           where the results go (default evaluation/results.json)
  --folds N            cross-validation folds over the input's viewers (default 4)
  --test-from ID       the input's viewers from this id on are the test; the others train
  --test-ratings FILE  test on this file's viewers instead, every input viewer training
  --quick              only the baselines and ours, no variants
  --only IDS           only the baselines and these variants (comma-separated ids)
  -h, --help           this text`;

let parsed;
try {
  parsed = parseArgs({
    options: {
      input: { type: "string", default: SHARED_DATA },
      out: { type: "string", default: "evaluation/results.json" },
      "test-ratings": { type: "string" },
      /** The input's viewers with this id or above are the test; the others train. */
      "test-from": { type: "string" },
      /** Only the baselines and ours (no variants): for a quick run. */
      quick: { type: "boolean", default: false },
      /** Only the baselines and these variants (comma-separated ids). */
      only: { type: "string" },
      /** Cross-validation folds over the input's viewers (ignored with --test-ratings, --test-from). */
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
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
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
/** One train/test split of the viewers: the folds of a cross-validation, or one test. */
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
} else if (values["test-from"]) {
  const from = Number(values["test-from"]);
  if (!Number.isInteger(from)) {
    console.error(`--test-from must be a viewer id (an integer), got "${values["test-from"]}"`);
    process.exit(1);
  }
  splits = [{ train: all.filter((r) => r.user < from), test: all.filter((r) => r.user >= from) }];
  split = { kind: "later viewers", from };
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
const vectorKey = (v: Variant) => {
  const { contentDims, colikeDims, colikeWeight, seed } = v.options;
  return JSON.stringify([v.ratings, contentDims, colikeDims, colikeWeight, seed]);
};

const only = values.only?.split(",");
const variants = values.quick
  ? VARIANTS.slice(0, 1)
  : only
    ? VARIANTS.filter((v) => only.includes(v.id))
    : VARIANTS;
if (only && variants.length !== only.length) {
  console.error(
    `--only names unknown variants: expected some of ${VARIANTS.map((v) => v.id).join(", ")}`,
  );
  process.exit(1);
}
// The catalogue and prior are the same under every variant's vectors.
const catalog = catalogFromFilms(films);
const prior = weightedRatings(catalog);
const results: SplitResults[] = [];
const profileBySplit: ReturnType<typeof profileFold>[] = [];
for (const [index, { train, test }] of splits.entries()) {
  const testUsers = new Set(test.map((r) => r.user));
  const trainUsers = new Set(train.map((r) => r.user));
  if ([...trainUsers].some((u) => testUsers.has(u))) {
    console.error(
      "a test viewer is also a train viewer: the evaluation would see its own test data",
    );
    process.exit(1);
  }
  const vectors = new Map<string, { recommender: FeatureRecommender; alike: MethodResult }>();
  const toRows = (rs: Rating[]): ViewerRating[] =>
    rs.flatMap((r) => {
      const row = catalog.rowOfId.get(r.film);
      return row === undefined ? [] : [{ user: r.user, row, rating: r.rating }];
    });
  const vectorsOf = (variant: Variant) => {
    const key = vectorKey(variant);
    if (!vectors.has(key)) {
      const recommender = vectorRecommender(films, variant.ratings ? train : null, variant.options);
      // The films-alike list: the content vectors' nearest films, as the site's shards hold them.
      const { content } = recommender;
      const k = similarCount(K);
      const similar = similarLists(similarInput(content, k, 1000));
      const twins = (row: number) =>
        new Set(content.sameFilm.get(`${catalog.title[row]}\u0000${catalog.releaseYear[row]}`));
      const alikeRows = (row: number) => {
        const skip = twins(row);
        return Array.from(similar.subarray(row * k, (row + 1) * k))
          .filter((r) => r >= 0 && r !== row && !skip.has(r))
          .slice(0, K);
      };
      vectors.set(key, { recommender, alike: evaluate(variant.id, alikeRows, liked, catalog) });
    }
    return vectors.get(key)!;
  };
  const liked = likedRows(toRows(test), testUsers);
  const likes = new Float64Array(catalog.size);
  for (const r of toRows(train)) if (r.rating >= 4) likes[r.row]++;
  const byLikes = Int32Array.from(
    Array.from(likes.keys()).sort((a, b) => likes[b] - likes[a] || prior[b] - prior[a] || a - b),
  );
  const topBut = (order: Int32Array) => (row: number) =>
    Array.from(order.subarray(0, K + 1))
      .filter((r) => r !== row)
      .slice(0, K);
  const methods: MethodEntry[] = [
    evaluate("most popular", topBut(byLikes), liked, catalog),
    evaluate("top rated", topBut(popularRows(prior)), liked, catalog),
    evaluate("original", (row) => recommendOriginal(catalog, row, K), liked, catalog),
  ];
  let sequels: SequelCheck | null = null;
  for (const variant of variants) {
    const ratings = variant.ratings ? train : null;
    const { recommender: base, alike } = vectorsOf(variant);
    const recommender = withNeighbors(base, ratings, variant.options);
    const rows = (row: number) => recommend(recommender, [row], { k: K }).map((r) => r.row);
    methods.push({ ...evaluate(variant.id, rows, liked, catalog), alike });
    if (variant.id === OURS) {
      sequels = sequelCheck(catalog, rows);
      profileBySplit.push(
        profileFold(
          recommender,
          timedLikes(testColumns, testUsers, catalog.rowOfId),
          byLikes,
          train,
        ),
      );
    }
  }
  const by = (id: string) => methods.find((m) => m.method === id)!;
  results.push({
    testViewers: testUsers.size,
    trainViewers: trainUsers.size,
    methods,
    sequels: sequels!,
    targets: targetsOf(by(OURS), by("most popular"), sequels),
  });
  console.error(
    `evaluated ${splits.length > 1 ? `fold ${index + 1} of ${splits.length}` : "the test viewers"} (${seconds()} s)`,
  );
}

const pooledMethods: MethodEntry[] = results[0].methods.map((m) => {
  const each = results.map((f) => f.methods.find((x) => x.method === m.method)!);
  const alike = each.every((x) => x.alike) ? pooled(each.map((x) => x.alike!)) : undefined;
  return { ...pooled(each), ...(alike ? { alike } : {}) };
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (m: MethodResult) => ({
  "HitRate@10": pct(m.hitRate),
  "Precision@10": pct(m.precision),
  coverage: pct(m.coverage),
  "top share": `${pct(m.topShare)} (${m.topFilm ?? "-"})`,
});
const name = (id: string) => methodLabel(id, "en").name;
console.log("The first list (what the film page shows first):");
console.table(
  pooledMethods.map((m) => ({ method: name(m.method), ...row(m), queries: m.queries })),
);
console.log("The films-alike list (content), by the vectors it is drawn from:");
console.table(
  pooledMethods.filter((m) => m.alike).map((m) => ({ method: name(m.method), ...row(m.alike!) })),
);
if (results.length > 1) {
  console.log("Split by split (ours, then the most popular):");
  console.table(
    results.map((f, i) => {
      const m = (id: string) => f.methods.find((x) => x.method === id)!;
      return {
        split: i + 1,
        "test viewers": f.testViewers,
        ...row(m(OURS)),
        "popular HitRate@10": pct(m("most popular").hitRate),
        "popular Precision@10": pct(m("most popular").precision),
      };
    }),
  );
}
for (const [i, f] of results.entries()) {
  const missing = f.sequels.missing.length ? `; none for ${f.sequels.missing.join(", ")}` : "";
  console.log(
    `split ${i + 1}: ${f.sequels.listing} of the ${f.sequels.films} most-voted collection films list a collection-mate${missing}`,
  );
}

const by = (id: string) => pooledMethods.find((m) => m.method === id)!;
const targets = {
  ...targetsOf(by(OURS), by("most popular"), results[0].sequels),
  sequels: results.every((f) => f.targets.sequels),
};
console.log(JSON.stringify(targets));
const profiles = reportProfiles(profileBySplit);
const document: EvaluationResults = {
  schemaVersion: RESULTS_VERSION,
  protocol: {
    liked: 4,
    k: K,
    split,
    catalogue: films.length,
    testViewers: by(OURS).viewers,
  },
  methods: pooledMethods,
  targets,
  splits: results,
  profiles,
};
await mkdir(dirname(values.out!), { recursive: true });
await writeFile(values.out!, JSON.stringify(document, null, 2) + "\n");
console.error(`wrote ${values.out} in ${seconds()} s`);
