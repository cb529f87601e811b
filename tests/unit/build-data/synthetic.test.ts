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
});
