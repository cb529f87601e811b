import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
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

/** Runs the CLI as `npm run query` does; resolves with its exit code and output. */
async function query(...args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [
      "--import",
      "tsx",
      "scripts/query.ts",
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run query -- <query> <value> [--year N] [--data DIR]", { concurrency: true }, () => {
  it("prints the one-line JSON answer and exits 0", async () => {
    assert.deepEqual(await query("retorno", "Solaris", "--year", "1972", "--data", dir), {
      code: 0,
      stdout:
        '{"pelicula":"Solaris","inversion":0,"ganancia":0,"retorno":0,"año":1972,"otras":[{"titulo":"Solaris","año":2002}]}\n',
      stderr: "",
    });
  });
  it("joins an unquoted value of several words", async () => {
    const { code, stdout } = await query("franquicia", "Toy", "Story", "--data", dir);
    assert.equal(code, 0);
    assert.ok(stdout.endsWith("\n"));
    assert.deepEqual(
      Object.entries(JSON.parse(stdout)).slice(0, 4),
      Object.entries({
        franquicia: "Toy Story Collection",
        cantidad: 3,
        ganancia_total: 750920902,
        ganancia_promedio: 750920902 / 3,
      }),
    );
  });
  it("prints the error answer and exits 1 for a value the data does not have", async () => {
    assert.deepEqual(await query("productoras", "Pixar", "--data", dir), {
      code: 1,
      stdout:
        '{"error":"\\"Pixar\\" no coincide con ninguna productora de los datos","sugerencias":["Pixar Animation Studios"]}\n',
      // The closest values, as commands to run, as `recommend` offers the closest title.
      stderr: 'did you mean:\n  npm run --silent query -- productoras "Pixar Animation Studios"\n',
    });
  });
  it("suggests the years of a shared title as commands with --year", async () => {
    const { code, stderr } = await query("retorno", "Solaris", "--year", "1990", "--data", dir);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      'did you mean:\n  npm run --silent query -- retorno "Solaris" --year 2002\n  npm run --silent query -- retorno "Solaris" --year 1972\n',
    );
  });
  it("exits 2 with the usage for an unknown query or a missing value", async () => {
    const unknown = await query("peliculas_anio", "1995", "--data", dir);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stdout, "");
    assert.match(unknown.stderr, /^unknown query "peliculas_anio": expected one of peliculas_mes,/);
    assert.match(unknown.stderr, /usage: npm run --silent query -- <query> <value>/);
    const missing = await query("peliculas_mes", "--data", dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^missing the value of "mes"/);
  });
  it("exits 1 naming the folder when the data cannot be loaded", async () => {
    const { code, stdout, stderr } = await query(
      "peliculas_mes",
      "enero",
      "--data",
      join(dir, "x"),
    );
    assert.equal(code, 1);
    assert.equal(stdout, "");
    assert.match(
      stderr,
      /^cannot load the data: .*manifest\.json does not exist: build the data first/,
    );
  });
});
