// A list "for you" from a visitor's likes: the precomputed lists of the films they liked, merged by
// reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): a film earns C/(C + place) from
// each list that holds it, times its like's weight, so a film that several liked films lead to
// rises above one that a single list holds, what the visitor liked lately counts most, and every
// liked film's best films reach the list whatever the scale of its list's scores (a content list's
// cosines sit near 1, a co-like list's spread out). A liked film is never offered back. Pure: the
// sharded engine (worker and CLI) fetches the lists, this ranks them.
import type { Reason } from "./reasons.ts";

/** Likes a profile is made of: the most recent ones (the evaluation's profiles are as long). */
export const PROFILE_LIKES = 20;

/**
 * The weight of a like relative to the next newer one: the newest counts 1, the one before 0.75,
 * then 0.56… The held-out like the evaluation hides is a viewer's latest, and the likes just before
 * it predict it best: with all likes alike the lists lean on the films every list holds (coverage
 * 2.5%, below issue 15's 4%). `npm run eval` prints both, and 0.75 is exact in binary.
 */
export const PROFILE_RECENCY = 0.75;

/**
 * C of the fusion: a list's first film earns 1, its 12th 10/21. The usual C = 60 is for long
 * result lists; over lists of 12 it would make every place worth about the same.
 */
export const PROFILE_FUSION_C = 10;

/** What a profile list holds by default. */
export const PROFILE_K = 10;

/** Why a film is in a profile list: the liked films whose lists hold it, then their reasons. */
export type ProfileReason = { kind: "youLiked"; values: string[] } | Reason;

/** One entry of a liked film's list: what the ranking reads (a shard's ListEntry has more). */
export interface ProfileCandidate {
  id: number;
  score: number;
  reasons: readonly Reason[];
}

/** A liked film and its precomputed list. */
export interface LikedList<E extends ProfileCandidate = ProfileCandidate> {
  id: number;
  title: string;
  items: readonly E[];
}

/** One recommendation for a profile. */
export interface ProfileItem<E extends ProfileCandidate = ProfileCandidate> {
  /** The entry of the list it scored most in (its card and the list's own score). */
  entry: E;
  /** Its fused score: C/(C + place) over the liked films' lists, times each like's weight. */
  score: number;
  /** "youLiked" first (the liked films that lead to it, most score first), then the lists' reasons. */
  reasons: ProfileReason[];
}

/** Options of {@link profileRecommendations}. */
export interface ProfileOptions {
  /** How many films to return. Default {@link PROFILE_K}. */
  k?: number;
  /** Weight of a like relative to the next newer one. Default {@link PROFILE_RECENCY}; 1: all alike. */
  recency?: number;
}

/** Thrown for a profile that cannot be scored: no likes, or a like with no list. */
export class ProfileError extends Error {
  override name = "ProfileError";
}

/** The likes a profile uses: each id once (its first place), the last {@link PROFILE_LIKES}. */
export function profileLikes(likes: readonly number[]): number[] {
  return [...new Set(likes)].slice(-PROFILE_LIKES);
}

/** The reasons the lists gave, each kind once (values merged), "liked by viewers of X" left out. */
function listReasons(reasons: readonly Reason[]): Reason[] {
  const out: Reason[] = [];
  for (const r of reasons) {
    // The liked films are named by "youLiked"; the co-like reason would name them again.
    if (r.kind === "coLiked") continue;
    const same = out.find((o) => o.kind === r.kind);
    if (!same) {
      out.push("values" in r ? { ...r, values: [...r.values] } : { ...r });
      continue;
    }
    if ("values" in same && "values" in r)
      for (const v of r.values) if (!same.values.includes(v)) same.values.push(v);
  }
  return out;
}

/**
 * The top `k` films of the liked films' lists for a profile, best first: score = the sum over
 * those lists of C/(C + the film's place in the list), each times its like's weight (`recency` to
 * the power of the number of likes after it; `likes` are oldest first, as the site and the URL keep
 * them). Ties go to the film more liked films lead to, then to the one
 * placed higher in some list, then to the lower id, so the order never depends on fetch order.
 * A liked film is never returned. `lists` must hold every id of `likes` (throws otherwise).
 */
export function profileRecommendations<E extends ProfileCandidate>(
  likes: readonly number[],
  lists: ReadonlyMap<number, LikedList<E>>,
  options: ProfileOptions = {},
): ProfileItem<E>[] {
  const ids = profileLikes(likes);
  if (ids.length === 0) throw new ProfileError("a profile needs at least one liked film");
  const missing = ids.filter((id) => !lists.has(id));
  if (missing.length > 0)
    throw new ProfileError(
      `no film with id${missing.length > 1 ? "s" : ""} ${missing.join(", ")} in this build`,
    );
  const liked = new Set(ids);
  const recency = options.recency ?? PROFILE_RECENCY;
  interface Tally {
    entry: E;
    best: number;
    score: number;
    place: number;
    from: { title: string; score: number; order: number; reasons: readonly Reason[] }[];
  }
  const tallies = new Map<number, Tally>();
  // Summed in id order, so the sums' rounding does not depend on the order lists arrive in.
  for (const id of [...ids].sort((a, b) => a - b)) {
    const list = lists.get(id)!;
    const order = ids.indexOf(id);
    const weight = recency ** (ids.length - 1 - order);
    const seen = new Set<number>();
    list.items.forEach((entry, place) => {
      if (liked.has(entry.id) || seen.has(entry.id)) return;
      seen.add(entry.id);
      let t = tallies.get(entry.id);
      if (!t) tallies.set(entry.id, (t = { entry, best: -Infinity, score: 0, place, from: [] }));
      const score = (weight * PROFILE_FUSION_C) / (PROFILE_FUSION_C + place);
      t.score += score;
      t.place = Math.min(t.place, place);
      if (entry.score > t.best) ((t.best = entry.score), (t.entry = entry));
      t.from.push({ title: list.title, score, order, reasons: entry.reasons });
    });
  }
  const ranked = [...tallies.values()].sort(
    (a, b) =>
      b.score - a.score ||
      b.from.length - a.from.length ||
      a.place - b.place ||
      a.entry.id - b.entry.id,
  );
  return ranked.slice(0, options.k ?? PROFILE_K).map((t) => {
    const from = [...t.from].sort((a, b) => b.score - a.score || a.order - b.order);
    return {
      entry: t.entry,
      score: t.score,
      reasons: [
        { kind: "youLiked", values: from.map((f) => f.title) },
        ...listReasons(from.flatMap((f) => f.reasons)),
      ],
    };
  });
}
