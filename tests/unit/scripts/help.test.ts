// Every command-line tool answers --help with its usage on stdout and exit 0, before it reads or
// builds anything; a bad flag exits 2 with the usage on stderr.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { describe, it } from "node:test";
import { promisify } from "node:util";

const run = promisify(execFile);

const TOOLS: [name: string, script: string, usage: RegExp][] = [
  ["query", "scripts/query.ts", /^usage: npm run --silent query -- <query> <value>/],
  ["recommend", "scripts/recommend.ts", /^usage: npm run --silent recommend -- \(--id/],
  ["data", "build-data/cli.ts", /^usage: npm run data -- \[--source vega\|kaggle\]/],
  ["eval", "scripts/eval.ts", /^usage: npm run eval -- \[--input DIR\]/],
  ["bench", "scripts/bench.ts", /^usage: npm run bench -- \[--input DIR\]/],
];

async function cli(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", script, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("--help", () => {
  for (const [name, script, usage] of TOOLS)
    it(`npm run ${name} -- --help prints its usage and exits 0`, async () => {
      const long = await cli(script, "--help");
      assert.equal(long.code, 0, long.stderr);
      assert.match(long.stdout, usage);
      assert.match(long.stdout, /-h, --help/);
      assert.equal(long.stderr, "");
      const short = await cli(script, "-h");
      assert.equal(short.code, 0);
      assert.equal(short.stdout, long.stdout);
    });
  it("a flag a tool does not know exits 2 with the usage on stderr", async () => {
    for (const script of ["scripts/query.ts", "build-data/cli.ts"]) {
      const r = await cli(script, "--frobnicate");
      assert.equal(r.code, 2);
      assert.match(r.stderr, /usage: /);
    }
  });
});

describe("npm run query", () => {
  it("names the query meant by a misspelt one", async () => {
    const r = await cli("scripts/query.ts", "franquicias", "Toy Story");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^unknown query "franquicias": did you mean "franquicia"\?/);
  });
});
