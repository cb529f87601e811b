import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildData } from "../../../build-data/build.ts";
import {
  SHIFTED_DATES,
  SYNTHETIC_HOMEPAGE,
  cutList,
  generateDataset,
  type SyntheticSummary,
} from "../../../build-data/synthetic/generate.ts";
import { ratingCounts, writeFullRatings } from "../../../build-data/synthetic/full-ratings.ts";
import { Random } from "../../../build-data/synthetic/random.ts";
import { SHARED_DATA, hasSharedData } from "../../../scripts/lib/shared-data.ts";

describe("cutList(literal, fraction)", () => {
  const list = "[{'name': 'a'}, {'name': 'b'}, {'name': 'c'}]";
  it("cuts at a dict boundary and closes the list", () => {
    assert.equal(cutList(list, 0.7), "[{'name': 'a'}, {'name': 'b'}]");
  });
  it("keeps the first dict at least, and everything at 1", () => {
    assert.equal(cutList(list, 0.01), "[{'name': 'a'}]");
    assert.equal(cutList(list, 1), list);
  });
});

const skip = hasSharedData()
  ? false
  : `the real rows to draw from are not at ${SHARED_DATA} (set FILMOTECA_SHARED_DATA)`;

describe("generateDataset({films, seed}) (synthetic data)", { skip }, () => {
  let dir: string;
  let summary: SyntheticSummary;
  const options = { films: 300, seed: 7, from: SHARED_DATA, duplicateRate: 0.02 };
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "filmoteca-synthetic-"));
    summary = await generateDataset({ ...options, out: join(dir, "a") });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("writes the same bytes for the same seed, and others for another seed", async () => {
    await generateDataset({ ...options, out: join(dir, "b") });
    await generateDataset({ ...options, seed: 8, out: join(dir, "c") });
    for (const f of await readdir(join(dir, "a"))) {
      const a = await readFile(join(dir, "a", f));
      assert.ok(a.equals(await readFile(join(dir, "b", f))), f);
      if (f.endsWith(".csv")) assert.ok(!a.equals(await readFile(join(dir, "c", f))), f);
    }
  });

  it("labels itself synthetic", async () => {
    assert.match(await readFile(join(dir, "a", "SYNTHETIC.md"), "utf8"), /^# SYNTHETIC DATA/);
    const metadata = await readFile(join(dir, "a", "movies_metadata.csv"), "utf8");
    assert.ok(metadata.includes(SYNTHETIC_HOMEPAGE));
  });

  it("builds with its planted broken records quarantined and duplicates counted", async () => {
    assert.deepEqual(summary.shiftedIds, SHIFTED_DATES);
    assert.ok(summary.duplicateIds.length > 0);
    const { manifest, quality } = await buildData({
      source: "kaggle",
      input: join(dir, "a"),
      out: join(dir, "out"),
    });
    const c = manifest.counts;
    assert.equal(c.input, summary.metadataRecords);
    assert.equal(c.input, 300 + summary.duplicateIds.length + 2 * SHIFTED_DATES.length);
    assert.deepEqual(quality.quarantinedByReason, {
      "wrong number of columns": 3,
      "shifted columns": 3,
    });
    assert.equal(c.duplicates, summary.duplicateIds.length);
    assert.equal(quality.joins.credits?.films, c.kept);
    // Repeated ids repeat in credits.csv too; the first record joins, the rest are counted.
    assert.equal(quality.joins.credits?.duplicates, summary.duplicateIds.length);
  });

  it("adds a labelled ratings.csv when asked, which the build then joins", async () => {
    const full = await generateDataset({
      ...options,
      out: join(dir, "full"),
      fullRatings: { users: 200, rows: 5000 },
    });
    assert.equal(full.files["ratings.csv"], 5000);
    // The other files are the same bytes as without it.
    for (const f of ["movies_metadata.csv", "links.csv", "ratings_small.csv"])
      assert.ok(
        (await readFile(join(dir, "a", f))).equals(await readFile(join(dir, "full", f))),
        f,
      );
    assert.match(
      await readFile(join(dir, "full", "SYNTHETIC.md"), "utf8"),
      /ratings\.csv holds 5000 synthetic ratings by 200 synthetic viewers/,
    );
    const { quality } = await buildData({
      source: "kaggle",
      input: join(dir, "full"),
      out: join(dir, "full-out"),
    });
    assert.equal(quality.joins.ratings?.file, "ratings.csv");
    assert.equal(quality.joins.ratings?.rows, 5000);
  });
});

describe("writeFullRatings(path, {films, users, rows}) (synthetic ratings.csv)", () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(join(tmpdir(), "filmoteca-full-ratings-"))));
  after(() => rm(dir, { recursive: true, force: true }));

  it("gives every viewer between 1 and the cap, summing to exactly the rows asked", () => {
    const counts = ratingCounts(1000, 96_000, 2000, new Random(3));
    assert.equal(
      counts.reduce((a, b) => a + b, 0),
      96_000,
    );
    assert.ok(counts.every((c) => c >= 1 && c <= 2000));
    // Skewed: the median viewer rates far fewer than the mean, the top 1% a large share (15%
    // in the real file).
    const sorted = [...counts].sort((a, b) => a - b);
    assert.ok(sorted[500] < 96 / 1.8, `median ${sorted[500]}`);
    assert.ok(sorted.slice(-10).reduce((a, b) => a + b, 0) > 0.1 * 96_000);
    assert.throws(() => ratingCounts(10, 5, 3, new Random(1)), RangeError);
  });

  it("writes MovieLens' columns, each viewer rating a film once, sorted by viewer then film", async () => {
    const path = join(dir, "ratings.csv");
    const wrote = await writeFullRatings(path, { films: 5000, users: 300, rows: 20_000, seed: 2 });
    assert.deepEqual(wrote, { users: 300, rows: 20_000, movies: 5010 });
    const [header, ...lines] = (await readFile(path, "utf8")).split("\r\n").filter(Boolean);
    assert.equal(header, "userId,movieId,rating,timestamp");
    assert.equal(lines.length, 20_000);
    const seen = new Set<string>();
    const byFilm = new Map<number, number>();
    let last = [0, 0];
    for (const line of lines) {
      const [u, m, r, t] = line.split(",").map(Number);
      assert.ok(u > last[0] || (u === last[0] && m > last[1]), line);
      last = [u, m];
      assert.ok(!seen.has(`${u},${m}`));
      seen.add(`${u},${m}`);
      assert.ok(m >= 1 && m <= 5010 && r >= 0.5 && r <= 5 && r * 2 === Math.round(r * 2), line);
      assert.ok(t >= Date.UTC(1996, 0, 1) / 1000 && t <= Date.UTC(2017, 7, 1) / 1000, line);
      byFilm.set(m, (byFilm.get(m) ?? 0) + 1);
    }
    assert.equal(new Set(lines.map((l) => l.split(",")[0])).size, 300);
    // Popular films get most ratings: the first 10% of ids more than the last half.
    const sum = (from: number, to: number) =>
      [...byFilm].filter(([m]) => m >= from && m <= to).reduce((s, [, n]) => s + n, 0);
    assert.ok(sum(1, 501) > sum(2506, 5010), `${sum(1, 501)} vs ${sum(2506, 5010)}`);
    // The same seed, the same bytes.
    await writeFullRatings(join(dir, "again.csv"), {
      films: 5000,
      users: 300,
      rows: 20_000,
      seed: 2,
    });
    assert.ok((await readFile(path)).equals(await readFile(join(dir, "again.csv"))));
  });
});
