// `npx tsx build-data/synthetic/cli.ts --films N --out DIR [--seed S] [--from DIR]
//   [--full-ratings [--ratings-users N] [--ratings-rows N]]`: writes a synthetic, full-size Movies
// Dataset folder (labelled SYNTHETIC) for benchmarks; --full-ratings adds a ratings.csv of the real
// file's size (270,896 viewers, 26,024,289 ratings, about 750 MB). Never commit it.
import { parseArgs } from "node:util";
import { generateDataset } from "./generate.ts";

function positiveInteger(text: string | undefined, flag: string): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < 1) {
    throw new Error(`invalid ${flag} "${text ?? ""}": expected a positive integer`);
  }
  return Number(text);
}

const optional = (text: string | undefined, flag: string) =>
  text === undefined ? undefined : positiveInteger(text, flag);

async function main() {
  let options;
  try {
    const { values } = parseArgs({
      options: {
        films: { type: "string" },
        out: { type: "string" },
        seed: { type: "string", default: "1" },
        from: { type: "string" },
        "full-ratings": { type: "boolean", default: false },
        "ratings-users": { type: "string" },
        "ratings-rows": { type: "string" },
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
      fullRatings: values["full-ratings"]
        ? {
            users: optional(values["ratings-users"], "--ratings-users"),
            rows: optional(values["ratings-rows"], "--ratings-rows"),
          }
        : undefined,
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
        `${summary.duplicateIds.length} duplicate ids, ${summary.shiftedIds.length} shifted records` +
        `${summary.files["ratings.csv"] ? `, ${summary.files["ratings.csv"]} ratings in ratings.csv` : ""}) ` +
        `in ${options.out}, ${seconds} s`,
    );
  } catch (error) {
    console.error(`synthetic: ${(error as Error).message}`);
    process.exit(1);
  }
}

await main();
