import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { writeFixture } from "../lib/queries/fixture.ts";

const exec = promisify(execFile);
let dir: string;
before(async () => {
  dir = await writeFixture();
});
after(() => rm(dir, { recursive: true, force: true }));

/** Runs `npm run --silent recommend -- --likes-file FILE` over the fixture build. */
async function recommend(profiles: string, ...args: string[]) {
  const file = join(dir, `likes-${Math.random().toString(36).slice(2)}.txt`);
  await writeFile(file, profiles);
  try {
    const { stdout, stderr } = await exec(process.execPath, [
      "--import",
      "tsx",
      "scripts/recommend.ts",
      "--likes-file",
      file,
      "--data",
      dir,
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run recommend -- --likes-file FILE [--k N]", { concurrency: true }, () => {
  it("prints one JSON line per profile, in order, none listing a liked film", async () => {
    const r = await recommend("862,863\n\n863\r\n862\n", "--k", "3");
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => l.likes),
      [[862, 863], [863], [862]],
    );
    for (const { likes, items } of lines) {
      assert.ok(items.length > 0 && items.length <= 3);
      for (const item of items) {
        assert.deepEqual(Object.keys(item), ["id", "title", "year", "score", "reasons"]);
        assert.ok(!likes.includes(item.id), `${item.id} is liked`);
        assert.equal(item.reasons[0].kind, "youLiked");
      }
    }
  });

  it("exits 2 naming an id the build lacks, and prints no answer", async () => {
    const r = await recommend("862\n862,424242\n");
    assert.deepEqual(r, {
      code: 2,
      stdout: "",
      stderr: 'profile "862,424242": no film with id 424242 in this build\n',
    });
  });

  it("exits 2 naming a piece that is no id", async () => {
    const r = await recommend("862,tt0114709\n");
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      'profile "862,tt0114709": invalid id "tt0114709": expected a TMDB id (a positive integer)\n',
    );
  });
});
