// The evaluation's section on lists "for you" (npm run eval): on each fold, every test viewer's
// latest like is held out and the likes before it are the profile. The list is the site's own: the
// liked films' lists as the `lists` shards ship them (build-data/shards/list-shards.ts), merged by
// src/lib/profile.ts. Most-popular (the train viewers' most liked films, the profile's own left out)
// is the baseline. Target: a hit rate at least 1.5 times most-popular's, coverage at least 4%.
import type { Rating, RatingColumns } from "../../build-data/etl/types.ts";
import { listRecord } from "../../build-data/shards/list-shards.ts";
import {
  coLikeCounts,
  coLikesOf,
  LIKED_RATING,
  type CoLikes,
} from "../../build-data/features/colike.ts";
import {
  evaluateProfiles,
  heldOutProfiles,
  pooledProfiles,
  popularBut,
  type ProfileResult,
  type TimedLike,
} from "../../src/lib/evaluation/profiles.ts";
import { PROFILE_RECENCY, profileRecommendations, type LikedList } from "../../src/lib/profile.ts";
import type { Recommender } from "../../src/lib/recommend.ts";
import type { ListEntry } from "../../src/lib/shards/families.ts";

/** The targets of issue 15 for the lists "for you". */
export const PROFILE_TARGETS = { timesPopular: 1.5, coverage: 0.04 };

/** The likes (rating >= 4) of `users` among `ratings`, on catalogue rows, with their time. */
export function timedLikes(
  ratings: RatingColumns,
  users: ReadonlySet<number>,
  rowOfId: ReadonlyMap<number, number>,
): TimedLike[] {
  const out: TimedLike[] = [];
  for (let i = 0; i < ratings.user.length; i++) {
    if (ratings.rating[i] < LIKED_RATING || !users.has(ratings.user[i])) continue;
    const row = rowOfId.get(ratings.film[i]);
    if (row !== undefined) out.push({ user: ratings.user[i], row, time: ratings.time[i] });
  }
  return out;
}

/** Shrinkage of the item–item cosine of the comparison lists (a few viewers' worth). */
const COSINE_SHRINK = 5;

/**
 * For comparison only (not what the site ships): a film's 12 films by plain item–item cosine over
 * the train viewers' likes, co / (sqrt(likes_a · likes_b) + shrink), as issue 15 measures it.
 */
function cosineList(co: CoLikes, row: number, counts: Float64Array, touched: Int32Array) {
  const n = coLikesOf(co, row, counts, touched);
  const scored: { row: number; score: number }[] = [];
  for (let i = 0; i < n; i++) {
    const j = touched[i];
    const score = counts[j] / (Math.sqrt(co.likes[row] * co.likes[j]) + COSINE_SHRINK);
    scored.push({ row: j, score });
    counts[j] = 0;
  }
  return scored.sort((a, b) => b.score - a.score || a.row - b.row).slice(0, 12);
}

/**
 * The profile list over per-film lists that `listOf` makes, on rows; the merge sees the films by
 * `idOf` (TMDB ids for the shipped lists, so ties break as on the site).
 */
function profileOver(
  listOf: (row: number) => { row: number; score: number }[],
  idOf: (row: number) => number,
  rowOf: (id: number) => number,
  k: number,
) {
  // Each liked film's list is made once, whatever the weighting the merge is asked for.
  const lists = new Map<number, LikedList>();
  return (profile: readonly number[], recency?: number) => {
    const ids = profile.map((row) => {
      const id = idOf(row);
      if (!lists.has(id))
        lists.set(id, {
          id,
          title: String(id),
          items: listOf(row).map((e) => ({ id: idOf(e.row), score: e.score, reasons: [] })),
        });
      return id;
    });
    return profileRecommendations(ids, lists, { k, recency }).map((r) => rowOf(r.entry.id));
  };
}

/**
 * One fold: the lists "for you" of `recommender` (the build's lists, as the shards ship them:
 * scores to 4 decimals) and most-popular (`byLikes`, rows by train likes, most first) on the test
 * viewers' held-out likes; and, for comparison, the same merge over item–item cosine lists of the
 * `train` ratings.
 */
