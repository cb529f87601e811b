import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { featureRatings } from "../../../build-data/build.ts";
import { clean } from "../../../build-data/etl/clean.ts";
import { silentEffects } from "../../../build-data/etl/types.ts";
import { InputError } from "../../../build-data/sources/csv.ts";
import { readKaggle, type KaggleOptions } from "../../../build-data/sources/kaggle.ts";
import { joinRatings } from "../../../build-data/sources/ratings.ts";
import { REAL, metadataCsv, writeFolder } from "../../fixtures/movies.ts";

// Toy Story (862) is MovieLens 1, Jumanji (8844) is 2, Heat (949) is 6.
const LINKS = "movieId,imdbId,tmdbId\r\n1,0114709,862\r\n2,0113497,8844\r\n6,0113277,949\r\n";
const SMALL = "userId,movieId,rating,timestamp\r\n1,1,4.0,1260759144\r\n1,2,3.5,1260759179\r\n";
// The full file's users rate other films: which file joined shows in the columns.
const FULL =
  "userId,movieId,rating,timestamp\n7,6,5.0,1425941529\n7,1,4.5,1425942435\n8,2,1.0,1425941500\n";
const METADATA = metadataCsv(REAL.toyStory, REAL.jumanji, REAL.heat);

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), "filmoteca-ratings-"))));
after(() => rm(dir, { recursive: true, force: true }));

/** The ratings a kaggle folder joins, with the coverage that says which file it was. */
async function joined(folder: string, options?: KaggleOptions) {
  const rows = await readKaggle(folder, silentEffects, options);
  const result = await rows.join!(clean(rows).films, silentEffects);
  return { coverage: result.joins.ratings, ratings: result.ratings, fingerprint: rows.fingerprint };
}

const tmdbOf = new Map([
  [1, 862],
  [2, 8844],
  [6, 949],
]);

/** joinRatings over one file's text. */
async function read(text: string | Buffer, name = "ratings.csv") {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  await writeFile(path, text);
  return joinRatings(path, tmdbOf, { digests: new Map(), effects: silentEffects });
}

describe("the ratings file a kaggle folder joins", () => {
  let both: string;
  before(async () => {
    both = await writeFolder(join(dir, "both"), {
      "movies_metadata.csv": METADATA,
      "links.csv": LINKS,
      "ratings_small.csv": SMALL,
      "ratings.csv": FULL,
    });
  });

  it("is ratings.csv when both are present", async () => {
    const { coverage, ratings } = await joined(both);
    assert.equal(coverage?.file, "ratings.csv");
    assert.deepEqual([...ratings!.user], [7, 7, 8]);
    assert.deepEqual([...ratings!.film], [949, 862, 8844]);
    assert.deepEqual([...ratings!.rating], [5, 4.5, 1]);
    assert.deepEqual([...ratings!.time], [1425941529, 1425942435, 1425941500]);
  });

  it("is ratings_small.csv when the flag chooses the small file", async () => {
    const { coverage, ratings } = await joined(both, { ratings: "small" });
    assert.equal(coverage?.file, "ratings_small.csv");
    assert.deepEqual([...ratings!.user], [1, 1]);
    assert.deepEqual([...ratings!.film], [862, 8844]);
  });

  it("fingerprints only the file it read", async () => {
    const full = (await joined(both)).fingerprint();
    const small = (await joined(both, { ratings: "small" })).fingerprint();
    assert.notEqual(full, small);
  });

  it("is ratings_small.csv when only that is present, whatever the flag", async () => {
    const folder = await writeFolder(join(dir, "small-only"), {
      "movies_metadata.csv": METADATA,
      "links.csv": LINKS,
      "ratings_small.csv": SMALL,
    });
    assert.equal((await joined(folder)).coverage?.file, "ratings_small.csv");
    assert.equal((await joined(folder, { ratings: "small" })).coverage?.file, "ratings_small.csv");
  });

  it("refuses the small file's flag on a folder that has only ratings.csv", async () => {
    const folder = await writeFolder(join(dir, "full-only"), {
      "movies_metadata.csv": METADATA,
      "links.csv": LINKS,
      "ratings.csv": FULL,
    });
    await assert.rejects(joined(folder, { ratings: "small" }), (error: Error) => {
      assert.ok(error instanceof InputError);
      assert.equal(
        error.message,
        `${join(folder, "ratings_small.csv")} does not exist: --ratings small needs it (without the flag the build joins ratings.csv)`,
      );
      return true;
    });
    assert.equal((await joined(folder)).coverage?.file, "ratings.csv");
  });
});

