// `npm run bench` arguments (util.parseArgs), with `--scale` allowed bare for its default sizes.
import { parseArgs } from "node:util";
import { BENCH_DEFAULTS as D } from "../../src/bench/defaults.ts";

export const DEFAULT_SCALE = [10_000, 50_000, 200_000, 1_000_000];

export const USAGE = `usage: npm run bench -- [--input DIR] [--json] [--save] [--scale [SIZES]] [options]
       npm run bench -- cold --dist DIR [options] | queries [--data DIR] | recommend [--data DIR]

Builds the data and the site into a temporary folder and measures them: the ETL's time and memory,
the assets' sizes, the engine in a Web Worker of headless Chromium, cold visits over an emulated
phone link, and (with --scale) synthetic catalogues. Prints a table, or one JSON object.

  --input DIR            The Movies Dataset folder (default: the vega table built in)
  --json                 print one JSON object instead of the table
  --save                 also write benchmarks/results.json (what the performance page draws)
  --scale [SIZES]        synthetic catalogue sizes, comma separated (bare: ${DEFAULT_SCALE.join(",")})
  --calls N              timed recommendation calls, ours and the original's (default ${D.calls})
  --query-calls N        timed calls per query (default ${D.queryCalls})
  --runs N               cold page loads per page timing (default ${D.runs})
  --seed N               seed of every random draw (default ${D.seed})
  --port N               port of the benchmark server (default ${D.port})
  --title T              the film whose permalink times the first answer (default "${D.title}")
  --timeout-min N        time limit of each generator or ETL step of a scale size (default ${D.timeoutMin})
  --cold-runs N          cold visits of each kind over the phone link (default ${D.coldRuns})
  --cold-timeout-s N     time limit of one cold visit (default ${D.coldTimeoutS})
  --cold-port N          port of the throttled server (default 0: any free one)
  --no-octet-gzip        the throttled server sends the .arrow data uncompressed
  -h, --help             this text

exit codes: 0 every figure measured, 1 a figure could not be measured (named), 2 bad arguments`;

/** What `npm run bench` was asked to do. */
export interface BenchArgs {
  /** The Movies Dataset folder; null builds the vega default. */
  input: string | null;
  /** Print one JSON object on stdout instead of the table. */
  json: boolean;
  /** Write benchmarks/results.json. */
  save: boolean;
  /** Synthetic catalogue sizes; empty when --scale was not given. */
  scale: number[];
  /** Timed recommendation calls (ours and the original each). Default 1000. */
  calls: number;
  /** Timed calls per query. Default 200. */
  queryCalls: number;
  /** Cold page loads per page timing. Default 5. */
  runs: number;
  /** Seed of every random draw. Default 42. */
  seed: number;
  /** Port of the benchmark server. Default 4417. */
  port: number;
  /** Title whose film answers first_answer_ms. Default "Toy Story". */
  title: string;
  /** Time limit of each child step (generator, ETL) of a scale size, minutes. Default 20. */
  timeoutMin: number;
  /** Cold visits of each kind over the emulated phone link; each figure is their median. Default 3. */
  coldRuns: number;
  /** Time limit of one cold visit, seconds. Default 240. */
  coldTimeoutS: number;
  /** Port of the throttled server of the cold visits; 0 (default) picks a free one. */
  coldPort: number;
  /** Whether the throttled server gzips octet-stream (the .arrow data). Default true. */
  octetGzip: boolean;
  /** Print the usage and measure nothing. */
  help: boolean;
}

export class ArgsError extends Error {
  override name = "ArgsError";
}

export function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0)
    throw new ArgsError(`invalid --${name} "${text}": expected a positive whole number`);
  return n;
}

/** A TCP port, or 0 for any free one. */
export function portNumber(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new ArgsError(
      `invalid --${name} "${text}": expected a port from 0 (any free one) to 65535`,
    );
  return n;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  // `--scale` with no list means the default sizes.
  const args = argv.flatMap((a, i) =>
    a === "--scale" && (argv[i + 1] === undefined || argv[i + 1].startsWith("--"))
      ? ["--scale", DEFAULT_SCALE.join(",")]
      : [a],
  );
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      input: { type: "string" },
      json: { type: "boolean", default: false },
      save: { type: "boolean", default: false },
      scale: { type: "string" },
      calls: { type: "string", default: String(D.calls) },
      "query-calls": { type: "string", default: String(D.queryCalls) },
      runs: { type: "string", default: String(D.runs) },
      seed: { type: "string", default: String(D.seed) },
      port: { type: "string", default: String(D.port) },
      title: { type: "string", default: D.title },
      "timeout-min": { type: "string", default: String(D.timeoutMin) },
      "cold-runs": { type: "string", default: String(D.coldRuns) },
      "cold-timeout-s": { type: "string", default: String(D.coldTimeoutS) },
      "cold-port": { type: "string", default: "0" },
      "no-octet-gzip": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const scale = values.scale
    ? values.scale.split(",").map((s) => positiveInt("scale", s.trim().replace(/_/g, "")))
    : [];
  return {
    input: values.input ?? null,
    json: values.json!,
    save: values.save!,
    scale,
    calls: positiveInt("calls", values.calls!),
    queryCalls: positiveInt("query-calls", values["query-calls"]!),
    runs: positiveInt("runs", values.runs!),
    seed: positiveInt("seed", values.seed!),
    port: positiveInt("port", values.port!),
    title: values.title!,
    timeoutMin: positiveInt("timeout-min", values["timeout-min"]!),
    coldRuns: positiveInt("cold-runs", values["cold-runs"]!),
    coldTimeoutS: positiveInt("cold-timeout-s", values["cold-timeout-s"]!),
    coldPort: portNumber("cold-port", values["cold-port"]!),
    octetGzip: !values["no-octet-gzip"],
    help: values.help!,
  };
}
