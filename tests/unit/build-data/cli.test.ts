import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { parseBuildArgs } from "../../../build-data/cli.ts";
import { REAL, metadataCsv, shiftedRecord, writeFolder } from "../../fixtures/movies.ts";

const run = promisify(execFile);

/** Runs `npm run data -- …` as a user would (without npm): exit code, stdout and stderr. */
async function data(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "build-data/cli.ts", ...args],
      {
        env: { ...process.env, FORCE_COLOR: "0" },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), "filmoteca-cli-"))));
after(() => rm(dir, { recursive: true, force: true }));

describe("npm run data (build-data/cli.ts)", () => {
  it("exits 2 with one sentence naming a missing movies_metadata.csv", async () => {
    const r = await data(
      "--source",
      "kaggle",
      "--input",
      join(dir, "nowhere"),
      "--out",
      join(dir, "o"),
    );
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      `filmoteca data: ${join(dir, "nowhere", "movies_metadata.csv")} does not exist: expected a folder with The Movies Dataset's movies_metadata.csv\n`,
    );
  });

  it("exits 2 when movies_metadata.csv cannot be read as a file", async () => {
    await mkdir(join(dir, "folder", "movies_metadata.csv"), { recursive: true });
    const r = await data(
      "--source",
      "kaggle",
      "--input",
      join(dir, "folder"),
      "--out",
      join(dir, "o"),
    );
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      `filmoteca data: ${join(dir, "folder", "movies_metadata.csv")} is not a file: expected a folder with The Movies Dataset's movies_metadata.csv\n`,
    );
  });

  it("exits 2 for --source kaggle without --input, and for an unknown source", async () => {
    const [noInput, unknown] = await Promise.all([
      data("--source", "kaggle"),
      data("--source", "imdb"),
    ]);
    assert.equal(noInput.code, 2);
    assert.equal(
      noInput.stderr,
      "filmoteca data: --source kaggle needs --input DIR: expected a folder with The Movies Dataset's CSV files\n",
    );
    assert.equal(unknown.code, 2);
    // A bad argument is named, then the usage follows.
    assert.match(
      unknown.stderr,
      /^filmoteca data: invalid --source "imdb": expected vega or kaggle\n\nusage: npm run data -- /,
    );
  });

  it("takes --ratings full (the default) or small, and exits 2 for anything else", async () => {
    assert.equal(parseBuildArgs([]).ratings, "full");
    assert.equal(parseBuildArgs(["--ratings", "small"]).ratings, "small");
    assert.throws(() => parseBuildArgs(["--ratings", "tiny"]), {
      name: "UsageError",
      message:
        'invalid --ratings "tiny": expected full (ratings.csv, the default) or small (ratings_small.csv)',
    });
  });

  it("prints one line per stage, the reconciliation table, and time and memory; nothing with --quiet", async () => {
    const [head, tail] = shiftedRecord("2014-01-01", 1);
    const input = await writeFolder(join(dir, "in"), {
      "movies_metadata.csv": metadataCsv(REAL.toyStory, head, tail, REAL.toyStory),
    });
    const [loud, quiet] = await Promise.all([
      data("--source", "kaggle", "--input", input, "--out", join(dir, "loud")),
      data("--source", "kaggle", "--input", input, "--out", join(dir, "quiet"), "--quiet"),
    ]);
    assert.equal(loud.code, 0, loud.stderr);
    const lines = loud.stdout.trimEnd().split("\n");
    assert.match(lines[0], /^movies_metadata\.csv: 0\.0 MB in \d+\.\d s$/);
    assert.match(lines[3], /^shards: /);
    assert.match(lines[4], /^write: \d+ files in /);
    assert.deepEqual(lines.slice(5, 13), [
      "  4  input records",
      "  1  kept",
      "  1  duplicates (first record of each id kept)",
      "  2  quarantined",
      "  1    wrong number of columns",
      "  1    shifted columns",
      "  0  dropped",
      "  4 = 1 + 1 + 2 + 0",
    ]);
    assert.match(lines.at(-1)!, /^etl \d+\.\d s wall \(\d+\.\d s CPU\), peak RSS \d+ MB$/);
    assert.equal(quiet.code, 0);
    assert.equal(quiet.stdout, "");
    assert.equal(quiet.stderr, "");
  });
});