describe("joinRatings(path, tmdbOfMovie)", () => {
  it("quarantines malformed lines, counting each under its reason, and keeps the rest", async () => {
    const text = [
      "userId,movieId,rating,timestamp", // line 1
      "1,1,4.0,1260759144",
      "1,2,3.5,1260759179",
      "", // a blank line is skipped, not counted
      "x,1,4.0,1260759144", // 5: userId
      ",1,4.0,1260759144", // 6: an empty userId is not 0
      "2,-6,4.0,1260759144", // 7: movieId
      '2,"6",4.0,1260759144', // 8: a quoted number is not a plain number
      "2,6,9.0,1260759144", // 9: rating out of range
      "2,6,4.2,1260759144", // 10: not a half
      "2,6,,1260759144", // 11: empty rating
      "2,6,4.0,yesterday", // 12: timestamp
      "2,6", // 13: too few fields
      "2, 6 ,5,1260759150 ", // 14: spaces around numbers are fine, "5" is 5.0
      "3,99,4.0,1260759144", // 15: readable, but movie 99 has no TMDB id
      "3,6,0.5,1260759144", // 16, with no final line break
    ].join("\r\n");
    const { coverage, ratings } = await read(text);
    assert.deepEqual(
      { ...coverage, unreadableSample: undefined },
      {
        rows: 14,
        matched: 4,
        films: 3,
        duplicates: 0,
        unreadable: 9,
        file: coverage.file,
        unreadableByReason: { userId: 2, movieId: 2, rating: 3, timestamp: 1, fields: 1 },
        unreadableSample: undefined,
      },
    );
    assert.deepEqual(
      coverage.unreadableSample!.map((q) => [q.line, q.reason, q.raw]),
      [
        [5, "userId: not a positive integer", "x,1,4.0,1260759144"],
        [6, "userId: not a positive integer", ",1,4.0,1260759144"],
        [7, "movieId: not a positive integer", "2,-6,4.0,1260759144"],
        [8, "movieId: not a positive integer", '2,"6",4.0,1260759144'],
        [9, "rating: not 0.5 to 5 in steps of 0.5", "2,6,9.0,1260759144"],
        [10, "rating: not 0.5 to 5 in steps of 0.5", "2,6,4.2,1260759144"],
        [11, "rating: not 0.5 to 5 in steps of 0.5", "2,6,,1260759144"],
        [12, "timestamp: not an integer of seconds", "2,6,4.0,yesterday"],
        [13, "fields: 2 fields, expected at least 4", "2,6"],
      ],
    );
    assert.deepEqual([...ratings.user], [1, 1, 2, 3]);
    assert.deepEqual([...ratings.film], [862, 8844, 949, 949]);
    assert.deepEqual([...ratings.rating], [4, 3.5, 5, 0.5]);
    assert.deepEqual([...ratings.time], [1260759144, 1260759179, 1260759150, 1260759144]);
  });

  it("reads the columns by name, in any order, the timestamp optional, a BOM ignored", async () => {
    const { ratings, coverage } = await read("\uFEFFrating,movieId,userId\n4.5,6,12\n3,1,12\n");
    assert.equal(coverage.unreadable, 0);
    assert.equal(coverage.unreadableByReason, undefined);
    assert.deepEqual([...ratings.user], [12, 12]);
    assert.deepEqual([...ratings.film], [949, 862]);
    assert.deepEqual([...ratings.rating], [4.5, 3]);
    assert.deepEqual([...ratings.time], [0, 0]);
  });

  it("names a missing column and an empty file", async () => {
    await assert.rejects(read("userId,film,rating\n1,1,4\n"), {
      name: "InputError",
      message: /lacks the column movieId: expected MovieLens ratings/,
    });
    await assert.rejects(read(""), { name: "InputError", message: /is empty: expected/ });
  });

  it("reads a file of many chunks as a line-by-line reference does", async () => {
    // About 9 MB: lines cross the reader's 4 MB chunks.
    const lines = ["userId,movieId,rating,timestamp"];
    let expected = { n: 0, users: 0, films: 0, ratings: 0, times: 0 };
    for (let i = 0; i < 400_000; i++) {
      const user = 1 + Math.floor(i / 97);
      const movie = [1, 2, 6, 5][i % 4];
      const rating = 0.5 * (1 + (i % 10));
      const time = 900_000_000 + i * 7;
      lines.push(`${user},${movie},${rating.toFixed(1)},${time}`);
      if (movie === 5) continue;
      expected = {
        n: expected.n + 1,
        users: expected.users + user,
        films: expected.films + tmdbOf.get(movie)!,
        ratings: expected.ratings + rating,
        times: expected.times + time,
      };
    }
    const { ratings, coverage } = await read(lines.join("\n") + "\n");
    const sum = (xs: ArrayLike<number>) => Array.prototype.reduce.call(xs, (a, b) => a + b, 0);
    assert.equal(coverage.rows, 400_000);
    assert.equal(coverage.unreadable, 0);
    assert.deepEqual(
      {
        n: ratings.user.length,
        users: sum(ratings.user),
        films: sum(ratings.film),
        ratings: sum(ratings.rating),
        times: sum(ratings.time),
      },
      expected,
    );
  });
});

describe("featureRatings(columns)", () => {
  it("keeps every like and the first rating of each viewer without one, in file order", () => {
    const columns = {
      user: Int32Array.from([1, 1, 2, 2, 1, 3]),
      film: Int32Array.from([10, 11, 10, 12, 12, 11]),
      rating: Float32Array.from([3, 4, 2.5, 1, 5, 4.5]),
      time: new Uint32Array(6),
    };
    assert.deepEqual(featureRatings(columns), [
      { user: 1, film: 11, rating: 4 },
      { user: 2, film: 10, rating: 2.5 },
      { user: 1, film: 12, rating: 5 },
      { user: 3, film: 11, rating: 4.5 },
    ]);
  });
});
