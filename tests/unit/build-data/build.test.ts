import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildData } from "../../../build-data/build.ts";
import { loadEngineFromDisk } from "../../../scripts/lib/node-engine.ts";

// Facts of three real films (Toy Story, Jumanji, Toy Story 2), written by hand, plus malformed rows.
const HEADER =
  "adult,belongs_to_collection,budget,genres,homepage,id,imdb_id,original_language,original_title,overview,popularity,poster_path,production_companies,production_countries,release_date,revenue,runtime,spoken_languages,status,tagline,title,video,vote_average,vote_count";
const TOY = `"{'id': 10194, 'name': 'Toy Story Collection', 'poster_path': None, 'backdrop_path': None}"`;
const ANIM = `"[{'id': 16, 'name': 'Animation'}, {'id': 10751, 'name': 'Family'}]"`;
const US = `"[{'iso_3166_1': 'US', 'name': 'United States of America'}]"`;
const EN = `"[{'iso_639_1': 'en', 'name': 'English'}]"`;
const PIXAR = `"[{'name': 'Pixar Animation Studios', 'id': 3}]"`;
const ROWS = [
  HEADER,
  `False,${TOY},30000000,${ANIM},,862,tt0114709,en,Toy Story,Toys come alive.,21.9,/toy.jpg,${PIXAR},${US},1995-10-30,373554033,81.0,${EN},Released,,Toy Story,False,7.7,5415`,
  `False,,65000000,"[{'id': 12, 'name': 'Adventure'}]",,8844,tt0113497,en,Jumanji,A board game.,17.0,/j.jpg,[],${US},1995-12-15,262797249,104.0,${EN},Released,,Jumanji,False,6.9,2413`,
  `False,${TOY},90000000,${ANIM},,863,tt0120363,en,Toy Story 2,Toys again.,17.5,/t2.jpg,${PIXAR},${US},1999-10-30,497366869,92.0,${EN},Released,,Toy Story 2,False,7.3,3914`,
  // Synthetic: a duplicate record of Jumanji.
  `False,,65000000,"[{'id': 12, 'name': 'Adventure'}]",,8844,tt0113497,en,Jumanji,A board game.,17.0,/j.jpg,[],${US},1995-12-15,262797249,104.0,${EN},Released,,Jumanji,False,6.9,2413`,
  // Synthetic: a shifted record whose id holds a date, as in the full file.
  ` - Written by Ørnås,0.065736,/ff9qCepilowshEtG2GYWwzt2bs4.jpg,"[{'name': 'X', 'id': 1}]",[],1997-08-20,0,104.0,[],Released,,,,,,,,,,,,,,`,
  // Synthetic: no release date.
  `False,,0,[],,99999,tt0000001,en,Nowhere,,1.0,,[],[],,0,,[],Rumored,,Nowhere,False,0.0,0`,
].join("\n");

describe("buildData({source: 'kaggle'})", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "filmoteca-build-"));
    await mkdir(join(dir, "in"));
    await writeFile(join(dir, "in", "movies_metadata.csv"), ROWS + "\n");
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("reconciles every input record: kept + duplicates + quarantined + dropped", async () => {
    const { manifest, cleaned } = await buildData({
      source: "kaggle",
      input: join(dir, "in"),
      out: join(dir, "out"),
    });
    assert.deepEqual(manifest.counts, {
      input: 6,
      kept: 3,
      duplicates: 1,
      quarantined: 1,
      dropped: 1,
    });
    assert.equal(cleaned.quarantine[0].line, 6);
    assert.match(cleaned.quarantine[0].reason, /^wrong number of columns|^shifted columns/);
  });

  it("writes assets the engine loads, with lists and the collection intact", async () => {
    const engine = await loadEngineFromDisk(join(dir, "out"));
    const toy = engine.film(862)!;
    assert.equal(toy.collection, "Toy Story Collection");
    assert.deepEqual(toy.genres, ["Animation", "Family"]);
    assert.deepEqual(toy.production_country_codes, ["US"]);
    assert.equal(toy.release_year, 1995);
    assert.equal(engine.recommendById(862, { k: 1 })[0].title, "Toy Story 2");
  });

  it("is deterministic: the same input gives byte-identical assets", async () => {
    const a = await buildData({ source: "kaggle", input: join(dir, "in"), out: join(dir, "a") });
    const b = await buildData({ source: "kaggle", input: join(dir, "in"), out: join(dir, "b") });
    assert.deepEqual(a.manifest, b.manifest);
    const file = a.manifest.assets.films!.file;
    assert.deepEqual(await readFile(join(dir, "a", file)), await readFile(join(dir, "b", file)));
  });

  it("names a missing input file and what it expected", async () => {
    await assert.rejects(
      buildData({ source: "kaggle", input: join(dir, "nowhere"), out: join(dir, "x") }),
      {
        message: `${join(dir, "nowhere", "movies_metadata.csv")} does not exist: expected a folder with The Movies Dataset's movies_metadata.csv`,
      },
    );
  });
});

describe("buildData({source: 'vega'})", () => {
  it("maps the embedded vega table into the canonical schema", async () => {
    const dir = await mkdtemp(join(tmpdir(), "filmoteca-vega-"));
    try {
      const { manifest } = await buildData({ out: dir });
      assert.equal(manifest.source, "vega");
      assert.equal(manifest.counts.input, 3201);
      const engine = await loadEngineFromDisk(dir);
      const [toy] = engine.searchTitles("toy story", 1);
      assert.equal(toy.year, 1995);
      assert.equal(engine.film(toy.id)!.overview, null);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
