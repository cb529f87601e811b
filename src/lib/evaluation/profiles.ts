// The evaluation of lists "for you": each test viewer's latest like (by timestamp) is held out and
// the likes before it (up to 20, as the site uses) are the profile; a list hits when it holds the
// held-out film. Pure: the protocol and its metrics, on catalogue rows.
import { PROFILE_LIKES } from "../profile.ts";
import { coverage, hitAt } from "./metrics.ts";

/** A viewer's like of a catalogue row, and when. */
export interface TimedLike {
  user: number;
  row: number;
  /** Seconds since 1970; ties are broken by row, so the split never depends on input order. */
  time: number;
}

/** One test case: a viewer's profile (oldest first) and the like held out after it. */
export interface HeldOutProfile {
  user: number;
  profile: number[];
  heldOut: number;
}

/** What a method scored on the held-out likes. */
export interface ProfileResult {
  method: string;
  /** Viewers tested (those with at least two likes). */
  viewers: number;
  /** Share of viewers whose top k holds their held-out like. */
  hitRate: number;
  /** Distinct films in all the top-k lists, over the catalogue. */
  coverage: number;
  /** Mean length of the profiles. */
  meanProfile: number;
}

/**
 * Each viewer's latest like held out, the up to `length` likes before it as the profile; viewers
 * with fewer than two likes are left out. A film liked twice counts at its first like. Viewers in
 * ascending id order.
 */
export function heldOutProfiles(
  likes: readonly TimedLike[],
  length = PROFILE_LIKES,
): HeldOutProfile[] {
  const byUser = new Map<number, TimedLike[]>();
  for (const like of likes) {
    const list = byUser.get(like.user);
    if (list) list.push(like);
    else byUser.set(like.user, [like]);
  }
  const out: HeldOutProfile[] = [];
  for (const user of [...byUser.keys()].sort((a, b) => a - b)) {
    const sorted = byUser.get(user)!.sort((a, b) => a.time - b.time || a.row - b.row);
    const rows = [...new Set(sorted.map((l) => l.row))];
    if (rows.length < 2) continue;
    out.push({ user, profile: rows.slice(-length - 1, -1), heldOut: rows[rows.length - 1] });
  }
  return out;
}

/** Scores `listFor` (the top-k rows for a profile, no profile row among them) on every case. */
export function evaluateProfiles(
  method: string,
  cases: readonly HeldOutProfile[],
  listFor: (profile: readonly number[]) => ArrayLike<number>,
  catalogueSize: number,
  k = 10,
): ProfileResult {
  let hits = 0;
  let lengths = 0;
  const lists: ArrayLike<number>[] = [];
  for (const c of cases) {
    const list = listFor(c.profile);
    lists.push(Array.prototype.slice.call(list, 0, k) as number[]);
    hits += hitAt(list, new Set([c.heldOut]), k);
    lengths += c.profile.length;
  }
  const n = cases.length;
  return {
    method,
    viewers: n,
    hitRate: n ? hits / n : 0,
    coverage: coverage(lists, catalogueSize),
    meanProfile: n ? lengths / n : 0,
  };
}

/** The `k` first rows of `order` (most popular first) that are not in the profile. */
export function popularBut(order: ArrayLike<number>, profile: readonly number[], k = 10): number[] {
  const skip = new Set(profile);
  const out: number[] = [];
  for (let i = 0; i < order.length && out.length < k; i++)
    if (!skip.has(order[i])) out.push(order[i]);
  return out;
}

/**
 * Results of several folds as one: hit rate over every viewer of every fold, coverage (a property
 * of a fold's lists) averaged over the folds.
 */
export function pooledProfiles(results: readonly ProfileResult[]): ProfileResult {
  if (results.length === 0) throw new RangeError("pooledProfiles() needs at least one result");
  const viewers = results.reduce((s, r) => s + r.viewers, 0);
  const perViewer = (key: "hitRate" | "meanProfile") =>
    viewers ? results.reduce((s, r) => s + r[key] * r.viewers, 0) / viewers : 0;
  return {
    method: results[0].method,
    viewers,
    hitRate: perViewer("hitRate"),
    coverage: results.reduce((s, r) => s + r.coverage, 0) / results.length,
    meanProfile: perViewer("meanProfile"),
  };
}
