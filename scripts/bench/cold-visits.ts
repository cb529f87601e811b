// Cold visits over the emulated phone link (scripts/bench/throttled-server.ts): a film permalink
// until its facts and then five recommendations show, the home page with "toy st" typed until the
// first suggestion shows, and a query permalink until its answer shows. Each visit is a fresh
// browser context (nothing cached) and is timed in the page from navigation start, by the marks of
// scripts/bench/browser.ts; the server counts what the visit carried until its last mark held.
import { chromium, type Browser, type Page } from "@playwright/test";
import { BENCH_DEFAULTS, SEARCH_TEXT } from "../../src/bench/defaults.ts";
import type { ColdFigures } from "../../src/bench/performance.ts";
import { percentile } from "../../src/bench/timing.ts";
import { CHROMIUM_ARGS, chromiumExecutable } from "../lib/chromium.ts";
import { notedMarks, waitForMarks, watchMarks, type MarkWatch } from "./browser.ts";
import { kilobytes } from "./link.ts";
import type { ThrottledServer, Traffic } from "./throttled-server.ts";

/** What the search visit types, as a visitor would, as soon as the box exists. */
export { SEARCH_TEXT };

/** Per-visit time limit by default, ms: today's site downloads its whole catalogue first. */
export const COLD_TIMEOUT_MS = BENCH_DEFAULTS.coldTimeoutS * 1000;

/** The film and collection the visits open (a film of the build, see {@link coldInputs}). */
export interface ColdInputs {
  film: { id: number; title: string };
  /** The collection the query visit asks for; null when the build has none to offer. */
  collection: string | null;
}

/** The part of the engine {@link coldInputs} asks (scripts/lib/node-engine.ts gives the engine). */
export interface TitleLookup {
  searchTitles(text: string, limit?: number): { id: number; title: string }[];
  film(id: number): { collection: string | null } | null;
  suggest(kind: "collection", text: string, limit?: number): { value: string }[];
}

/**
 * The film the bench finds by `title` (the best title match, as the site's search ranks them) and
 * the collection for the query visit: the film's own, else the first collection suggested for the
 * title. Throws when no film matches.
 */
export function coldInputs(engine: TitleLookup, title: string): ColdInputs {
  const film = engine.searchTitles(title, 1)[0];
  if (!film) throw new Error(`no film titled "${title}" in this build: pass another --title`);
  const collection =
    engine.film(film.id)?.collection ?? engine.suggest("collection", title, 1)[0]?.value ?? null;
  return { film: { id: film.id, title: film.title }, collection };
}

/** Options of {@link coldVisits}. */
export interface ColdOptions {
  /** Visits of each kind; each figure is their median. Default 3. */
  runs?: number;
  /** Time limit of one visit, ms. Default {@link COLD_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Only these visits (the others' figures stay null and are not called missing). Default all. */
  only?: readonly VisitName[];
  log?: (message: string) => void;
}

type MsKey = Extract<keyof ColdFigures, `${string}_ms`>;
type KbKey = Extract<keyof ColdFigures, `${string}_kb`>;

export const VISIT_NAMES = ["film", "search", "query"] as const;
export type VisitName = (typeof VISIT_NAMES)[number];

/** One kind of visit: where it goes, what it does there, and which figure each mark gives. */
interface VisitPlan {
  name: VisitName;
  path: string;
  watch: MarkWatch;
  ms: Record<string, MsKey>;
  kb: KbKey;
  rawKb: KbKey;
  /** What the visitor does once the page is committed (typing, for the search). */
  act?: (page: Page, timeoutMs: number) => Promise<void>;
}

/** A page that shows a problem (engine or data failure) fails the visit at once, with its text. */
const PROBLEM = "[role=alert], [data-query-page][data-ready=failed] [data-status]";

