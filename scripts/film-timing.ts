// `npx tsx scripts/film-timing.ts [--port 4415] [--title "Toy Story"] [--runs 5]`: how long a cold
// visit to a film permalink takes to show its recommendations. Serves dist/ with `astro preview`,
// opens /pelicula/?id=… in a fresh browser context each run (empty cache) and prints the time from
// navigation start until the similar films are on screen, per run and as median and worst.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { catalogFromIPC } from "../src/lib/films-ipc.ts";
import type { Manifest } from "../src/lib/schema.ts";
import { CHROMIUM_ARGS, chromiumExecutable } from "./lib/chromium.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4415" },
    title: { type: "string", default: "Toy Story" },
    runs: { type: "string", default: "5" },
  },
});
const manifest = JSON.parse(readFileSync("dist/data/manifest.json", "utf8")) as Manifest;
const catalog = catalogFromIPC(readFileSync(`dist/data/${manifest.assets.films!.file}`));
const row = catalog.title.indexOf(values.title!);
if (row < 0) {
  console.error(`no film titled "${values.title}" in dist/data (source: ${manifest.source})`);
  process.exit(2);
}
/** In the page: the moment the cards are in the DOM, in ms since navigation start. */
const CARDS_SHOWN_AT = `new Promise((resolve) => {
  const done = () => document.querySelector("#similar-list [data-testid=film-cards]");
  if (done()) return resolve(performance.now());
  new MutationObserver((_, observer) => {
    if (done()) { observer.disconnect(); resolve(performance.now()); }
  }).observe(document.body, { childList: true, subtree: true });
})`;
const base = `http://127.0.0.1:${values.port}`;
if (
  await fetch(base).then(
    () => true,
    () => false,
  )
) {
  console.error(`port ${values.port} is already serving something: pick a free --port`);
  process.exit(2);
}
const server = spawn("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", values.port!], {
  stdio: "ignore",
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid!);
  } catch {
    // already gone
  }
};
try {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  const url = `${base}/pelicula/?id=${catalog.id[row]}`;
  const times: number[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    // The moment the cards are in the DOM, on the page's own clock (ms since navigation start).
    // A string, not a function: tsx would add helpers the page does not have.
    const ms = (await page.evaluate(CARDS_SHOWN_AT)) as number;
    times.push(ms);
    const marks = (await page.evaluate(
      `performance.getEntriesByType("mark").map((m) => [m.name.replace("filmoteca:", ""), m.startTime])`,
    )) as [string, number][];
    const steps = marks.map(([name, at]) => `${name} ${at.toFixed(0)}`).join(", ");
    console.log(`run ${run + 1}: ${ms.toFixed(0)} ms (${steps})`);
    await context.close();
  }
  await browser.close();
  times.sort((a, b) => a - b);
  console.log(
    `cold film permalink (${manifest.source}, ${catalog.size} films, "${values.title}"): median ${times[times.length >> 1].toFixed(0)} ms, worst ${times[times.length - 1].toFixed(0)} ms (bar: 1000 ms)`,
  );
} finally {
  stop();
}
