// `npm run test:e2e`: finds Chromium (or fails with one sentence), builds the site from the default
// source unless E2E_SKIP_BUILD=1, then runs the Playwright tests.
import { chromiumExecutable } from "./lib/chromium.ts";
import { run, runAll } from "./lib/run.ts";

try {
  chromiumExecutable();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (process.env.E2E_SKIP_BUILD !== "1") {
  await runAll([[process.execPath, ["--import", "tsx", "scripts/build.ts", "--quiet"]]]);
}
process.exit(await run("npx", ["playwright", "test", ...process.argv.slice(2)]));
