// The engine a visit uses answers from shards exactly as the whole-catalogue engine answers from
// the whole catalogue: every query for every value of the fixture, misspelled values, suggestions,
// films and lists. Then what a deployment can do to it: a shard missing, corrupt, or replaced by a
// redeploy while the page is open.
import assert from "node:assert/strict";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { diskFetcher, loadEngineFromDisk } from "../../../scripts/lib/node-engine.ts";
import type { Engine } from "../../../src/lib/engine.ts";
import { QUERIES, QUERY_NAMES, type QueryName } from "../../../src/lib/queries/index.ts";
import { ShardedEngine } from "../../../src/lib/sharded-engine.ts";
import type { FetchBytes } from "../../../src/lib/assets.ts";
import { FILMS, writeFixture } from "./queries/fixture.ts";

let dir: string;
let whole: Engine;
let sharded: ShardedEngine;
before(async () => {
  dir = await writeFixture();
  whole = await loadEngineFromDisk(dir);
  sharded = await ShardedEngine.open(diskFetcher(dir), {
    loadWhole: () => loadEngineFromDisk(dir),
  });
});
after(() => rm(dir, { recursive: true, force: true }));

/** Numbers as Float32 holds them: the whole engine reads 7.7 back as 7.699999809, a shard as 7.7. */
const decimals = (film: object | null) =>
  film &&
  Object.fromEntries(
    Object.entries(film).map(([k, v]) => [k, typeof v === "number" ? Math.fround(v) : v]),
  );

/** The whole engine's list as a shard ships it: scores to 4 decimals. */
const shipped = <T extends { score: number }>(items: T[]) =>
  items.map((item) => ({ ...item, score: Math.round(item.score * 1e4) / 1e4 }));

/** Every value the fixture holds for a query's input, and a few that no film has. */
function inputsOf(query: QueryName): string[] {
  const c = whole.catalog;
  const list = (column: (string[] | null)[]) => column.flatMap((v) => v ?? []);
  const values: Record<string, string[]> = {
    month: ["enero", "Octubre", "oct.", "setiembre", "brumario"],
    weekday: ["lunes", "Domingo", "thu", "feriado"],
    title: [...c.title, "toy story", "Solaris", "Toy Stori", "Nothing Like It"],
    collection: [...c.collection.flatMap((v) => (v ? [v] : [])), "toy story", "Nowhere Saga"],
    country: [...list(c.countries), "US", "Estados Unidos", "Frnace"],
    company: [...list(c.companies), "pixar animation", "Nobody Films"],
    language: [...c.originalLanguage.flatMap((v) => (v ? [v] : [])), "inglés", "klingon"],
    director: [...list(c.directors), "john lasseter", "Lasetter", "Nadie"],
    actor: [...list(c.cast), "tom hanks", "Tom Hank", "Nadie"],
  };
  return [...new Set(values[QUERIES[query].kind])];
}

describe("the sharded engine", () => {
  for (const query of QUERY_NAMES) {
    it(`answers ${query} as the whole-catalogue engine does, for every value and for unknown ones`, async () => {
      const param = QUERIES[query].param;
      for (const value of [...inputsOf(query), "", "  "]) {
        const input = { [param]: value };
        assert.deepEqual(
          await sharded.query(query, input),
          whole.query(query, input),
          `${query}(${JSON.stringify(value)})`,
        );
      }
    });
  }
  it("picks among films of the same title by año as the whole engine does", async () => {
    for (const año of ["1972", "2002", "1990", "19x"]) {
      const input = { titulo: "Solaris", año };
      assert.deepEqual(await sharded.query("retorno", input), whole.query("retorno", input));
    }
  });
  it("suggests values as the whole engine does", async () => {
    const cases = [
      ["title", "toy"],
      ["title", "sol"],
      ["collection", "toy"],
      ["country", "uni"],
      ["company", "pix"],
      ["language", "en"],
      ["director", "las"],
      ["actor", "tom"],
      ["month", "en"],
    ] as const;
    for (const [kind, text] of cases)
      assert.deepEqual(
        await sharded.suggest(kind, text, 5),
        whole.suggest(kind, text, 5),
        `${kind} "${text}"`,
      );
  });
  it("gives every film and its lists as the whole engine does", async () => {
    for (const f of FILMS) {
      assert.deepEqual(decimals(await sharded.film(f.id)), decimals(whole.film(f.id)));
      assert.deepEqual(
        await sharded.recommendById(f.id, { k: 5 }),
        shipped(whole.recommendById(f.id, { k: 5 })),
      );
      const filtered = { k: 3, yearFrom: 1990 };
      const fromList = await sharded.recommendById(f.id, filtered);
      const all = shipped(whole.recommendById(f.id, filtered));
      // A filter picks among the film's list: what passes is the whole engine's answer, in order.
      assert.deepEqual(fromList, all.slice(0, fromList.length));
    }
    assert.equal(await sharded.film(1), null);
    await assert.rejects(sharded.recommendById(1), { message: "no film with id 1" });
  });
  it("scores the whole catalogue only when asked", async () => {
    const filters = { k: 10, yearFrom: 1970 };
    assert.deepEqual(
      await sharded.recommendById(862, { ...filters, wholeCatalogue: true }),
      whole.recommendById(862, filters),
    );
  });
  it("searches titles by their original title too", async () => {
    const [first] = await sharded.searchTitles("solyaris");
    assert.equal(first?.title, "Solaris");
  });
  it("says how many films the build has and what it knows, from the manifest alone", () => {
    const info = sharded.info();
    assert.equal(info.films, FILMS.length);
    assert.equal(info.source, "kaggle");
    assert.ok((info.wholeBytes ?? 0) > 0);
  });
});