/** The three visits for `inputs`; the query visit is absent when there is no collection. */
export function visitPlans(inputs: ColdInputs): VisitPlan[] {
  const plans: VisitPlan[] = [
    {
      name: "film",
      path: `/pelicula/?id=${inputs.film.id}`,
      watch: {
        marks: [
          // The film's facts: its title heading, visible, with the film's title.
          { name: "facts", selector: "#film h1", text: inputs.film.title, visible: true },
          // Five real cards (the skeleton cards are not in a film-cards list).
          {
            name: "recommendations",
            selector: "#similar-list [data-testid=film-cards] > li",
            count: 5,
          },
        ],
        fail: PROBLEM,
      },
      ms: { facts: "cold_film_facts_ms", recommendations: "cold_film_ms" },
      kb: "cold_film_kb",
      rawKb: "cold_film_raw_kb",
    },
    {
      name: "search",
      path: "/",
      watch: {
        marks: [
          // The box's script has run (it makes the input a combobox): when, for the record.
          { name: "attached", selector: "#title-input[role=combobox]" },
          { name: "suggestion", selector: "#title-input-list [role=option]", visible: true },
        ],
        fail: PROBLEM,
      },
      ms: { suggestion: "cold_search_ms" },
      kb: "cold_search_kb",
      rawKb: "cold_search_raw_kb",
      // The visitor types as soon as the box is there, waiting for nothing else. The page's
      // time of the last key ("typed") is kept beside "attached": text typed before the box's
      // script ran may never be searched, and the failure then says so.
      act: (page, timeoutMs) =>
        page.locator("#title-input").pressSequentially(SEARCH_TEXT, { timeout: timeoutMs }),
    },
  ];
  if (inputs.collection !== null)
    plans.push({
      name: "query",
      path: `/consultas/franquicia/?${new URLSearchParams({ franquicia: inputs.collection })}`,
      watch: {
        marks: [
          {
            name: "answer",
            selector: "[data-testid=answer-card] > .answer-card:not(.error)",
            visible: true,
          },
        ],
        // An answer that is an error (an unknown collection) is no answer.
        fail: `${PROBLEM}, [data-testid=answer-card] > .answer-card.error`,
      },
      ms: { answer: "cold_query_ms" },
      kb: "cold_query_kb",
      rawKb: "cold_query_raw_kb",
    });
  return plans;
}

/** One visit: its marks (ms from navigation start) and what the link carried until the last. */
export interface VisitRun {
  ms: Record<string, number>;
  traffic: Traffic;
}

/**
 * A Chromium for cold visits: every host but the loopback one fails to resolve, so posters (TMDB's
 * CDN, which the emulated link does not carry) fail at once on any machine, online or not.
 */
export function launchColdBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
}

