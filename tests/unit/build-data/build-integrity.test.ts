// The build as a deployment sees it: the same input gives the same bytes in every output file, and
// a build killed at any write leaves a data folder whose manifest and assets still agree.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildData } from "../../../build-data/build.ts";
import { loadAsset, loadManifest } from "../../../src/lib/assets.ts";
import type { AssetName, Manifest } from "../../../src/lib/schema.ts";
import { diskFetcher } from "../../../scripts/lib/node-engine.ts";
import {
  kaggleFolder,
  metadataCsv,
  metadataRow,
  pyLiteral,
} from "../../fixtures/movies-metadata.ts";

const collection = (name: string) => pyLiteral({ id: 1, name, poster_path: null });
const filmsOf = (ids: number[]) =>
  metadataCsv(
    ids.map((id) =>
      metadataRow(id, { belongs_to_collection: id % 3 ? "" : collection(`Saga ${id % 7}`) }),
    ),
  );

/** Every file under `dir` (relative path → bytes). */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
  return new Map(
    await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))] as const)),
  );
}

/** Loads the manifest and verifies every asset it names (size and sha256), as the worker does. */
async function verifiedManifest(dir: string): Promise<Manifest> {
  const fetchBytes = diskFetcher(dir);
  const manifest = await loadManifest(fetchBytes);
  for (const name of Object.keys(manifest.assets) as AssetName[]) {
    await loadAsset(manifest, name, fetchBytes);
  }
  return manifest;
}

/** Runs the data CLI, SIGKILLed at its `killAt`th write or rename into `out`; resolves how it ended. */
function runCli(input: string, out: string, killAt: number) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          "--import",
          "./tests/fixtures/kill-on-write.ts",
          "build-data/cli.ts",
          ...["--source", "kaggle", "--input", input, "--out", out, "--quiet"],
        ],
        { env: { ...process.env, KILL_AT: String(killAt), KILL_DIR: out }, stdio: "pipe" },
      );
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      child.on("error", reject);
      child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
    },
  );
}

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), "filmoteca-integrity-"))));
after(() => rm(dir, { recursive: true, force: true }));

describe("two builds of the same input", () => {
  it("are byte-identical over the whole output folder (kaggle fixture and vega default)", async () => {
    const { input } = await kaggleFolder(filmsOf([5, 3, 9, 1, 12, 7, 30, 4]));
    for (const [name, options] of [
      ["kaggle", { source: "kaggle" as const, input }],
      ["vega", {}],
    ] as const) {
      await buildData({ ...options, out: join(dir, name, "a") });
      await buildData({ ...options, out: join(dir, name, "b") });
      const [a, b] = await Promise.all([
        snapshot(join(dir, name, "a")),
        snapshot(join(dir, name, "b")),
      ]);
      assert.deepEqual([...a.keys()], [...b.keys()], `${name}: the same file names`);
      assert.ok(a.size >= 3, `${name}: a manifest and assets`);
      for (const [file, bytes] of a) assert.ok(bytes.equals(b.get(file)!), `${name}: ${file}`);
    }
  });
});

describe("a build killed midway", () => {
  it("leaves the previous manifest and every asset it names intact, at every write and rename", async () => {
    const previous = await kaggleFolder(filmsOf([1, 2, 3, 4, 5, 6]));
    const next = await kaggleFolder(filmsOf([10, 20, 30, 40, 50, 60, 70]));
    const base = join(dir, "base");
    const old = (await buildData({ source: "kaggle", input: previous.input, out: base })).manifest;

    const outcomes: string[] = [];
    // Kill points in turn until the build gets through (a build writes far fewer than 30 files).
    for (let killAt = 1; killAt <= 30; killAt++) {
      const out = join(dir, `kill-${killAt}`);
      await cp(base, out, { recursive: true });
      const run = await runCli(next.input, out, killAt);
      const manifest = await verifiedManifest(out);
      if (run.signal === "SIGKILL") {
        // Killed before the new manifest is in place: the old one rules; after it: the new one.
        outcomes.push(manifest.inputFingerprint === old.inputFingerprint ? "old" : "new");
        continue;
      }
      assert.equal(run.code, 0, run.stderr);
      assert.notEqual(manifest.inputFingerprint, old.inputFingerprint);
      outcomes.push("done");
      break;
    }
    assert.equal(outcomes.at(-1), "done", `never finished: ${outcomes.join(", ")}`);
    assert.ok(outcomes.filter((o) => o === "old").length >= 2, outcomes.join(", "));
    // Once the new manifest is in place, no later kill brings the old one back.
    assert.doesNotMatch(outcomes.join(","), /new,old/);
  });
});