/** A copy of the fixture build that a test may damage. */
async function copyOfBuild(): Promise<string> {
  const copy = join(
    tmpdir(),
    `filmoteca-shards-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  await cp(dir, copy, { recursive: true });
  return copy;
}

const familyDir = async (data: string, family: string) =>
  join(
    data,
    "shards",
    (await readdir(join(data, "shards"))).find((d) => d.startsWith(`${family}.`))!,
  );

describe("a shard that a deployment damaged", () => {
  it("a missing shard fails that answer with a message naming the file", async () => {
    const copy = await copyOfBuild();
    const engine = await ShardedEngine.open(diskFetcher(copy));
    for (const file of await readdir(await familyDir(copy, "lists")))
      await rm(join(await familyDir(copy, "lists"), file));
    await assert.rejects(
      engine.recommendById(862),
      /shards\/lists\.[0-9a-f]{12}\/\d+\.bin does not exist/,
    );
    // The other answers still come.
    assert.equal((await engine.film(862))?.title, "Toy Story");
    await rm(copy, { recursive: true, force: true });
  });
  it("a corrupt shard fails that answer with a message saying so", async () => {
    const copy = await copyOfBuild();
    const engine = await ShardedEngine.open(diskFetcher(copy));
    const cards = await familyDir(copy, "cards");
    for (const file of await readdir(cards)) {
      const bytes = await readFile(join(cards, file));
      bytes[bytes.length - 12] ^= 0xff;
      await writeFile(join(cards, file), bytes);
    }
    await assert.rejects(
      engine.film(862),
      /shard shards\/cards\.[0-9a-f]{12}\/\d+\.bin is corrupt/,
    );
    await rm(copy, { recursive: true, force: true });
  });
  it("a redeploy under an open engine is followed: a shard that is gone is fetched from the new build", async () => {
    const copy = await copyOfBuild();
    let fetched: string[] = [];
    const disk = diskFetcher(copy);
    const fetchBytes: FetchBytes = (file) => {
      fetched.push(file);
      return disk(file);
    };
    const engine = await ShardedEngine.open(fetchBytes);
    // The new build: the same films, its lists folder renamed (as new content would name it).
    const manifestPath = join(copy, "manifest.json");
    const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
    const old = manifest.shards.lists.dir as string;
    manifest.shards.lists.dir = old.replace(/\.[0-9a-f]{12}$/, ".0123456789ab");
    await cp(join(copy, old), join(copy, manifest.shards.lists.dir), { recursive: true });
    await rm(join(copy, old), { recursive: true });
    await writeFile(manifestPath, JSON.stringify(manifest));
    fetched = [];
    const items = await engine.recommendById(862, { k: 3 });
    assert.deepEqual(items, shipped(whole.recommendById(862, { k: 3 })));
    assert.deepEqual(
      fetched.map((f) => f.replace(/\/\d+\.bin$/, "/N.bin")),
      [`${old}/N.bin`, "manifest.json", `${manifest.shards.lists.dir}/N.bin`],
    );
    await rm(copy, { recursive: true, force: true });
  });
});
