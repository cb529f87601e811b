// `npm run bench -- cold --dist DIR` (or `npx tsx scripts/bench/cold.ts --dist DIR`) [--port N] [--film ID] [--title T] [--collection NAME]
// [--runs 3] [--timeout-s 240] [--visits film,search,query] [--no-octet-gzip]`: the cold visits of `npm run bench` on a site
// already built (dist/ with its data/): serves it behind the emulated phone link (1.6 Mbit/s
// shared, 150 ms per request, gzip), times the film, search and query visits (or those of
// --visits) in headless Chromium and prints one JSON object. Progress goes to stderr. Exit code 0 when every figure was measured,
// 1 when one was not (each is named in "missing" with its reason), 2 on bad arguments or input.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "@playwright/test";
import { loadEngineFromDisk } from "../lib/node-engine.ts";
import { ArgsError, portNumber, positiveInt } from "./args.ts";
import { endChildProcesses } from "./browser.ts";
import {
  COLD_TIMEOUT_MS,
  coldInputs,
  coldNote,
  coldVisits,
  launchColdBrowser,
  VISIT_NAMES,
  type ColdInputs,
  type VisitName,
} from "./cold-visits.ts";
import { codeVersion, machine } from "./machine.ts";
import { startThrottledServer, type ThrottledServer } from "./throttled-server.ts";

const log = (message: string) => process.stderr.write(`cold: ${message}\n`);

interface ColdArgs {
  dist: string;
  port: number;
  film: number | null;
  title: string;
  collection: string | null;
  runs: number;
  timeoutS: number;
  visits: VisitName[];
  octetGzip: boolean;
}

export function parseColdArgs(argv: string[]): ColdArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      dist: { type: "string" },
      port: { type: "string", default: "0" },
      film: { type: "string" },
      title: { type: "string", default: "Toy Story" },
      collection: { type: "string" },
      runs: { type: "string", default: "3" },
      "timeout-s": { type: "string", default: String(COLD_TIMEOUT_MS / 1000) },
      visits: { type: "string", default: VISIT_NAMES.join(",") },
      "no-octet-gzip": { type: "boolean", default: false },
    },
  });
  if (!values.dist) throw new ArgsError("missing --dist DIR: the built site to serve (e.g. dist)");
  const visits = values.visits!.split(",").map((v) => v.trim()) as VisitName[];
  const unknown = visits.filter((v) => !VISIT_NAMES.includes(v));
  if (unknown.length || !visits.length)
    throw new ArgsError(
      `invalid --visits "${values.visits}": expected some of ${VISIT_NAMES.join(",")}`,
    );
  return {
    dist: resolve(values.dist),
    port: portNumber("port", values.port!),
    film: values.film === undefined ? null : positiveInt("film", values.film),
    title: values.title!,
    collection: values.collection ?? null,
    runs: positiveInt("runs", values.runs!),
    timeoutS: positiveInt("timeout-s", values["timeout-s"]!),
    visits,
    octetGzip: !values["no-octet-gzip"],
  };
}

/** The film (by --film, else by --title) and the collection (--collection, else the film's). */
async function inputsOf(args: ColdArgs): Promise<ColdInputs> {
  const engine = await loadEngineFromDisk(join(args.dist, "data"));
  let inputs: ColdInputs;
  if (args.film === null) inputs = coldInputs(engine, args.title);
  else {
    const film = engine.film(args.film);
    if (!film) throw new ArgsError(`no film with id ${args.film} in ${args.dist}/data`);
    inputs = { film: { id: film.id, title: film.title }, collection: film.collection };
  }
  return args.collection === null ? inputs : { ...inputs, collection: args.collection };
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let args: ColdArgs;
  let inputs: ColdInputs;
  try {
    args = parseColdArgs(argv);
    if (!existsSync(join(args.dist, "index.html")))
      throw new ArgsError(`${args.dist} has no index.html: build the site first (npm run build)`);
    log(`reading ${args.dist}/data`);
    inputs = await inputsOf(args);
  } catch (error) {
    console.error(`cold: ${(error as Error).message}`);
    return 2;
  }
  let server: ThrottledServer | null = null;
  let browser: Browser | null = null;
  const stop = async () => {
    await browser?.close();
    await server?.close();
  };
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    server = await startThrottledServer({
      root: args.dist,
      port: args.port,
      gzipOctetStream: args.octetGzip,
    });
    log(`serving ${args.dist} at ${server.url} behind the phone link; compressing its files`);
    log(`gzipped ${await server.warm()} files ahead`);
    browser = await launchColdBrowser();
    log(
      `film ${inputs.film.id} ("${inputs.film.title}"), collection ${inputs.collection === null ? "none" : `"${inputs.collection}"`}, ${args.runs} visits of each kind`,
    );
    const result = await coldVisits(browser, server, inputs, {
      runs: args.runs,
      timeoutMs: args.timeoutS * 1000,
      only: args.visits,
      log,
    });
    const output = {
      ...result.figures,
      missing: result.missing,
      dist: args.dist,
      inputs,
      link: server.options.link,
      gzip_octet_stream: server.options.gzipOctetStream,
      runs: args.runs,
      visits: args.visits,
      machine: machine(browser.version()),
      code: codeVersion(),
      note: coldNote(server, args.runs),
      details: result.details,
    };
    console.log(JSON.stringify(output, null, 2));
    for (const m of result.missing) log(`NOT MEASURED ${m.key}: ${m.reason}`);
    return result.missing.length ? 1 : 0;
  } catch (error) {
    console.error(`cold: ${(error as Error).message}`);
    return 1;
  } finally {
    await stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main();
  endChildProcesses();
}