async function visitOnce(
  browser: Browser,
  server: ThrottledServer,
  plan: VisitPlan,
  timeoutMs: number,
): Promise<VisitRun> {
  const context = await browser.newContext();
  try {
    let traffic: Traffic | null = null;
    // The page calls this the moment its last mark holds: the link's counters at that moment.
    await context.exposeBinding("__benchMarked", () => void (traffic ??= server.traffic()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await watchMarks(page, plan.watch);
    server.reset();
    await page.goto(`${server.url}${plan.path}`, { waitUntil: "commit", timeout: timeoutMs });
    const acted = plan.act?.(page, timeoutMs).catch((error: Error) => error);
    /** The marks so far, with the last key typed as "typed". */
    const times = async () => {
      const noted = await notedMarks(page).catch(() => undefined);
      return {
        ...noted?.at,
        ...(noted?.lastInput === undefined ? {} : { typed: noted.lastInput }),
      } as Record<string, number>;
    };
    try {
      await waitForMarks(page, plan.watch, timeoutMs, errors);
    } catch (error) {
      // The visitor may still wait for a box that never came: its failure, if it is done.
      const done = await Promise.race([acted, new Promise<void>((r) => setTimeout(r, 1000))]);
      const at = await times();
      const when = Object.entries(at).map(([mark, t]) => `${mark} at ${Math.round(t)} ms`);
      const also =
        done instanceof Error
          ? `; the visitor could not act: ${done.message.split("\n")[0]}`
          : at.typed !== undefined && at.attached !== undefined && at.typed < at.attached
            ? "; all of the text was typed before the box's script ran (no input event reached it)"
            : "";
      throw new Error(
        `${(error as Error).message.split("\n")[0]}${when.length ? ` (${when.join(", ")})` : ""}${also}`,
      );
    }
    const done = await acted;
    if (done instanceof Error) throw done;
    return { ms: await times(), traffic: traffic ?? server.traffic() };
  } finally {
    await context.close();
  }
}

/** The cold-visit figures of one build, what could not be measured, and every run's detail. */
export interface ColdResult {
  figures: ColdFigures;
  missing: { key: string; reason: string }[];
  details: Record<string, unknown>;
}

export function emptyColdFigures(): ColdFigures {
  return {
    cold_film_facts_ms: null,
    cold_film_ms: null,
    cold_film_kb: null,
    cold_film_raw_kb: null,
    cold_search_ms: null,
    cold_search_kb: null,
    cold_search_raw_kb: null,
    cold_query_ms: null,
    cold_query_kb: null,
    cold_query_raw_kb: null,
  };
}

/** Times the three cold visits, `runs` of each, on `server` (which serves the built site). */
export async function coldVisits(
  browser: Browser,
  server: ThrottledServer,
  inputs: ColdInputs,
  options: ColdOptions = {},
): Promise<ColdResult> {
  const {
    runs = BENCH_DEFAULTS.coldRuns,
    timeoutMs = COLD_TIMEOUT_MS,
    log = () => {},
    only = VISIT_NAMES,
  } = options;
  const result: ColdResult = { figures: emptyColdFigures(), missing: [], details: {} };
  const plans = visitPlans(inputs).filter((p) => only.includes(p.name));
  if (inputs.collection === null && only.includes("query"))
    for (const key of ["cold_query_ms", "cold_query_kb", "cold_query_raw_kb"])
      result.missing.push({
        key,
        reason: `the film "${inputs.film.title}" has no collection and none is suggested for its title: no query permalink to open`,
      });
  for (const plan of plans) {
    const visits: VisitRun[] = [];
    let failure: string | null = null;
    for (let i = 0; i < runs && !failure; i++) {
      log(`cold ${plan.name} visit ${i + 1}/${runs}: ${plan.path}`);
      try {
        visits.push(await visitOnce(browser, server, plan, timeoutMs));
      } catch (error) {
        // A visit that failed once is not tried again: today's site would spend the whole limit.
        failure = (error as Error).message.split("\n")[0];
      }
    }
    const keys = [...Object.values(plan.ms), plan.kb, plan.rawKb];
    // The runs that finished are kept even when one failed (no figure is made from them then).
    const detail: Record<string, unknown> = {
      path: plan.path,
      runs: visits.map((v) => ({
        ms: v.ms,
        kb: kilobytes(v.traffic.wireBytes),
        raw_kb: kilobytes(v.traffic.rawBytes),
        requests: v.traffic.responses.length,
        incomplete: v.traffic.incomplete,
      })),
    };
    result.details[plan.name] = detail;
    if (failure) {
      detail.failure = failure;
      for (const key of keys)
        result.missing.push({ key, reason: `cold ${plan.name} visit failed: ${failure}` });
      continue;
    }
    const median = (values: number[]) => percentile(values, 50);
    for (const [mark, key] of Object.entries(plan.ms))
      result.figures[key] = median(visits.map((v) => v.ms[mark]));
    result.figures[plan.kb] = kilobytes(median(visits.map((v) => v.traffic.wireBytes)));
    result.figures[plan.rawKb] = kilobytes(median(visits.map((v) => v.traffic.rawBytes)));
    // What the last run asked for, in order, with what each response carried by its last mark.
    detail.requests = visits[visits.length - 1].traffic.responses.map((r) => ({
      path: r.path,
      status: r.status,
      gzip: r.gzip,
      kb: kilobytes(r.wireBytes),
      raw_kb: kilobytes(r.rawBytes),
      ...(r.complete ? {} : { complete: false }),
    }));
  }
  return result;
}

/** What a bench run holds for its cold visits: their browser and server, and how to run them. */
export interface ColdSetup {
  browser: Browser;
  server: ThrottledServer;
  /** The title whose film (and collection) the visits open. */
  title: string;
  runs: number;
  timeoutMs: number;
}

/** Gzips the served files ahead (the data may have been swapped), then times the visits. */
export async function runColdVisits(
  setup: ColdSetup,
  inputs: ColdInputs,
  log: (message: string) => void,
): Promise<ColdResult> {
  await setup.server.warm();
  return coldVisits(setup.browser, setup.server, inputs, { ...setup, log });
}

/** The note the bench prints about how the cold figures were taken. */
export function coldNote(server: ThrottledServer, runs: number): string {
  const { link, gzipOctetStream } = server.options;
  return (
    `cold_*: median of ${runs} cold visits (fresh browser context each) over an emulated link served by scripts/bench/throttled-server.ts: ` +
    `${(link.bytesPerSecond * 8) / 1e6} Mbit/s shared by every response (the worker's too), ${link.latencyMs} ms before each response's first byte, ` +
    `gzip for HTML, JS, CSS, JSON, SVG${gzipOctetStream ? " and octet-stream (the .arrow data)" : " (octet-stream, the .arrow data, sent uncompressed)"}; ` +
    `ms from navigation start until the film's title heading (cold_film_facts_ms) and five recommendations (cold_film_ms) show at /pelicula/?id=…, ` +
    `the first suggestion shows at / with "${SEARCH_TEXT}" typed as soon as the box exists (cold_search_ms), the answer shows at /consultas/franquicia/?franquicia=… (cold_query_ms); ` +
    `_kb: response bodies carried until then, as sent (gzip), kB = 1,000 bytes; _raw_kb: the same uncompressed; headers not counted; posters (a third-party CDN) refused`
  );
}