export function profileFold(
  recommender: Recommender,
  likes: readonly TimedLike[],
  byLikes: ArrayLike<number>,
  train: readonly Rating[],
  k = 10,
): ProfileResult[] {
  const { catalog } = recommender;
  const cases = heldOutProfiles(likes);
  const idOf = (row: number) => catalog.id[row];
  const rowOf = (id: number) => catalog.rowOfId.get(id)!;
  const shipped = (row: number) =>
    listRecord(recommender, row, null).items.map((e: ListEntry) => ({
      row: rowOf(e.id),
      score: e.score,
    }));
  const co = coLikeCounts(catalog.rowOfId, catalog.size, train);
  const counts = new Float64Array(catalog.size);
  const touched = new Int32Array(catalog.size);
  const cosine = (row: number) => cosineList(co, row, counts, touched);
  const same = (x: number) => x;
  const forYou = profileOver(shipped, idOf, rowOf, k);
  return [
    evaluateProfiles("most popular", cases, (p) => popularBut(byLikes, p, k), catalog.size, k),
    evaluateProfiles("for you", cases, (p) => forYou(p), catalog.size, k),
    evaluateProfiles(
      "for you over item-item cosine lists (comparison, not shipped)",
      cases,
      profileOver(cosine, same, same, k),
      catalog.size,
      k,
    ),
    evaluateProfiles(
      "for you, every like weighing the same (comparison, not shipped)",
      cases,
      (p) => forYou(p, 1),
      catalog.size,
      k,
    ),
  ];
}

/** Prints the section (pooled, and fold by fold) and returns it for evaluation/results.json. */
export function reportProfiles(folds: readonly ProfileResult[][]) {
  const pooled = folds[0].map((_, i) => pooledProfiles(folds.map((f) => f[i])));
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const [popular, forYou, cosine, alike] = pooled;
  const times = popular.hitRate > 0 ? forYou.hitRate / popular.hitRate : Infinity;
  const targets = {
    timesPopular: times,
    hitRateAtLeast15TimesPopular: times >= PROFILE_TARGETS.timesPopular,
    coverageAtLeast4: forYou.coverage >= PROFILE_TARGETS.coverage,
  };
  console.log(
    "\nfor you: each test viewer's latest like held out, the up to 20 likes before it the profile",
  );
  console.table(
    pooled.map((r) => ({
      method: r.method,
      "HitRate@10": pct(r.hitRate),
      coverage: pct(r.coverage),
      viewers: r.viewers,
      "mean profile": r.meanProfile.toFixed(1),
    })),
  );
  if (folds.length > 1)
    console.table(
      folds.map((f, i) => ({
        fold: i + 1,
        "HitRate@10": `${pct(f[1].hitRate)} vs ${pct(f[0].hitRate)}`,
        coverage: pct(f[1].coverage),
        viewers: f[1].viewers,
      })),
    );
  console.log(
    `for you: HitRate@10 ${times.toFixed(2)}× most popular's (target ≥ ${PROFILE_TARGETS.timesPopular}×): ` +
      `${targets.hitRateAtLeast15TimesPopular ? "met" : "MISSED"}; coverage ${pct(forYou.coverage)} (target ≥ 4%): ` +
      `${targets.coverageAtLeast4 ? "met" : "MISSED"}`,
  );
  if (cosine)
    console.log(
      `for you over item-item cosine lists (not shipped): HitRate@10 ${(cosine.hitRate / popular.hitRate).toFixed(2)}× most popular's, coverage ${pct(cosine.coverage)}`,
    );
  if (alike)
    console.log(
      `for you with every like weighing the same (not shipped): HitRate@10 ${(alike.hitRate / popular.hitRate).toFixed(2)}× most popular's, coverage ${pct(alike.coverage)}`,
    );
  return {
    protocol: { heldOut: "latest like", profile: 20, k: 10, recency: PROFILE_RECENCY },
    methods: pooled,
    folds,
    targets,
  };
}
