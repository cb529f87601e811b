// Reads a MovieLens ratings CSV (userId,movieId,rating[,timestamp]) joined through links.csv to TMDB
// ids: how the evaluation takes viewers from outside the build (e.g. withheld users 471–671).
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";

/** A rating joined to a TMDB film id. */
export interface TmdbRating {
  user: number;
  film: number;
  rating: number;
}

/** Ratings of `ratingsPath` whose movieId has a TMDB id in `linksPath`; others are counted, not kept. */
export async function readRatingsCsv(
  ratingsPath: string,
  linksPath: string,
): Promise<{ ratings: TmdbRating[]; unlinked: number }> {
  const links = parse(await readFile(linksPath, "utf8"), { columns: true, trim: true }) as Record<
    string,
    string
  >[];
  const tmdbOf = new Map<number, number>();
  for (const l of links) if (l.tmdbId) tmdbOf.set(Number(l.movieId), Number(l.tmdbId));
  const rows = parse(await readFile(ratingsPath, "utf8"), { columns: true, trim: true }) as Record<
    string,
    string
  >[];
  const ratings: TmdbRating[] = [];
  let unlinked = 0;
  for (const r of rows) {
    const film = tmdbOf.get(Number(r.movieId));
    if (film === undefined) unlinked++;
    else ratings.push({ user: Number(r.userId), film, rating: Number(r.rating) });
  }
  return { ratings, unlinked };
}
