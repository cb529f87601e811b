// temp: screenshots of each part of a page, clipped by vertical ranges
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./tests/e2e/chromium.ts";
const [url, prefix, dark] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: dark ? "dark" : "light" });
await page.goto(url);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, i = 0; y < h; y += 1800, i++) {
  await page.screenshot({ path: `${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 1280, height: Math.min(1800, h - y) } });
}
console.log(h);
await browser.close();
