// `npx tsx scripts/lighthouse.ts [--dist dist] [--page name=/path/]… [--runs N] [--json]`: serves a
// built site as a static host does (gzip, no throttling: Lighthouse simulates the phone itself),
// runs Lighthouse's mobile audit on the home, film, query and browse pages in Debian's Chromium
// ($CHROMIUM_PATH to use another), and prints Performance, Accessibility, Best Practices, SEO and
// the layout shift of each against the targets. Exit 1 when a target is missed or a page could not
// be audited, 2 on bad arguments.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startThrottledServer } from "./bench/throttled-server.ts";

export const USAGE = `usage: npx tsx scripts/lighthouse.ts [--dist DIR] [--page NAME=PATH]… [--runs N] [--port N] [--json]

Runs Lighthouse (mobile) on a built site and prints each page's scores against the targets:
Performance ≥ 90, Accessibility ≥ 95, Best Practices ≥ 95, SEO ≥ 95, layout shift (CLS) ≤ 0.1.

  --dist DIR         the built site (default dist)
  --page NAME=PATH   a page to audit; repeat it. Default: home=/, film=/pelicula/?id=862 (or the
                     first film of the build), query=/consultas/franquicia/?franquicia=Toy Story
                     Collection, and browse= the first browse page the build has
  --runs N           audits per page; each score is their median (default 1)
  --port N           port of the static server (default 0: any free one)
  --json             print one JSON object instead of the table
  -h, --help         this text

Chromium: $CHROMIUM_PATH, else /usr/bin/chromium.
exit codes: 0 every target met, 1 a target missed or a page not audited, 2 bad arguments`;

/** The targets of issue 16, on the 0–100 scale Lighthouse's categories are shown on. */
export const TARGETS = {
  performance: 90,
  accessibility: 95,
  "best-practices": 95,
  seo: 95,
  /** Cumulative layout shift, at most. */
  cls: 0.1,
} as const;

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

