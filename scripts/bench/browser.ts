// The browser side of the bench: headless Chromium through Playwright. Page timings are taken in
// the page (performance.now() from navigation start); engine timings inside the worker.
import { spawnSync } from "node:child_process";
import { chromium, type Browser } from "@playwright/test";
import type { BenchmarkResult, BenchmarkSpec } from "../../src/lib/benchmark.ts";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../tests/e2e/chromium.ts";

/** The page that exposes `window.filmotecaBench(spec)` (the performance page). */
export const HARNESS_PATH = "/rendimiento/";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
}

/**
 * Ends the processes this one started and are still running. After a page that ran out of memory
 * (the 200,000-film catalogue), Chromium can outlive browser.close(), keep burning a core and keep
 * this process from exiting; the bench calls this once its results are written.
 */
export function endChildProcesses(): void {
  spawnSync("pkill", ["-P", String(process.pid)]);
}

declare global {
  interface Window {
    __benchSeen?: number;
    filmotecaBench?: (spec: BenchmarkSpec) => Promise<BenchmarkResult>;
  }
}

/**
 * Milliseconds from navigation start until `selector` matches, for `runs` cold loads of `url`
 * (each in a fresh context, so nothing is cached). A MutationObserver installed before any page
 * script notes the first moment the selector matches.
 */
export async function timeToSelector(
  browser: Browser,
  url: string,
  selector: string,
  runs: number,
  timeoutMs = 120_000,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript((sel: string) => {
        const observer = new MutationObserver(() => {
          if (window.__benchSeen === undefined && document.querySelector(sel)) {
            window.__benchSeen = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true });
      }, selector);
      await page.goto(url);
      try {
        await page.waitForFunction(() => window.__benchSeen !== undefined, null, {
          timeout: timeoutMs,
        });
      } catch {
        throw new Error(
          `${selector} never appeared at ${url} within ${timeoutMs / 1000} s${errors.length ? `; page errors: ${errors.join("; ")}` : ""}`,
        );
      }
      times.push(await page.evaluate(() => window.__benchSeen!));
    } finally {
      await context.close();
    }
  }
  return times;
}

export type SpecOutcome = { ok: true; result: BenchmarkResult } | { ok: false; reason: string };

/** Runs each spec in order in one page's worker; a failing spec is reported, the others still run. */
export async function benchmarkWorker(
  browser: Browser,
  baseUrl: string,
  specs: BenchmarkSpec[],
): Promise<SpecOutcome[]> {
  const context = await browser.newContext();
  // Cross-origin isolation refines performance.now() from 100 µs to 5 µs steps, which matters for
  // sub-millisecond calls. The site does not send these headers (they would block posters from
  // other origins), so the bench adds them to its own same-origin responses.
  await context.route("**/*", async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
      },
    });
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const harness = new URL(HARNESS_PATH, baseUrl).href;
    await page.goto(harness);
    try {
      await page.waitForFunction(() => typeof window.filmotecaBench === "function", null, {
        timeout: 120_000,
      });
    } catch {
      throw new Error(
        `${harness} did not define window.filmotecaBench within 120 s${errors.length ? `; page errors: ${errors.join("; ")}` : ""}`,
      );
    }
    const outcomes: SpecOutcome[] = [];
    for (const spec of specs) {
      try {
        const result = await page.evaluate((s) => window.filmotecaBench!(s), spec);
        outcomes.push({ ok: true, result });
      } catch (error) {
        const message = (error as Error).message.split("\n")[0].replace(/^page\.evaluate: /, "");
        outcomes.push({ ok: false, reason: message });
      }
    }
    return outcomes;
  } finally {
    await context.close();
  }
}
