// `npm run bench -- [cold | queries | recommend] …` runs one part on its own (see SUBCOMMANDS);
// `npm run bench -- [--input DIR] [--json] [--save] [--scale [SIZES]]`: builds the data and the site
// into a temp folder, measures the ETL, the assets and the worker in headless Chromium, and prints
// a table (or one JSON object). A figure it cannot measure is named with its reason and the exit
// code is 1: it never prints a number it did not measure.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "@playwright/test";
import { QUERY_NAMES, type BenchmarkSpec } from "../src/bench/benchmark.ts";
import type { Figures, Results } from "../src/bench/performance.ts";
import { percentile } from "../src/bench/timing.ts";
import { parseBenchArgs, USAGE, type BenchArgs } from "./bench/args.ts";
import { assetSizes } from "./bench/assets.ts";
import {
  benchmarkWorker,
  endChildProcesses,
  launchBrowser,
  timeToSelector,
} from "./bench/browser.ts";
import {
  coldInputs,
  coldNote,
  emptyColdFigures,
  launchColdBrowser,
  runColdVisits,
  type ColdSetup,
} from "./bench/cold-visits.ts";
import { runEtl } from "./bench/etl.ts";
import { codeVersion, machine } from "./bench/machine.ts";
import { formatReport, notMeasured } from "./bench/report.ts";
import { measureScale, scaleUnavailable } from "./bench/scale.ts";
import { buildSite, serve, type Server } from "./bench/site.ts";
import { startThrottledServer, type ThrottledServer } from "./bench/throttled-server.ts";
import { loadEngineFromDisk } from "./lib/node-engine.ts";

export const RESULTS_FILE = "benchmarks/results.json";
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function emptyFigures(): Figures {
  return {
    films: null,
    etl_seconds: null,
    etl_peak_rss_mb: null,
    assets_bytes: null,
    assets_bytes_gzip: null,
    recommender_assets_bytes_gzip: null,
    worker_ready_ms: null,
    first_answer_ms: null,
    recommend_p50_ms: null,
    recommend_p95_ms: null,
    query_p95_ms: null,
    original_method_p50_ms: null,
    speedup_vs_original: null,
    ...emptyColdFigures(),
  };
}

