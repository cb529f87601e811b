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
import { readShard } from "../../../src/lib/shards/shard-file.ts";
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

/**
 * Loads the manifest and verifies every asset it names (size and sha256) and every shard of every
 * family (header and sha256), as the worker does.
 */
async function verifiedManifest(dir: string): Promise<Manifest> {
  const fetchBytes = diskFetcher(dir);
  const manifest = await loadManifest(fetchBytes);
  for (const name of Object.keys(manifest.assets) as AssetName[]) {
    await loadAsset(manifest, name, fetchBytes);
  }
  for (const [family, entry] of Object.entries(manifest.shards)) {
    for (let bucket = 0; bucket < entry.buckets; bucket++) {
      const file = `${entry.dir}/${bucket}.bin`;
      await readShard(file, await fetchBytes(file), { family, bucket });
    }
  }
  return manifest;
}

/**
 * Runs the data CLI, SIGKILLed at its `killAt`th write or rename into `out` (0: never), listing the
 * operations it counts in `log` when given; resolves how it ended.
 */
function runCli(input: string, out: string, killAt: number, log?: string) {
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
        {
          env: { ...process.env, KILL_AT: String(killAt), KILL_DIR: out, KILL_LOG: log ?? "" },
          stdio: "pipe",
        },
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
  it("leaves the previous manifest and every asset and shard it names intact, at each kind of write and rename", async () => {
    const previous = await kaggleFolder(filmsOf([1, 2, 3, 4, 5, 6]));
    const next = await kaggleFolder(filmsOf([10, 20, 30, 40, 50, 60, 70]));
    const base = join(dir, "base");
    const old = (await buildData({ source: "kaggle", input: previous.input, out: base })).manifest;

    // A first run, never killed, lists the writes and renames; a kill at each kind of point then:
    // the first and last asset and shard writes, the first and last renames of assets and of
    // shard folders, the manifest's write and rename, and the clean-up after it.
    const log = join(dir, "operations.log");
    const dry = join(dir, "dry");
    await cp(base, dry, { recursive: true });
    assert.equal((await runCli(next.input, dry, 0, log)).code, 0);
    const operations = (await readFile(log, "utf8")).trimEnd().split("\n");
    const points = new Set<number>();
    const mark = (test: (op: string) => boolean) => {
      const found = operations.map((op, i) => (test(op) ? i + 1 : 0)).filter(Boolean);
      if (found.length) points.add(found[0]).add(found[found.length - 1]);
    };
    mark(
      (op) => op.startsWith("write") && !op.includes("/shards/") && !op.endsWith("manifest.json"),
    );
    mark((op) => op.startsWith("write") && op.includes("/shards/"));
    mark((op) => op.startsWith("write") && op.endsWith("manifest.json"));
    mark(
      (op) => op.startsWith("rename") && !op.includes("shards/") && !op.endsWith("manifest.json"),
    );
    mark((op) => op.startsWith("rename shards/"));
    mark((op) => op === "rename manifest.json");
    points.add(operations.length + 1); // never reached: the build completes
    const outcomes: string[] = [];
    for (const killAt of [...points].sort((a, b) => a - b)) {
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
