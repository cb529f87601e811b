// The deploy recipe and the header file cannot run here (no Kaggle, no host): these tests check
// what can be checked offline — the workflow parses and does every step, the headers match the CSP.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { CSP_HEADER, CSP_META } from "../../src/site/csp.ts";
import { INLINE_SCRIPTS, scriptHash } from "../../src/site/inline-scripts.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}

const workflow = parse(readFileSync(".github/workflows/deploy.yml", "utf8")) as {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  jobs: Record<string, Job>;
};
const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.map((s) => s.run ?? "").join("\n");

describe(".github/workflows/deploy.yml", () => {
  it("runs on a weekly schedule and by hand", () => {
    assert.match(workflow.on.schedule[0].cron, /^(\S+\s+){4}\S+$/);
    assert.ok("workflow_dispatch" in workflow.on);
  });

  it("installs Node 20 and the locked dependencies", () => {
    const node = steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
    assert.equal(node?.with?.["node-version"], 20);
    assert.match(runs, /^npm ci$/m);
  });

  it("downloads The Movies Dataset with the user's Kaggle secrets and unzips it", () => {
    const download = steps.find((s) => s.run?.includes("kaggle.com/api"))!;
    assert.equal(download.env?.KAGGLE_USERNAME, "${{ secrets.KAGGLE_USERNAME }}");
    assert.equal(download.env?.KAGGLE_KEY, "${{ secrets.KAGGLE_KEY }}");
    assert.match(download.run!, /rounakbanik\/the-movies-dataset/);
    assert.match(download.run!, /unzip /);
  });

  it("tests, builds from the kaggle source, tests the build and publishes dist/ to Pages", () => {
    assert.match(runs, /^npm test$/m);
    assert.match(runs, /npm run build -- --source kaggle --input "\$DATASET_DIR"/);
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"));
    assert.equal(upload?.with?.path, "dist");
    const deploy = workflow.jobs.deploy;
    assert.equal(deploy.needs, "build");
    assert.deepEqual(deploy.permissions, { pages: "write", "id-token": "write" });
    assert.ok(deploy.steps.some((s) => s.uses?.startsWith("actions/deploy-pages@")));
  });

  it("calls only npm scripts that package.json defines", () => {
    for (const [, name] of runs.matchAll(/npm run (\S+)/g)) {
      assert.ok(name in scripts, `npm run ${name}`);
    }
  });
});

describe("public/_headers", () => {
  it("sends the meta tag's Content-Security-Policy plus the header-only directives", () => {
    const headers = readFileSync("public/_headers", "utf8");
    assert.ok(headers.includes(`  Content-Security-Policy: ${CSP_HEADER}\n`));
    assert.ok(CSP_HEADER.startsWith(CSP_META));
    assert.match(CSP_HEADER, /frame-ancestors 'none'$/);
    assert.doesNotMatch(CSP_META, /frame-ancestors/);
    // Our origin, and the site's own inline scripts by their hashes: nothing else.
    const hashes = INLINE_SCRIPTS.map(scriptHash).join(" ");
    assert.ok(CSP_META.split("; ").includes(`script-src 'self' ${hashes}`), CSP_META);
  });
});
