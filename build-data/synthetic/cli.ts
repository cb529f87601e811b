// `npx tsx build-data/synthetic/cli.ts --films N --out DIR [--seed S] [--from DIR]`: writes a
// synthetic, full-size Movies Dataset folder (labelled SYNTHETIC) for benchmarks. Never commit it.
import { parseArgs } from "node:util";
import { generateDataset } from "./generate.ts";

function positiveInteger(text: string | undefined, flag: string): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < 1) {
    throw new Error(`invalid ${flag} "${text ?? ""}": expected a positive integer`);
  }
  return Number(text);
}

async function main() {
  let options;
  try {
    const { values } = parseArgs({
      options: {
        films: { type: "string" },
        out: { type: "string" },
        seed: { type: "string", default: "1" },
        from: { type: "string" },
      },
      strict: true,
    });
    if (!values.out)
      throw new Error("missing --out DIR: the folder to write the synthetic files to");
    options = {
      films: positiveInteger(values.films, "--films"),
      out: values.out,
      seed: positiveInteger(values.seed, "--seed"),
      from: values.from,
    };
  } catch (error) {
    console.error(`synthetic: ${(error as Error).message}`);
    process.exit(2);
  }
  const started = performance.now();
  try {
    const summary = await generateDataset(options);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `synthetic: ${summary.metadataRecords} metadata records (${summary.films} films, ` +
        `${summary.duplicateIds.length} duplicate ids, ${summary.shiftedIds.length} shifted records) ` +
        `in ${options.out}, ${seconds} s`,
    );
  } catch (error) {
    console.error(`synthetic: ${(error as Error).message}`);
    process.exit(1);
  }
}

await main();
