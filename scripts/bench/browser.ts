// The browser side of the bench: headless Chromium through Playwright. Page timings are taken in
// the page (performance.now() from navigation start); engine timings inside the worker.
import { spawnSync } from "node:child_process";
import { chromium, type Browser, type Page } from "@playwright/test";
import type { BenchmarkResult, BenchmarkSpec } from "../../src/bench/benchmark.ts";
import { CHROMIUM_ARGS, chromiumExecutable } from "../lib/chromium.ts";

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
    filmotecaBench?: (spec: BenchmarkSpec) => Promise<BenchmarkResult>;
  }
}

/**
 * A moment of a page to time: the first time `selector` matches at least `count` elements (default
 * 1), the first of them visible when `visible` is set and its text holding `text` when given.
 */
export interface Mark {
  name: string;
  selector: string;
  count?: number;
  text?: string;
  visible?: boolean;
}

/** The marks of a page, and a selector that means the page failed (its text says why). */
export interface MarkWatch {
  marks: Mark[];
  fail?: string;
}

/** What the page noted: ms from navigation start per mark, and the problem it showed, if any. */
export interface Noted {
  at: Record<string, number>;
  problem?: string;
  /** When the page saw its last input event (typing), ms from navigation start. */
  lastInput?: number;
}

/** What the watcher of `page` noted so far (undefined before it ran). */
export function notedMarks(page: Page): Promise<Noted | undefined> {
  return page.evaluate(() => (window as { __benchNoted?: Noted }).__benchNoted);
}

/**
 * The in-page watcher, as a string: tsx would add helpers to a function that the page lacks. A
 * MutationObserver (and each animation frame, for what CSS alone reveals) checks every mark and
 * notes performance.now() the first time it holds (and the time of the last input event); once all hold, or the page shows a problem, it
 * calls window.__benchMarked() when the bench exposed one (to read its own counters at that moment).
 */
const WATCHER = `(watch) => {
  const noted = (window.__benchNoted = { at: {} });
  // The page time of the last input event (a key typed into a box), whoever listens to it.
  document.addEventListener("input", () => { noted.lastInput = performance.now(); }, true);
  let finished = false;
  const holds = (mark) => {
    const found = document.querySelectorAll(mark.selector);
    if (found.length < (mark.count || 1)) return false;
    const el = found[0];
    if (mark.visible && !(el.checkVisibility ? el.checkVisibility() : el.getClientRects().length))
      return false;
    return mark.text === undefined || (el.textContent || "").includes(mark.text);
  };
  const check = () => {
    if (finished) return;
    const now = performance.now();
    for (const mark of watch.marks)
      if (noted.at[mark.name] === undefined && holds(mark)) noted.at[mark.name] = now;
    const failed = watch.fail && [...document.querySelectorAll(watch.fail)].find((el) => (el.textContent || "").trim());
    if (failed) noted.problem = failed.textContent.trim().replace(/\\s+/g, " ").slice(0, 300);
    if (failed || watch.marks.every((m) => noted.at[m.name] !== undefined)) {
      finished = true;
      observer.disconnect();
      if (window.__benchMarked) window.__benchMarked();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = () => { check(); if (!finished) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
}`;

/** Installs the watcher in `page`: call before page.goto. */
export async function watchMarks(page: Page, watch: MarkWatch): Promise<void> {
  await page.addInitScript(`(${WATCHER})(${JSON.stringify(watch)})`);
}

/**
 * Waits until every mark of `watch` held and returns when each did (ms from navigation start).
 * Throws one sentence when the page showed a problem, or when `timeoutMs` passed first (naming the
 * marks that never held and the page's errors).
 */
export async function waitForMarks(
  page: Page,
  watch: MarkWatch,
  timeoutMs: number,
  errors: readonly string[] = [],
): Promise<Record<string, number>> {
  const where = page.url();
  const read = () => notedMarks(page);
  const finished = (n?: Noted) =>
    n?.problem !== undefined || watch.marks.every((m) => n?.at[m.name] !== undefined);
  const pageErrors = () => (errors.length ? `; page errors: ${errors.join("; ")}` : "");
  try {
    await page.waitForFunction(
      (names) => {
        const n = (window as { __benchNoted?: Noted }).__benchNoted;
        return n?.problem !== undefined || names.every((name) => n?.at[name] !== undefined);
      },
      watch.marks.map((m) => m.name),
      { timeout: timeoutMs, polling: 100 },
    );
  } catch (error) {
    const noted = await read().catch(() => undefined);
    if (finished(noted)) return noted!.at;
    const missing = watch.marks.filter((m) => noted?.at[m.name] === undefined);
    const cause = /Timeout/i.test((error as Error).message)
      ? `within ${timeoutMs / 1000} s`
      : `(${(error as Error).message.split("\n")[0]})`;
    throw new Error(
      `${missing.map((m) => m.selector).join(" and ")} never appeared at ${where} ${cause}${pageErrors()}`,
    );
  }
  const noted = (await read())!;
  if (noted.problem !== undefined)
    throw new Error(`${where} showed a problem: "${noted.problem}"${pageErrors()}`);
  return noted.at;
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
  const watch = { marks: [{ name: "seen", selector }] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await watchMarks(page, watch);
      await page.goto(url);
      times.push((await waitForMarks(page, watch, timeoutMs, errors)).seen);
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
