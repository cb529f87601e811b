// The import rules, read from the sources: the pure core imports no Node, no DOM-only code and no
// site code; nothing in the site (pages, components, client, worker) imports the build; the worker
// bundle never pulls the Arrow decoder statically (it is a chunk loaded with the whole catalogue).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";

const ROOT = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? filesUnder(join(dir, e.name))
      : /\.(ts|astro)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** The modules a file imports statically (`import … from "x"`, not `import type`, not `import()`). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*import\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm))
    out.push(m[1]);
  return out;
}

/** A relative specifier resolved to a path under the repository; others as they are. */
const target = (file: string, spec: string) =>
  spec.startsWith(".") ? relative(ROOT, resolve(dirname(file), spec)) : spec;

const rel = (file: string) => relative(ROOT, file);

describe("the import rules", () => {
  it("src/lib, the pure core, imports no Node module and nothing outside src/lib but packages", () => {
    const bad: string[] = [];
    for (const file of filesUnder(join(ROOT, "src/lib")))
      for (const spec of staticImports(file)) {
        const to = target(file, spec);
        if (spec.startsWith("node:") || (spec.startsWith(".") && !to.startsWith("src/lib/")))
          bad.push(`${rel(file)} → ${spec}`);
      }
    assert.deepEqual(bad, []);
  });
  it("nothing the browser runs or the pages render imports build-data", () => {
    const bad: string[] = [];
    for (const dir of ["src/pages", "src/components", "src/client", "src/workers", "src/lib"])
      for (const file of filesUnder(join(ROOT, dir)))
        for (const spec of staticImports(file))
          if (target(file, spec).startsWith("build-data/")) bad.push(`${rel(file)} → ${spec}`);
    assert.deepEqual(bad, []);
  });
  it("the worker reaches apache-arrow only through a dynamic import", () => {
    // Follow the worker's static imports: none may be apache-arrow.
    const seen = new Set<string>();
    const reached: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of staticImports(file)) {
        if (spec === "apache-arrow") reached.push(rel(file));
        if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      }
    };
    visit(join(ROOT, "src/workers/engine.worker.ts"));
    assert.ok(seen.size > 5, "the worker's imports were followed");
    assert.deepEqual(reached, []);
  });
  it("scripts may not import tests (the bench and the CLI stand on their own)", () => {
    const bad = filesUnder(join(ROOT, "scripts")).flatMap((file) =>
      staticImports(file)
        .filter((spec) => target(file, spec).startsWith("tests/"))
        .map((spec) => `${rel(file)} → ${spec}`),
    );
    // Known debt (issue 17, item 4): the Chromium lookup and the shared-data locator live in tests/.
    // A new import of tests/ from scripts/ fails here.
    const known = new Set([
      "scripts/bench/browser.ts → ../../tests/e2e/chromium.ts",
      "scripts/bench/cold-visits.ts → ../../tests/e2e/chromium.ts",
      "scripts/film-timing.ts → ../tests/e2e/chromium.ts",
      "scripts/screenshot.ts → ../tests/e2e/chromium.ts",
      "scripts/e2e.ts → ../tests/e2e/chromium.ts",
      "scripts/eval.ts → ../tests/shared-data.ts",
      "scripts/neighbor-recall.ts → ../tests/shared-data.ts",
    ]);
    assert.deepEqual(
      bad.filter((b) => !known.has(b)),
      [],
    );
  });
});
