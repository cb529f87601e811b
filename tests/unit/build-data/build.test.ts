import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildData } from "../../../build-data/build.ts";
import { silentEffects, type Effects } from "../../../build-data/etl/types.ts";
import { VEGA_FIELDS, vegaId } from "../../../build-data/sources/vega.ts";
import type { Manifest, QualityReport } from "../../../src/lib/schema.ts";
import { loadEngineFromDisk } from "../../../scripts/lib/node-engine.ts";
import { filesUnder } from "../../fixtures/files-under.ts";
import { REAL, SYNTHETIC, metadataCsv, shiftedRecord, writeFolder } from "../../fixtures/movies.ts";

// Credits, keywords and links facts for the fixture films, by hand; ids 9999 are in no metadata.
const CREDITS = [
  "cast,crew,id",
  `"[{'cast_id': 15, 'character': 'Buzz Lightyear (voice)', 'name': 'Tim Allen', 'order': 1}, {'cast_id': 14, 'character': 'Woody (voice)', 'name': 'Tom Hanks', 'order': 0}]","[{'department': 'Directing', 'job': 'Director', 'name': 'John Lasseter'}, {'department': 'Writing', 'job': 'Screenplay', 'name': 'Joss Whedon'}]",862`,
  // A repeated id: the first record wins.
  `"[{'name': 'Nobody', 'order': 0}]","[]",862`,
  // Unreadable: the literal is cut short.
  `"[{'name': 'Robin Williams', 'order': 0}","[]",8844`,
  `"[{'name': 'Al Pacino', 'order': 0}, {'name': 'Robert De Niro', 'order': 1}]","[{'job': 'Director', 'name': 'Michael Mann'}]",949`,
  `"[]","[]",9999`,
].join("\n");
const KEYWORDS = [
  "id,keywords",
  `862,"[{'id': 931, 'name': 'jealousy'}, {'id': 4290, 'name': 'toy'}]"`,
  `8844,"[{'id': 10090, 'name': 'board game'}, {'id': 15101, 'name': ""based on children's book""}]"`,
  `9999,[]`,
].join("\n");
const LINKS =
  "movieId,imdbId,tmdbId\r\n1,0114709,862\r\n2,0113497,8844\r\n6,0113277,949\r\n7,0114319,\r\n";
const RATINGS = "userId,movieId,rating\r\n1,1,4.0\r\n1,2,3.5\r\n2,1,5.0\r\n2,7,4.0\r\n3,6,9.0\r\n";

const [HEAD, TAIL] = shiftedRecord("2012-09-29", 82663);
const METADATA = metadataCsv(
  REAL.toyStory,
  REAL.jumanji,
  REAL.heat,
  REAL.jumanji, // a duplicate record of Jumanji
  HEAD, // SYNTHETIC: the shifted record's two lines
  TAIL,
  SYNTHETIC.textId,
  SYNTHETIC.noDate,
  SYNTHETIC.noTitle,
  REAL.toyStory2,
  REAL.sabrina,
);

let dir: string;
let input: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "filmoteca-build-"));
  input = await writeFolder(join(dir, "in"), {
    "movies_metadata.csv": METADATA,
    "credits.csv": CREDITS,
    "keywords.csv": KEYWORDS,
    "links.csv": LINKS,
    "ratings_small.csv": RATINGS,
  });
});
after(() => rm(dir, { recursive: true, force: true }));

const build = (out: string, effects?: Effects) =>
  buildData({ source: "kaggle", input, out: join(dir, out), effects });
const readJson = async <T>(out: string, file: string) =>
  JSON.parse(await readFile(join(dir, out, file), "utf8")) as T;

