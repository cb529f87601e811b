// ratings_small.csv (or ratings.csv): MovieLens ratings joined to TMDB ids through links, kept as
// columns for the ratings asset (with or without the timestamp column, which is not kept).
import type { JoinCoverage } from "../../src/lib/schema.ts";
import type { Effects, RatingColumns } from "../etl/types.ts";
import { column, emptyCoverage, stream, type Digests } from "./side-file.ts";

/** A growable Int32/Float32 column, so 100,000 ratings never become 100,000 objects. */
class Column<T extends Int32Array | Float32Array> {
  length = 0;
  constructor(private data: T) {}
  push(x: number) {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export async function joinRatings(
  path: string,
  tmdbOfMovie: Map<number, number>,
  context: { digests: Digests; effects: Effects },
): Promise<{ coverage: JoinCoverage; ratings: RatingColumns }> {
  const expected = "MovieLens ratings with userId, movieId and rating columns (timestamp optional)";
  const user = new Column(new Int32Array(1024));
  const film = new Column(new Int32Array(1024));
  const rating = new Column(new Float32Array(1024));
  const coverage = emptyCoverage();
  const rated = new Set<number>();
  let at: number[] | null = null;
  for await (const { header, fields } of stream(path, context.digests, context.effects, expected)) {
    at ??= ["userId", "movieId", "rating"].map((c) => column(header, c, path, expected));
    coverage.rows++;
    const [u, m, r] = at.map((i) => Number((fields[i] ?? "").trim()));
    if (
      !Number.isInteger(u) ||
      !Number.isInteger(m) ||
      !(r >= 0.5 && r <= 5 && r * 2 === Math.round(r * 2))
    ) {
      coverage.unreadable++;
      continue;
    }
    const tmdb = tmdbOfMovie.get(m);
    if (tmdb === undefined) continue;
    coverage.matched++;
    rated.add(tmdb);
    user.push(u);
    film.push(tmdb);
    rating.push(r);
  }
  coverage.films = rated.size;
  return { coverage, ratings: { user: user.done(), film: film.done(), rating: rating.done() } };
}
