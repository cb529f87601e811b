import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  lazyFamily,
  startFamilies,
  writeShardFamily,
} from "../../../../build-data/shards/write-shards.ts";
import { discardStaging, openStaging } from "../../../../build-data/write.ts";

const family = (name: string, payloads: unknown[], onOpen: () => void = () => {}) =>
  lazyFamily(name, () => {
    onOpen();
    return { family: name, buckets: payloads.length, payload: (bucket) => payloads[bucket] };
  });

const dirs: string[] = [];
const newDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "filmoteca-start-"));
  dirs.push(dir);
  return dir;
};
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("startFamilies(staging, families): the families written while the features run", () => {
  it("gives each family the manifest entry and staged folder a write in its turn would give", async () => {
    const families = [family("cards", [{ a: 1 }, { b: 2 }]), family("texts", [[1, 2, 3]])];
    const early = startFamilies(join(await newDir(), "shards"), families);
    const later = join(await newDir(), "shards");
    for (const [i, started] of early.entries()) {
      assert.equal(started.family, families[i].family);
      const staged = await writeShardFamily("unused", started);
      const inTurn = await writeShardFamily(later, families[i]);
      assert.deepEqual(staged.entry, inTurn.entry);
      assert.deepEqual(await readdir(staged.stagedDir), await readdir(inTurn.stagedDir));
    }
  });

  it("opens one family only when the one before it is written (one family's records in memory)", async () => {
    const opened: string[] = [];
    const early = startFamilies(join(await newDir(), "shards"), [
      family("first", [1], () => opened.push("first")),
      family("second", [2], () => opened.push("second")),
    ]);
    assert.deepEqual(opened, [], "nothing is computed before this thread is free");
    await writeShardFamily("unused", early[0]);
    await writeShardFamily("unused", early[1]);
    assert.deepEqual(opened, ["first", "second"]);
  });

  it("carries a family's failure to whoever awaits it, and to the families after it", async () => {
    const early = startFamilies(join(await newDir(), "shards"), [
      family("broken", [1], () => {
        throw new Error("disk full");
      }),
      family("after", [2]),
    ]);
    await assert.rejects(writeShardFamily("unused", early[0]), /disk full/);
    await assert.rejects(writeShardFamily("unused", early[1]), /disk full/);
  });
});

describe("discardStaging(staging, families)", () => {
  it("waits for the families being written, then removes the staging folder", async () => {
    const out = await newDir();
    const staging = await openStaging(out);
    const early = startFamilies(staging.shardsDir, [family("cards", [{ a: 1 }])]);
    await discardStaging(staging, early);
    assert.equal(existsSync(staging.dir), false);
    assert.deepEqual(await readdir(out), [], "nothing is left in the output folder");
  });

  it("openStaging removes the staging folder a killed build left", async () => {
    const out = await newDir();
    const killed = await openStaging(out);
    const next = await openStaging(out);
    assert.equal(existsSync(killed.dir), false);
    assert.deepEqual(await readdir(out), [next.dir.slice(out.length + 1)]);
  });
});