describe("buildData({source: 'kaggle'})", () => {
  let manifest: Manifest;
  let quality: QualityReport;
  before(async () => {
    ({ manifest } = await build("out"));
    quality = await readJson<QualityReport>("out", manifest.assets.quality!.file);
  });

  it("reconciles every record: input = kept + duplicates + quarantined + dropped", () => {
    assert.deepEqual(manifest.counts, {
      input: 11,
      kept: 5,
      duplicates: 1,
      quarantined: 3,
      dropped: 2,
    });
    assert.deepEqual(quality.quarantinedByReason, {
      "wrong number of columns": 1,
      "shifted columns": 1,
      "id is not an integer": 1,
    });
    assert.deepEqual(quality.droppedByReason, { "no title": 1, "no release date": 1 });
    assert.deepEqual(quality.duplicateIds, [8844]);
  });

  it("reports each step's rows, in order", () => {
    assert.deepEqual(
      quality.steps.map((s) => [s.id, s.rowsBefore, s.rowsAfter]),
      [
        ["parse", 11, 8],
        ["drop-duplicates", 8, 7],
        ["drop-no-title", 7, 6],
        ["drop-no-release-date", 6, 5],
        ["join-credits", 5, 5],
        ["join-keywords", 5, 5],
        ["join-links", 5, 5],
        ["join-ratings", 5, 5],
      ],
    );
  });

  it("keeps each quarantined record's line, raw text and reason", () => {
    assert.deepEqual(
      quality.quarantineSample.map((q) => [q.line, q.reason, q.raw]),
      [
        [6, "wrong number of columns: 10, expected 24", HEAD],
        [7, "shifted columns: id holds a date (2012-09-29)", TAIL],
        // The sample truncates long raw texts (the quarantine itself keeps up to 2,000 characters).
        [8, 'id is not an integer: "8844x"', `${SYNTHETIC.textId.slice(0, 500)}…`],
      ],
    );
  });

  it("reports how each side file joined", () => {
    assert.deepEqual(quality.joins, {
      credits: { rows: 5, matched: 4, films: 2, duplicates: 1, unreadable: 1 },
      keywords: { rows: 3, matched: 2, films: 2, duplicates: 0, unreadable: 0 },
      links: { rows: 4, matched: 3, films: 3, duplicates: 0, unreadable: 0 },
      // 9.0 is no rating; movie 7 has no TMDB id in links.
      ratings: {
        rows: 5,
        matched: 3,
        films: 2,
        duplicates: 0,
        unreadable: 1,
        file: "ratings_small.csv",
        unreadableByReason: { rating: 1 },
        unreadableSample: [
          { line: 6, reason: "rating: not 0.5 to 5 in steps of 0.5", raw: "3,6,9.0" },
        ],
      },
    });
  });

  it("counts nulls per column before and after cleaning", () => {
    assert.equal(quality.nullsBefore.tagline, 3);
    assert.equal(quality.nullsAfter.cast, 3);
    assert.equal(quality.nullsAfter.directors, 3);
    assert.equal(quality.nullsAfter.keywords, 3);
    assert.equal(quality.nullsAfter.movielens_id, 2);
    assert.equal(quality.nullsAfter.runtime, 1);
    assert.equal(quality.nullsAfter.title, 0);
  });

  it("writes films the engine loads, with the joins in place", async () => {
    const engine = await loadEngineFromDisk(join(dir, "out"));
    const toy = engine.film(862)!;
    assert.equal(toy.collection, "Toy Story Collection");
    assert.deepEqual(toy.cast, ["Tom Hanks", "Tim Allen"]);
    assert.deepEqual(toy.directors, ["John Lasseter"]);
    assert.deepEqual(toy.keywords, ["jealousy", "toy"]);
    assert.equal(toy.movielens_id, 1);
    assert.deepEqual(engine.film(8844)!.keywords, ["board game", "based on children's book"]);
    assert.equal(engine.film(8844)!.cast, null);
    assert.deepEqual(engine.film(949)!.production_companies, ["Regency Enterprises", "Loew's"]);
  });

  it("ships no ratings asset: the lists are built from them, no page reads them", () => {
    assert.deepEqual(Object.keys(manifest.assets).sort(), [
      "eda",
      "films",
      "neighbors",
      "quality",
      "summary",
      "vectors",
    ]);
  });

  it("lists the fields the source knows, and the input fingerprint, in the manifest", () => {
    for (const f of ["cast", "directors", "keywords", "movielens_id", "collection"] as const)
      assert.ok(manifest.fields.includes(f), f);
    assert.match(manifest.inputFingerprint, /^[0-9a-f]{64}$/);
    assert.equal(quality.inputFingerprint, manifest.inputFingerprint);
  });

  it("is deterministic: the same input gives byte-identical assets, shards and manifest", async () => {
    await build("again");
    const files = await filesUnder(join(dir, "out"));
    assert.deepEqual(await filesUnder(join(dir, "again")), files);
    for (const file of files) {
      assert.deepEqual(
        await readFile(join(dir, "again", file)),
        await readFile(join(dir, "out", file)),
        file,
      );
    }
  });

  it("is atomic: a build that fails while writing leaves the previous assets in place", async () => {
    const before = Object.fromEntries(
      await Promise.all(
        (await filesUnder(join(dir, "out"))).map(async (f) => [
          f,
          await readFile(join(dir, "out", f)),
        ]),
      ),
    );
    const failing: Effects = {
      ...silentEffects,
      stage: (name) => ({
        update: (done) => {
          if (name === "write" && done === 2) throw new Error("disk full (simulated)");
        },
        stop: () => {},
      }),
    };
    // Another input, so the new build's assets would differ.
    await writeFolder(join(dir, "other"), { "movies_metadata.csv": metadataCsv(REAL.heat) });
    await assert.rejects(
      buildData({
        source: "kaggle",
        input: join(dir, "other"),
        out: join(dir, "out"),
        effects: failing,
      }),
      { message: "disk full (simulated)" },
    );
    const after = await filesUnder(join(dir, "out"));
    assert.deepEqual(after, Object.keys(before).sort());
    for (const f of after) assert.deepEqual(await readFile(join(dir, "out", f)), before[f], f);
  });

  it("removes the staging folder a killed build left behind, and the assets no manifest names", async () => {
    await writeFolder(join(dir, "out", ".staging-killed"), { "films.0123456789ab.arrow": "half" });
    await writeFolder(join(dir, "out"), { "films.0123456789ab.arrow": "stale" });
    await writeFolder(join(dir, "out", "shards", "cards.0123456789ab"), { "0.bin": "stale" });
    const { manifest: m } = await build("out");
    const files = (await readdir(join(dir, "out"))).sort();
    assert.deepEqual(
      files,
      [...Object.values(m.assets).map((a) => a!.file), "manifest.json", "shards"].sort(),
    );
    assert.deepEqual(
      (await readdir(join(dir, "out", "shards"))).sort(),
      Object.values(m.shards)
        .map((f) => f.dir.replace(/^shards\//, ""))
        .sort(),
    );
  });

  it("reads ratings without a timestamp column and with one alike", async () => {
    const withTime = RATINGS.replace("rating\r\n", "rating,timestamp\r\n").replaceAll(
      /(\d\.\d)\r\n/g,
      "$1,1260759144\r\n",
    );
    const other = await writeFolder(join(dir, "timestamps"), {
      "movies_metadata.csv": METADATA,
      "links.csv": LINKS,
      "ratings_small.csv": withTime,
    });
    const { manifest: m } = await buildData({
      source: "kaggle",
      input: other,
      out: join(dir, "ts"),
    });
    // The same ratings make the same vectors and lists; only the input fingerprint differs.
    assert.equal(m.assets.vectors!.file, manifest.assets.vectors!.file);
    assert.equal(m.assets.neighbors!.file, manifest.assets.neighbors!.file);
    assert.equal(m.shards.lists.dir, manifest.shards.lists.dir);
  });

  it("names a missing input file and what it expected", async () => {
    const missing = buildData({
      source: "kaggle",
      input: join(dir, "nowhere"),
      out: join(dir, "x"),
    });
    await assert.rejects(missing, {
      name: "InputError",
      message: `${join(dir, "nowhere", "movies_metadata.csv")} does not exist: expected a folder with The Movies Dataset's movies_metadata.csv`,
    });
  });
});

describe("buildData({source: 'vega'})", () => {
  let manifest: Manifest;
  let quality: QualityReport;
  let out: string;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), "filmoteca-vega-"));
    ({ manifest } = await buildData({ out }));
    quality = JSON.parse(await readFile(join(out, manifest.assets.quality!.file), "utf8"));
  });
  after(() => rm(out, { recursive: true, force: true }));

  it("maps the embedded table into the canonical schema and reconciles its counts", () => {
    const c = manifest.counts;
    assert.equal(manifest.source, "vega");
    assert.equal(c.input, 3201);
    assert.equal(c.input, c.kept + c.duplicates + c.quarantined + c.dropped);
  });

  it("leaves what vega lacks null, not zero, and lists only what it knows", async () => {
    assert.deepEqual(manifest.fields, VEGA_FIELDS);
    assert.ok(!manifest.fields.includes("overview"));
    for (const column of ["overview", "popularity", "collection", "production_countries"])
      assert.equal(quality.nullsAfter[column], manifest.counts.kept, column);
    const engine = await loadEngineFromDisk(out);
    const [toy] = engine.searchTitles("toy story", 1);
    assert.equal(toy.year, 1995);
    const film = engine.film(toy.id)!;
    assert.equal(film.overview, null);
    assert.equal(film.popularity, null);
  });

  it("gives each film a stable id from its title and date, above every TMDB id", async () => {
    const engine = await loadEngineFromDisk(out);
    const [toy] = engine.searchTitles("toy story", 1);
    assert.equal(toy.id, vegaId("Toy Story", "Nov 22 1995"));
    assert.ok(toy.id >= 2 ** 30 && toy.id < 2 ** 31);
  });

  it("dates no film after 2011: the 22 classics written 2015–2046 are read in 1915–1946, and counted", async () => {
    const { catalog } = await loadEngineFromDisk(out);
    const years = [...catalog.releaseYear];
    assert.equal(Math.max(...years), 2011);
    assert.equal(Math.min(...years), 1915);
    const year = (title: string) => catalog.releaseYear[catalog.title.indexOf(title)];
    assert.equal(year("Duel in the Sun"), 1946);
    assert.equal(year("Gone with the Wind"), 1939);
    assert.equal(year("The Birth of a Nation"), 1915);
    assert.equal(year("Restless"), 2011);
    assert.deepEqual(quality.correctedByReason, { "year read a century late": 22 });
    assert.equal(quality.correctionSample.length, 22);
    assert.ok(
      quality.correctionSample.every(
        (c) => Number(c.written.slice(-4)) - 100 === Number(c.read.slice(0, 4)),
      ),
    );
    assert.deepEqual(quality.quarantinedByReason, {});
  });
});