async function measure(args: BenchArgs, tmp: string, results: Results): Promise<void> {
  const missing = (key: string, reason: string) => results.missing.push({ key, reason });
  const data = join(tmp, "data");
  const site = join(tmp, "site");

  log(`ETL of the ${args.input ? `kaggle folder ${args.input}` : "vega default"}`);
  const etl = await runEtl({ input: args.input ?? undefined, out: data });
  if (!etl.ok) throw new Error(etl.reason);
  results.etl_seconds = etl.seconds;
  results.etl_peak_rss_mb = etl.peakRssMb;
  results.details.etl_cpu_seconds = etl.cpuSeconds;
  results.notes.push(
    `etl_seconds: wall time of the real CLI in a child process, Node and tsx start-up included (CPU time ${etl.cpuSeconds.toFixed(1)} s); etl_peak_rss_mb: the child's own process.resourceUsage().maxRSS`,
  );

  const sizes = assetSizes(data);
  results.assets_bytes = sizes.bytes;
  results.assets_bytes_gzip = sizes.bytesGzip;
  results.recommender_assets_bytes_gzip = sizes.recommenderBytesGzip;
  results.details.assets = sizes.perAsset;
  if (!sizes.perAsset.neighbors)
    results.notes.push("this build has no neighbors asset: recommender bytes are the vectors only");

  const engine = await loadEngineFromDisk(data);
  results.films = engine.info().films;
  const inputs = coldInputs(engine, args.title);
  const { film } = inputs;

  log("building the site into a temp folder");
  await buildSite(data, site);
  let server: Server | null = null;
  let browser: Browser | null = null;
  let coldServer: ThrottledServer | null = null;
  let coldBrowser: Browser | null = null;
  try {
    server = await serve(site, args.port);
    browser = await launchBrowser();
    coldServer = await startThrottledServer({
      root: site,
      port: args.coldPort,
      gzipOctetStream: args.octetGzip,
    });
    coldBrowser = await launchColdBrowser();
    const cold: ColdSetup = {
      browser: coldBrowser,
      server: coldServer,
      title: args.title,
      runs: args.coldRuns,
      timeoutMs: args.coldTimeoutS * 1000,
    };
    results.machine.chromium = browser.version();
    const { url } = server;

    log(`worker ready: ${args.runs} cold loads of the home page`);
    const ready = await timeToSelector(browser, `${url}/`, "form[data-ready=true]", args.runs);
    results.worker_ready_ms = percentile(ready, 50);
    results.details.worker_ready_runs_ms = ready;
    results.notes.push(
      `worker_ready_ms: median of ${args.runs} cold loads of / (fresh browser context each), navigation start until the page's engine has loaded and checked every asset (the home page's form gets data-ready=true)`,
    );

    const filmPage = existsSync(join(site, "pelicula", "index.html"));
    const answerUrl = filmPage
      ? `${url}/pelicula/?id=${film.id}`
      : `${url}/?q=${encodeURIComponent(film.title)}`;
    log(`first answer: ${args.runs} cold loads of ${answerUrl}`);
    // The film page fills #similar-list with film cards (it holds skeleton cards until then); the
    // home page of this branch shows its own recommendations list.
    const answerSelector = filmPage
      ? "#similar-list [data-testid=film-cards] li"
      : "[data-testid=recommendations] li";
    const answers = await timeToSelector(browser, answerUrl, answerSelector, args.runs);
    results.first_answer_ms = percentile(answers, 50);
    results.details.first_answer_runs_ms = answers;
    results.notes.push(
      `first_answer_ms: median of ${args.runs} cold loads of ${filmPage ? `the film permalink /pelicula/?id=${film.id}` : `the home page /?q=${film.title} (this build has no film page /pelicula/ yet)`}, navigation start until its first recommendation is on screen`,
    );

    const specs: BenchmarkSpec[] = [
      { method: "recommendById", calls: args.calls, seed: args.seed, warmup: 100 },
      { method: "recommendOriginal", calls: args.calls, seed: args.seed, warmup: 20 },
      ...QUERY_NAMES.map((query): BenchmarkSpec => ({
        method: "query",
        query,
        calls: args.queryCalls,
        seed: args.seed,
        warmup: 20,
      })),
    ];
    log(
      `worker: ${args.calls} recommendations, ${args.calls} by the original method, ${args.queryCalls} per query`,
    );
    const outcomes = await benchmarkWorker(browser, url, specs);
    const summaries: Record<string, unknown> = {};
    outcomes.forEach((outcome, i) => {
      const spec = specs[i];
      const name = spec.query ?? spec.method;
      if (outcome.ok) summaries[name] = outcome.result;
      else missing(name, outcome.reason);
    });
    results.details.worker = summaries;
    const timed = outcomes.find((o) => o.ok);
    if (timed?.ok)
      results.notes.push(
        `worker timings: performance.now() inside the worker, one duration per call after a warm-up; timer step ${timed.result.clockResolutionMs?.toFixed(3)} ms (cross-origin isolated: ${timed.result.crossOriginIsolated ? "yes" : "no"}); p50 and p95 interpolated between ranks`,
      );
    const [ours, original] = outcomes;
    if (ours.ok) {
      results.recommend_p50_ms = ours.result.p50;
      results.recommend_p95_ms = ours.result.p95;
    }
    if (original.ok) results.original_method_p50_ms = original.result.p50;
    if (ours.ok && original.ok) results.speedup_vs_original = original.result.p50 / ours.result.p50;
    const queries = outcomes.slice(2);
    if (queries.every((q) => q.ok))
      results.query_p95_ms = Math.max(...queries.map((q) => (q.ok ? q.result.p95 : 0)));

    log(`cold visits over the emulated phone link (${coldServer.url}), ${args.coldRuns} of each`);
    const coldResult = await runColdVisits(cold, inputs, log);
    Object.assign(results, coldResult.figures);
    results.missing.push(...coldResult.missing);
    results.details.cold = coldResult.details;
    results.notes.push(coldNote(coldServer, args.coldRuns));

    if (args.scale.length) {
      const unavailable = scaleUnavailable(args.input);
      for (const size of args.scale) {
        if (unavailable) {
          results.scale[size] = { status: "failed", reason: unavailable };
          missing(`scale.${size}`, unavailable);
          continue;
        }
        results.scale[size] = await measureScale(size, {
          from: args.input!,
          seed: args.seed,
          calls: args.calls,
          timeoutMs: args.timeoutMin * 60_000,
          browser,
          siteDir: site,
          baseUrl: url,
          log,
          cold,
        });
        const point = results.scale[size];
        if (point.status === "failed") log(`scale ${size}: ${point.reason}`);
      }
    }
  } finally {
    await coldBrowser?.close();
    await coldServer?.close();
    await browser?.close();
    await server?.stop();
  }
}

async function main() {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const results: Results = {
    schemaVersion: 1,
    ...emptyFigures(),
    machine: machine("unknown"),
    code: codeVersion(),
    input: { source: args.input ? "kaggle" : "vega", dir: args.input ? resolve(args.input) : null },
    notes: [],
    missing: [],
    details: {},
    scale: {},
  };
  const tmp = mkdtempSync(join(tmpdir(), "filmoteca-bench-"));
  try {
    await measure(args, tmp, results);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (args.json) console.log(JSON.stringify(results, null, 2));
  else console.log(formatReport(results));
  if (args.save) {
    mkdirSync("benchmarks", { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${RESULTS_FILE}`);
  }
  const gaps = notMeasured(results);
  if (gaps.length) {
    log(`${gaps.length} figure(s) not measured: ${gaps.join("; ")}`);
    process.exitCode = 1;
  }
}

/**
 * The bench's parts that run on their own, each over one timing module (src/bench/timing.ts):
 * `cold` (the phone-link visits of a built site), `queries` and `recommend` (the engine in Node).
 */
const SUBCOMMANDS: Record<string, () => Promise<{ main(argv: string[]): Promise<number> }>> = {
  cold: () => import("./bench/cold.ts"),
  queries: () => import("./bench/queries.ts"),
  recommend: () => import("./bench/recommend-node.ts"),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [first, ...rest] = process.argv.slice(2);
  if (first !== undefined && Object.hasOwn(SUBCOMMANDS, first)) {
    process.exitCode = await (await SUBCOMMANDS[first]()).main(rest);
  } else await main();
  endChildProcesses();
}