/** One page's scores (the median over its runs), or why it could not be audited. */
export interface PageScores {
  name: string;
  path: string;
  scores: Record<Category, number> | null;
  cls: number | null;
  /** Total blocking time and largest contentful paint, ms (simulated mobile). */
  tbtMs: number | null;
  lcpMs: number | null;
  /** Audits that cost points, worst first (for the table's notes). */
  failing: string[];
  error?: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** The pages audited when none is named: what the targets are set on. */
export function defaultPages(dist: string): [string, string][] {
  const pages: [string, string][] = [
    ["home", "/"],
    ["film", "/pelicula/?id=862"],
    [
      "query",
      `/consultas/franquicia/?${new URLSearchParams({ franquicia: "Toy Story Collection" })}`,
    ],
  ];
  // Browse pages, when the build has them, go by one of these names.
  const browse = ["genero", "generos", "explorar", "browse"].find((dir) =>
    existsSync(join(dist, dir, "index.html")),
  );
  if (browse) pages.push(["browse", `/${browse}/`]);
  return pages;
}

/** Whether every figure of a page meets its target. */
export function meets(page: PageScores): boolean {
  if (!page.scores || page.cls === null) return false;
  return CATEGORIES.every((c) => page.scores![c] >= TARGETS[c]) && page.cls <= TARGETS.cls;
}

async function audit(port: number, url: string): Promise<Omit<PageScores, "name" | "path">> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    // The mobile default: a mid-range phone on a slow 4G link, simulated.
    formFactor: "mobile",
  });
  if (!result) throw new Error("Lighthouse returned no result");
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
    .filter((a) => a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable")
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`);
  return {
    scores,
    cls: numeric("cumulative-layout-shift"),
    tbtMs: numeric("total-blocking-time"),
    lcpMs: numeric("largest-contentful-paint"),
    failing,
  };
}

function table(pages: PageScores[]): string {
  const rows = [["page", "perf", "a11y", "best", "seo", "CLS", "TBT ms", "LCP ms", "targets"]];
  for (const p of pages) {
    if (!p.scores) {
      rows.push([p.name, "—", "—", "—", "—", "—", "—", "—", `not audited: ${p.error}`]);
      continue;
    }
    rows.push([
      p.name,
      ...CATEGORIES.map((c) => String(p.scores![c])),
      p.cls === null ? "—" : p.cls.toFixed(3),
      p.tbtMs === null ? "—" : String(Math.round(p.tbtMs)),
      p.lcpMs === null ? "—" : String(Math.round(p.lcpMs)),
      meets(p) ? "met" : "MISSED",
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) =>
        c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]),
      )
      .join("  ")
      .trimEnd(),
  );
  const notes = pages
    .filter((p) => p.scores && p.failing.length)
    .map((p) => `${p.name} (${p.path}): ${p.failing.slice(0, 6).join(", ")}`);
  return [
    ...lines,
    "",
    `targets: performance ≥ ${TARGETS.performance}, accessibility ≥ ${TARGETS.accessibility}, best practices ≥ ${TARGETS["best-practices"]}, SEO ≥ ${TARGETS.seo}, CLS ≤ ${TARGETS.cls}`,
    ...(notes.length ? ["", "audits below 90:", ...notes.map((n) => `  ${n}`)] : []),
  ].join("\n");
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dist: { type: "string", default: "dist" },
        page: { type: "string", multiple: true },
        runs: { type: "string", default: "1" },
        port: { type: "string", default: "0" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = Number(values.runs);
  const port = Number(values.port);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(port) || port < 0) {
    console.error(`--runs must be a whole number ≥ 1 and --port one ≥ 0\n\n${USAGE}`);
    return 2;
  }
  const dist = resolve(values.dist!);
  let pages: [string, string][];
  try {
    pages = values.page?.length
      ? values.page.map((spec) => {
          const at = spec.indexOf("=");
          if (at < 1 || !spec.slice(at + 1).startsWith("/"))
            throw new Error(`invalid --page "${spec}": expected NAME=/path/`);
          return [spec.slice(0, at), spec.slice(at + 1)] as [string, string];
        })
      : defaultPages(dist);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromePath)) {
    console.error(`no Chromium at ${chromePath}: install one or set CHROMIUM_PATH`);
    return 1;
  }
  // A static host with gzip and no throttling of its own: Lighthouse simulates the phone link.
  const server = await startThrottledServer({
    root: dist,
    port,
    link: { bytesPerSecond: 1e12, latencyMs: 0 },
  });
  await server.warm();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  const results: PageScores[] = [];
  try {
    for (const [name, path] of pages) {
      const runsOf: Omit<PageScores, "name" | "path">[] = [];
      let error: string | undefined;
      for (let i = 0; i < runs; i++) {
        try {
          runsOf.push(await audit(chrome.port, server.url + path));
        } catch (e) {
          error = (e as Error).message;
        }
      }
      if (runsOf.length === 0) {
        results.push({
          name,
          path,
          scores: null,
          cls: null,
          tbtMs: null,
          lcpMs: null,
          failing: [],
          error,
        });
        continue;
      }
      const med = (pick: (r: (typeof runsOf)[number]) => number | null) => {
        const known = runsOf.map(pick).filter((v): v is number => v !== null);
        return known.length ? median(known) : null;
      };
      results.push({
        name,
        path,
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [c, median(runsOf.map((r) => r.scores![c]))]),
        ) as Record<Category, number>,
        cls: med((r) => r.cls),
        tbtMs: med((r) => r.tbtMs),
        lcpMs: med((r) => r.lcpMs),
        failing: runsOf[0].failing,
      });
      process.stderr.write(`lighthouse: ${name} done\n`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  if (values.json) console.log(JSON.stringify({ targets: TARGETS, pages: results }, null, 2));
  else console.log(table(results));
  return results.every(meets) ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
