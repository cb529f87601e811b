// `npm start`: builds the data (default source) and the site, then serves dist/ at http://127.0.0.1:4321.
import { run, runAll } from "./lib/run.ts";

const args = process.argv.slice(2);
await runAll([[process.execPath, ["--import", "tsx", "scripts/build.ts", "--quiet", ...args]]]);
const port = process.env.PORT ?? "4321";
console.log(
  `\nFilmoteca is at http://127.0.0.1:${port}/ (English: http://127.0.0.1:${port}/en/). Ctrl+C stops it.\n`,
);
process.exit(await run("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", port]));
