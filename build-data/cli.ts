// Entry point of the data build: `npm run data -- [--source vega|kaggle] [--input DIR] [--out DIR] [--quiet]`.
// Exit codes: 0 built, 1 the build failed, 2 bad arguments or unusable input.
import { parseArgs } from "node:util";
import type { SourceName } from "../src/lib/schema.ts";
import { buildData } from "./build.ts";

export const DEFAULT_OUT = "public/data";

export function parseBuildArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      source: { type: "string", default: "vega" },
      input: { type: "string" },
      out: { type: "string", default: DEFAULT_OUT },
      quiet: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.source !== "vega" && values.source !== "kaggle") {
    throw new Error(`invalid --source "${values.source}": expected vega or kaggle`);
  }
  return { ...values, source: values.source as SourceName, out: values.out! };
}

async function main() {
  let args: ReturnType<typeof parseBuildArgs>;
  try {
    args = parseBuildArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`filmoteca data: ${(error as Error).message}`);
    process.exit(2);
  }
  const started = performance.now();
  const log = args.quiet ? () => {} : (m: string) => console.log(m);
  try {
    const { manifest, cleaned } = await buildData({ ...args, effects: { log } });
    const c = manifest.counts;
    log(
      `input ${c.input} = kept ${c.kept} + duplicates ${c.duplicates} + quarantined ${c.quarantined} + dropped ${c.dropped}`,
    );
    for (const [reason, n] of Object.entries(cleaned.quarantinedByReason))
      log(`  quarantined: ${reason}: ${n}`);
    log(`wrote ${Object.keys(manifest.assets).length} assets to ${args.out}`);
    const seconds = (performance.now() - started) / 1000;
    const rss = process.resourceUsage().maxRSS / 1024;
    log(`etl ${seconds.toFixed(1)} s, peak RSS ${rss.toFixed(0)} MB`);
  } catch (error) {
    console.error(`filmoteca data: ${(error as Error).message}`);
    process.exit(error instanceof Error && /^(InputError)$/.test(error.name) ? 2 : 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
