// Integration over the real Movies Dataset files in ../shared (present in CI): the facts checked
// here are those shared/data/the-movies-dataset/SOURCES.md states about the files.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildData, type BuildResult } from "../../../build-data/build.ts";
import { SHARED_DATA, hasSharedData } from "../../../scripts/lib/shared-data.ts";
import { filesUnder } from "../../fixtures/files-under.ts";

const skip = hasSharedData()
  ? false
  : `the real data is not at ${SHARED_DATA} (set FILMOTECA_SHARED_DATA)`;

describe("buildData over the real shared data", { skip }, () => {
  let dir: string;
  let result: BuildResult;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "filmoteca-shared-"));
    result = await buildData({ source: "kaggle", input: SHARED_DATA, out: join(dir, "a") });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("reconciles the 5,000 records: 4,999 unique ids, one duplicate (105045), 4 without a date", () => {
    const c = result.manifest.counts;
    assert.equal(c.input, 5000);
    assert.equal(c.duplicates, 1);
    assert.deepEqual(result.quality.duplicateIds, [105045]);
    assert.equal(c.kept + c.dropped + c.quarantined, 4999);
    assert.equal(c.quarantined, 0);
    assert.deepEqual(result.quality.droppedByReason, { "no release date": 4 });
    assert.equal(c.kept, 4995);
  });

  it("counts every record of the side files", () => {
    const j = result.quality.joins;
    assert.equal(j.credits?.rows, 99);
    assert.equal(j.keywords?.rows, 46419);
    assert.equal(j.links?.rows, 45843);
    assert.equal(j.ratings?.rows, 67038);
    // 5,005 keyword and link rows match a prefix id; the 4 films without a date are not kept.
    assert.ok(j.keywords!.matched <= 5005 && j.keywords!.matched >= 5005 - 4 * 2);
    assert.ok(j.ratings!.matched <= 49610);
  });

  it("is deterministic: a second build writes byte-identical files", async () => {
    await buildData({ source: "kaggle", input: SHARED_DATA, out: join(dir, "b") });
    const files = await filesUnder(join(dir, "a"));
    assert.deepEqual(await filesUnder(join(dir, "b")), files);
    for (const f of files)
      assert.ok((await readFile(join(dir, "a", f))).equals(await readFile(join(dir, "b", f))), f);
  });
});
