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

/** What {@link chromiumExecutable} looks at; injected so the lookup can be tested. */
export interface ChromiumLookup {
  /** Default: process.env.CHROMIUM_PATH. */
  envPath?: string;
  /** Default: fs.existsSync. */
  exists?: (path: string) => boolean;
  /** Path of Playwright's own Chromium (throws when Playwright has none). */
  bundledPath?: () => string;
}

/** The executable to launch, or undefined for Playwright's own; throws one clear sentence when none exists. */
export function chromiumExecutable(lookup: ChromiumLookup = {}): string | undefined {
  const exists = lookup.exists ?? existsSync;
  const fromEnv = "envPath" in lookup ? lookup.envPath : process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new Error(
        `CHROMIUM_PATH is ${fromEnv}, but no file is there: point it at a Chromium executable.`,
      );
    return fromEnv;
  }
  if (exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let bundled = "";
  try {
    bundled = (lookup.bundledPath ?? (() => chromium.executablePath()))();
  } catch {
    // Playwright throws when it has no browser of its own; handled below.
  }
  if (bundled && exists(bundled)) return undefined;
  throw new Error(
    "No Chromium found: install one with `apt-get install chromium` or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.",
  );
}
