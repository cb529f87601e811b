// Browser tests against the built site served by `astro preview` (run `npm run build` first;
// `npm run test:e2e` does both).
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./scripts/lib/chromium.ts";

const port = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // Every skip prints its reason at the end of the run.
  reporter: [["list"], ["./tests/e2e/skip-reasons.ts"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: "off",
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
