// Entry point of the data build:
// `npm run data -- [--source vega|kaggle] [--input DIR] [--out DIR] [--ratings full|small] [--quiet]`.
// Exit codes: 0 built, 1 the build failed, 2 bad arguments or unusable input.
import { parseArgs } from "node:util";
import type { SourceName } from "../src/lib/schema.ts";
import { buildData } from "./build.ts";
import { reconciliationTable } from "./etl/quality.ts";
import { consoleEffects } from "./progress.ts";
import { InputError } from "./sources/csv.ts";
import type { RatingsChoice } from "./sources/kaggle.ts";

export const DEFAULT_OUT = "public/data";

export const USAGE = `usage: npm run data -- [--source vega|kaggle] [--input DIR] [--out DIR] [--ratings full|small] [--quiet]

Cleans a source into the site's data assets (Arrow files, shards, reports, manifest).

  --source vega|kaggle  vega: the movies table of the vega-datasets package (default, no input);
                        kaggle: The Movies Dataset, read from --input
  --input DIR           the folder holding movies_metadata.csv (and credits.csv, keywords.csv,
                        links.csv, ratings.csv or ratings_small.csv when present)
  --ratings full|small  full: ratings.csv when the folder has it, else ratings_small.csv (default);
                        small: ratings_small.csv even when ratings.csv is there
  --out DIR             where the assets go (default ${DEFAULT_OUT})
  --quiet               no progress bars
  -h, --help            this text

exit codes: 0 built, 1 the build failed, 2 bad arguments or unusable input`;

/** Thrown for command-line arguments the build cannot use. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function parseBuildArgs(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        source: { type: "string", default: "vega" },
        input: { type: "string" },
        out: { type: "string", default: DEFAULT_OUT },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        ratings: { type: "string", default: "full" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.source !== "vega" && values.source !== "kaggle") {
    throw new UsageError(`invalid --source "${values.source}": expected vega or kaggle`);
  }
  if (values.ratings !== "full" && values.ratings !== "small") {
    throw new UsageError(
      `invalid --ratings "${values.ratings}": expected full (ratings.csv, the default) or small (ratings_small.csv)`,
    );
  }
  const { help, ...rest } = values;
  return {
    ...rest,
    help: help!,
    source: values.source as SourceName,
    out: values.out!,
    ratings: values.ratings as RatingsChoice,
  };
}

async function main() {
  let args: ReturnType<typeof parseBuildArgs>;
  try {
    args = parseBuildArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`filmoteca data: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const effects = consoleEffects({ quiet: args.quiet });
  try {
    const { help: _help, ...options } = args;
    const { manifest, cleaned } = await buildData({ ...options, effects });
    for (const line of reconciliationTable(cleaned)) effects.log(line);
    effects.log(`wrote ${Object.keys(manifest.assets).length} assets to ${args.out}`);
  } catch (error) {
    console.error(`filmoteca data: ${(error as Error).message}`);
    process.exit(error instanceof InputError ? 2 : 1);
  }
  const seconds = (performance.now() - started) / 1000;
  const usage = process.resourceUsage();
  // CPU time of all threads: on a shared, busy machine it says what the wall time cannot.
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  // maxRSS is in kilobytes.
  const rss = usage.maxRSS / 1024;
  effects.log(
    `etl ${seconds.toFixed(1)} s wall (${cpu.toFixed(1)} s CPU), peak RSS ${rss.toFixed(0)} MB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
