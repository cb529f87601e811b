// A synthetic ratings.csv the size of the real one (26,024,289 ratings by 270,896 users), for
// measuring the build on the full ratings. SYNTHETIC: no real viewer is in it. It copies the shape
// that makes the real file costly, not its tastes: a few viewers rate thousands of films and most
// rate a few dozen (log-normal counts), the most popular films get most ratings (Zipf-like, the top
// film about 0.35% of them, the top 1% of films about a third, as
// far as rating each film once allows), ratings follow MovieLens'
// histogram (4.0 the most common) with a per-viewer leaning, and each viewer rates a film once,
// rows sorted by viewer then film as MovieLens writes them. Written in large chunks, with
// back-pressure: 26M lines never sit in memory.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { Random } from "./random.ts";

/** The real ratings.csv's size. */
export const FULL_RATINGS = { users: 270_896, rows: 26_024_289 };

/** Options of {@link writeFullRatings}. */
export interface FullRatingsOptions {
  /** MovieLens ids 1..films are rated (links.csv maps them to TMDB ids); more popular first. */
  films: number;
  /** Extra MovieLens ids past `films` that links.csv leaves without a TMDB id. Default 10. */
  unlinked?: number;
  /** Viewers. Default 270,896. */
  users?: number;
  /** Ratings in all. Default 26,024,289. */
  rows?: number;
  /** Seed. Default 1. */
  seed?: number;
}

/** MovieLens' share of each rating 0.5, 1, … 5 in the full file (approximately). */
const HISTOGRAM = [0.016, 0.033, 0.016, 0.07, 0.049, 0.201, 0.122, 0.266, 0.084, 0.143];
const RATING_TEXT = HISTOGRAM.map((_, i) => ((i + 1) / 2).toFixed(1));
/** Spread of the log-normal counts per viewer: their mean is about three times their median. */
const COUNT_SIGMA = 1.45;
/** Offset of the Zipf-like popularity 1/(rank + c): the top film gets about 0.35% of all ratings. */
const ZIPF_OFFSET = 25;
/** No viewer rates more than this share of the films (the real heaviest rates about 40%). */
const MAX_SHARE = 0.4;
/** The timestamps run from January 1996 to July 2017, as MovieLens' do. */
const FIRST = Date.UTC(1996, 0, 9) / 1000;
const LAST = Date.UTC(2017, 6, 31) / 1000;

/** A standard normal draw (Box–Muller). */
const normal = (random: Random) =>
  Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());

/**
 * Ratings per viewer, summing to exactly `rows`, each between 1 and `max`: log-normal weights scaled
 * to the total, rounded by largest remainder, then the last few ratings moved one at a time.
 */
export function ratingCounts(users: number, rows: number, max: number, random: Random): Int32Array {
  if (rows < users || rows > users * max)
    throw new RangeError(`cannot give ${users} viewers ${rows} ratings of at most ${max} films`);
  const weights = Float64Array.from({ length: users }, () =>
    Math.exp(COUNT_SIGMA * normal(random)),
  );
  const counts = new Int32Array(users);
  // Scale until the capped counts sum to about `rows` (capping takes some away: scale again).
  let scale = rows / weights.reduce((a, b) => a + b, 0);
  for (let pass = 0; pass < 20; pass++) {
    let sum = 0;
    for (let u = 0; u < users; u++) sum += Math.min(max, Math.max(1, weights[u] * scale));
    if (Math.abs(sum - rows) < 1) break;
    scale *= rows / sum;
  }
  let sum = 0;
  for (let u = 0; u < users; u++) {
    counts[u] = Math.min(max, Math.max(1, Math.floor(weights[u] * scale)));
    sum += counts[u];
  }
  // What rounding left over (or took too much), one rating at a time, round the viewers.
  for (let u = 0; sum !== rows; u = (u + 1) % users) {
    if (sum < rows && counts[u] < max) (counts[u]++, sum++);
    else if (sum > rows && counts[u] > 1) (counts[u]--, sum--);
  }
  return counts;
}

/** Writes the synthetic ratings.csv to `path`; returns what it wrote. */
export async function writeFullRatings(
  path: string,
  options: FullRatingsOptions,
): Promise<{ users: number; rows: number; movies: number }> {
  const users = options.users ?? FULL_RATINGS.users;
  const rows = options.rows ?? FULL_RATINGS.rows;
  const movies = options.films + (options.unlinked ?? 10);
  const random = new Random(options.seed ?? 1);
  const counts = ratingCounts(users, rows, Math.floor(MAX_SHARE * movies), random);
  let total = 0;
  const cdf = HISTOGRAM.map((p) => (total += p));
  // Inverse of the continuous Zipf-like CDF: rank = (1+c)·((N+c)/(1+c))^u − c − 1.
  const span = Math.log((movies + ZIPF_OFFSET) / (1 + ZIPF_OFFSET));
  const rank = () =>
    Math.min(
      movies - 1,
      Math.floor((1 + ZIPF_OFFSET) * Math.exp(random.next() * span) - ZIPF_OFFSET - 1),
    );
  const taken = new Int32Array(movies).fill(-1);
  const chosen = new Int32Array(Math.floor(MAX_SHARE * movies) + 1);
  const stream = createWriteStream(path);
  let chunk = "userId,movieId,rating,timestamp\r\n";
  const flush = async () => {
    if (!stream.write(chunk)) await once(stream, "drain");
    chunk = "";
  };
  for (let u = 0; u < users; u++) {
    const k = counts[u];
    // Each viewer rates a film once: draw until k different films (popular ones come first).
    for (let n = 0; n < k;) {
      const r = rank();
      if (taken[r] === u) continue;
      taken[r] = u;
      chosen[n++] = r;
    }
    const films = chosen.subarray(0, k).sort();
    // A viewer leans generous or harsh; their ratings span a session or years.
    const lean = Math.round(normal(random) * 0.35);
    const start = FIRST + Math.floor(random.next() * (LAST - FIRST));
    const length = Math.min(LAST - start, Math.floor(600 * k ** 1.5 * random.next()) + 60);
    const user = String(u + 1);
    for (let i = 0; i < k; i++) {
      const p = random.next();
      let bin = 0;
      while (bin < 9 && p >= cdf[bin]) bin++;
      bin = Math.min(9, Math.max(0, bin + lean));
      const time = start + Math.floor(random.next() * length);
      chunk += `${user},${films[i] + 1},${RATING_TEXT[bin]},${time}\r\n`;
    }
    if (chunk.length > 1 << 20) await flush();
  }
  await flush();
  stream.end();
  await once(stream, "finish");
  return { users, rows, movies };
}
