// Measures the data build at full size: generates a synthetic Movies Dataset (unless --input names
// one), runs `npm run data` over it in a child process, and prints wall time and peak RSS against
// the budget on the 2-core machine: with ratings_small.csv, <= 30 s and <= 2 GB up to 50,000 films,
// <= 120 s and <= 4 GB up to 200,000; <= 5 min and <= 8 GB when the folder holds the full
// ratings.csv (--full-ratings generates one: 26M synthetic ratings).
// `npx tsx build-data/synthetic/measure.ts [--films 46000] [--full-ratings] [--input DIR] [--work DIR]
//   [--ratings full|small]`
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateDataset } from "./generate.ts";

/** The budgets by ratings file and films kept (the issue's: 50k and 200k films, 45k + 26M ratings). */
const BUDGET = {
  small: [
    { films: 50_000, seconds: 30, rssMB: 2048 },
    { films: 200_000, seconds: 120, rssMB: 4096 },
  ],
  full: [{ films: 50_000, seconds: 300, rssMB: 8192 }],
};

const { values } = parseArgs({
  options: {
    films: { type: "string", default: "46000" },
    input: { type: "string" },
    work: { type: "string", default: "/tmp/filmoteca-measure" },
    "full-ratings": { type: "boolean", default: false },
    ratings: { type: "string", default: "full" },
  },
});
const input = values.input ?? join(values.work!, "input");
if (!values.input || !existsSync(join(input, "movies_metadata.csv"))) {
  const started = performance.now();
  const summary = await generateDataset({
    films: Number(values.films),
    out: input,
    fullRatings: values["full-ratings"],
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`generated ${summary.metadataRecords} synthetic records in ${input} (${seconds} s)`);
}

const started = performance.now();
const child = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "build-data/cli.ts",
    "--source",
    "kaggle",
    "--input",
    input,
    "--out",
    join(values.work!, "out"),
    "--ratings",
    values.ratings!,
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
let output = "";
child.stdout.on("data", (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
const code: number = await new Promise((resolve) => child.on("close", resolve));
const wall = (performance.now() - started) / 1000;
if (code !== 0) {
  console.error(`measure: the build exited with code ${code}`);
  process.exit(1);
}
const m = /etl (\d+\.\d) s wall \((\d+\.\d) s CPU\), peak RSS (\d+) MB/.exec(output);
if (!m) throw new Error("measure: the build did not print its time and peak RSS");
const [etl, cpu, rss] = [Number(m[1]), Number(m[2]), Number(m[3])];
const full = values.ratings === "full" && existsSync(join(input, "ratings.csv"));
const kept = Number(/^\s*(\d+)\s+kept$/m.exec(output)?.[1]);
const budget = BUDGET[full ? "full" : "small"].find((b) => kept <= b.films);
console.log(
  `measure: input ${input} with ${full ? "ratings.csv" : "ratings_small.csv"}, ${kept} films kept, load average ${loadavg()[0].toFixed(1)}`,
);
if (!budget) {
  console.log("measure: no budget is set for a build of this size");
  process.exit(0);
}
const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
console.log(
  `measure: build ${etl.toFixed(1)} s (process ${wall.toFixed(1)} s, CPU ${cpu.toFixed(1)} s), limit ${budget.seconds} s at ${budget.films.toLocaleString("en")} films: ${verdict(wall <= budget.seconds)}`,
);
console.log(
  `measure: peak RSS ${rss} MB, limit ${budget.rssMB} MB: ${verdict(rss <= budget.rssMB)}`,
);
