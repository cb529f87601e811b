// Why a film stands in another film's list, told honestly: "liked by viewers who enjoyed X" only
// when those viewers liked it well beyond what its popularity alone predicts. The rule and its
// thresholds live here, one pure function of counts, so the build and the tests read the same one.
import { NEIGHBOR_SOURCE, type NeighborSource } from "../../src/lib/schema.ts";

/** The thresholds of {@link listSource}. */
export interface ListSourceRule {
  /** Viewers who liked both films, at least. Default 5: fewer is an anecdote. */
  minCoLikes: number;
  /**
   * Lift, at least: how many times more often the two films are liked together than if liking one
   * said nothing about the other (co·viewers / (likes of one · likes of the other)). Default 2.
   */
  minLift: number;
  /**
   * Share of all viewers who liked a film for it to count among the films most viewers liked.
   * Default 0.15 (on the MovieLens sample, about the 50 most liked films of 5,000).
   */
  favouriteShare: number;
}

export const LIST_SOURCE_RULE: ListSourceRule = {
  minCoLikes: 5,
  minLift: 2,
  favouriteShare: 0.15,
};

/** What the rule weighs for one (film, listed film) pair: counts of viewers. */
export interface PairCounts {
  /** Viewers who liked both. */
  coLikes: number;
  /** Viewers who liked the film the list is for. */
  likesQuery: number;
  /** Viewers who liked the listed film. */
  likesFilm: number;
  /** Viewers with at least one like. */
  viewers: number;
  /** Whether the two films belong to the same collection. */
  sameCollection: boolean;
  /** Whether they share a director, genres, themes (keywords) or cast: reasons of their own. */
  sharesTraits: boolean;
  /** Whether the listed film came from the co-likes of films alike to the query film. */
  lent: boolean;
}

/**
 * co·viewers / (likesQuery·likesFilm): 1 when liking one film says nothing about the other, above 1
 * when they are liked together more often than their popularity predicts. 0 without likes.
 */
export function lift(coLikes: number, likesQuery: number, likesFilm: number, viewers: number) {
  return likesQuery > 0 && likesFilm > 0 ? (coLikes * viewers) / (likesQuery * likesFilm) : 0;
}

/**
 * The true reason a film stands in a list (a NEIGHBOR_SOURCE), the most telling that holds:
 * 1. its collection;
 * 2. viewers' likes ("coLiked"), when at least `minCoLikes` viewers liked both with a lift of at
 *    least `minLift`;
 * 3. being among the films most viewers liked (a share of `favouriteShare`);
 * 4. what it shares with the film ("similar": director, genres, themes, cast);
 * 5. a few viewers' likes ("someViewers": co-liked, but not enough to be a pattern);
 * 6. the likes of the viewers of films alike ("alikeViewers");
 * 7. otherwise, its likeness in content ("similar").
 */
export function listSource(
  pair: PairCounts,
  rule: ListSourceRule = LIST_SOURCE_RULE,
): NeighborSource {
  if (pair.sameCollection) return NEIGHBOR_SOURCE.collection;
  if (
    pair.coLikes >= rule.minCoLikes &&
    lift(pair.coLikes, pair.likesQuery, pair.likesFilm, pair.viewers) >= rule.minLift
  )
    return NEIGHBOR_SOURCE.coLiked;
  if (pair.viewers > 0 && pair.likesFilm / pair.viewers >= rule.favouriteShare)
    return NEIGHBOR_SOURCE.popular;
  if (pair.sharesTraits) return NEIGHBOR_SOURCE.similar;
  if (pair.coLikes > 0) return NEIGHBOR_SOURCE.someViewers;
  if (pair.lent) return NEIGHBOR_SOURCE.alikeViewers;
  return NEIGHBOR_SOURCE.similar;
}
