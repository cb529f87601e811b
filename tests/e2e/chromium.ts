// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else the browser Playwright downloaded (npx playwright install chromium).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless Chromium on a machine with no network but localhost. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** The executable to launch, or undefined for Playwright's own; throws one clear sentence when none exists. */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(
        `CHROMIUM_PATH is ${fromEnv}, but no file is there: point it at a Chromium executable.`,
      );
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let bundled = "";
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser of its own; handled below.
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    "No Chromium found: install one with `apt-get install chromium` or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.",
  );
}
