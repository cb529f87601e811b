import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { buildRecommender } from "../../../../build-data/features/recommender-assets.ts";
import { listShards } from "../../../../build-data/shards/list-shards.ts";
import { listFamilyInThreads } from "../../../../build-data/shards/list-threads.ts";
import { familyEntry, writeBuckets } from "../../../../build-data/shards/write-shards.ts";
import { film } from "../../../fixtures/films.ts";
import { filmsToIPC } from "../../../../src/lib/codecs/films.ts";
import { neighborsToIPC } from "../../../../src/lib/codecs/neighbors.ts";
import { vectorsToIPC } from "../../../../src/lib/codecs/vectors.ts";

// Forty films in four genres, liked in pairs: enough for several buckets of the lists family.
const GENRES = ["Action", "Drama", "Comedy", "Horror"];
const FILMS = Array.from({ length: 40 }, (_, i) =>
  film({
    title: `Film ${i}`,
    release_year: 1980 + i,
    genres: [GENRES[i % 4]],
    keywords: [`theme ${i % 5}`, `place ${i % 3}`],
  }),
);
const RATINGS = Array.from({ length: 40 }, (_, u) => [
  { user: u + 1, film: FILMS[u].id, rating: 5 },
  { user: u + 1, film: FILMS[(u + 1) % 40].id, rating: 4 },
]).flat();

const folders: string[] = [];
after(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));
const folder = async () => {
  const dir = await mkdtemp(join(tmpdir(), "filmoteca-lists-"));
  folders.push(dir);
  return dir;
};

/** Every file of a folder: name → bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)),
  );
}

describe("listFamilyInThreads(assets)", () => {
  const recommender = buildRecommender(FILMS, RATINGS, { contentDims: 8 });
  const { rows, k, sources } = recommender.neighbors!;
  const assets = {
    films: filmsToIPC(FILMS),
    vectors: vectorsToIPC(recommender.vectors),
    neighbors: neighborsToIPC(rows, k, sources),
    similar: null,
  };

  it("writes, from the assets, the bytes this thread writes from the build's own recommender", async () => {
    const here = await folder();
    const source = listShards(recommender, null);
    const written = await writeBuckets(here, source);
    const threads = await folder();
    const family = listFamilyInThreads(assets, { threads: 2 });
    assert.ok("inThreads" in family);
    const inThreads = await family.inThreads(threads);
    assert.deepEqual(familyEntry("lists", inThreads), familyEntry("lists", written));
    assert.ok(source.buckets > 1, "several buckets, shared between the threads");
    assert.deepEqual(await filesOf(threads), await filesOf(here));
  });
});
