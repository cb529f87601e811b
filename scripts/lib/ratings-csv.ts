// Reads a MovieLens ratings CSV (userId,movieId,rating[,timestamp]) joined through links.csv to TMDB
// ids: how the evaluation takes viewers from outside the build (e.g. withheld users 471–671). The
// ratings go through the build's own reader (build-data/sources/ratings.ts), so both validate alike.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import {
  ratingsFromColumns,
  silentEffects,
  type Rating,
  type RatingColumns,
} from "../../build-data/etl/types.ts";
import { joinRatings } from "../../build-data/sources/ratings.ts";

/** Ratings of `ratingsPath` whose movieId has a TMDB id in `linksPath`; others are counted, not kept. */
export async function readRatingsCsv(
  ratingsPath: string,
  linksPath: string,
): Promise<{ ratings: Rating[]; columns: RatingColumns; unlinked: number; unreadable: number }> {
  const links = parse(await readFile(linksPath, "utf8"), { columns: true, trim: true }) as Record<
    string,
    string
  >[];
  const tmdbOf = new Map<number, number>();
  for (const l of links) if (l.tmdbId) tmdbOf.set(Number(l.movieId), Number(l.tmdbId));
  const { coverage, ratings } = await joinRatings(ratingsPath, tmdbOf, {
    digests: new Map(),
    effects: silentEffects,
  });
  const unreadable = coverage.unreadable ?? 0;
  return {
    ratings: ratingsFromColumns(ratings),
    columns: ratings,
    unlinked: coverage.rows - coverage.matched - unreadable,
    unreadable,
  };
}
