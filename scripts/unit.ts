// Runs every tests/unit/**/*.test.ts file with Node's test runner (Node 20 has no --test globs).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { run } from "./lib/run.ts";

function find(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? find(join(dir, e.name))
      : e.name.endsWith(".test.ts")
        ? [join(dir, e.name)]
        : [],
  );
}

const files = find("tests/unit").sort();
process.exit(
  await run(process.execPath, [
    "--import",
    "tsx",
    "--test",
    "--test-reporter=spec",
    ...files,
    ...process.argv.slice(2),
  ]),
);
