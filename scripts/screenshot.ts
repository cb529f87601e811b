// `npx tsx scripts/screenshot.ts URL OUT.png [--wait SELECTOR] [--width N] [--dark]`: a full-page
// screenshot in headless Chromium, for looking at pages while developing.
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./lib/chromium.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    wait: { type: "string" },
    width: { type: "string", default: "1280" },
    dark: { type: "boolean", default: false },
  },
});
const [url, out] = positionals;
if (!url || !out) {
  console.error("usage: screenshot URL OUT.png [--wait SELECTOR] [--width N] [--dark]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: Number(values.width), height: 900 },
  colorScheme: values.dark ? "dark" : "light",
});
page.on("console", (m) => m.type() === "error" && console.error(`console: ${m.text()}`));
page.on("pageerror", (e) => console.error(`pageerror: ${e.message}`));
await page.goto(url);
if (values.wait) await page.waitForSelector(values.wait, { timeout: 15_000 });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
