// `npm run build -- [--source vega|kaggle] [--input DIR] [--quiet]`: the data assets, then the site into dist/.
import { runAll } from "./lib/run.ts";

const args = process.argv.slice(2);
await runAll([
  [process.execPath, ["--import", "tsx", "build-data/cli.ts", ...args]],
  ["npx", ["astro", "build", "--silent"]],
]);
