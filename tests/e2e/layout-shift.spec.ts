// The film pages (a film's, a missing one's) and browse pages (a facet's, the index) hold the place of what arrives late (facts, overview, cards), so the
// page does not jump: cumulative layout shift ≤ 0.1 on a phone and on a desktop (Lighthouse's bar).
import { expect, test } from "@playwright/test";
import { filmTitled } from "./built-data.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";

for (const viewport of [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
]) {
  test(`the film and browse pages shift by at most 0.1 at ${viewport.width} px`, async ({
    browser,
  }) => {
    const film = filmTitled(TITLE);
    for (const path of [
      `/pelicula/?id=${film.id}`,
      `/en/browse/?genre=${encodeURIComponent(film.genres![0])}`,
      // The index alone: the results' skeleton must not show and then vanish.
      "/explorar/",
      // A film the build lacks: its message keeps the place the film held.
      "/pelicula/?id=999999999",
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) w.__cls += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(path);
      if (path === "/explorar/") await expect(page.locator("#browse-results")).toBeHidden();
      else if (path.endsWith("999999999"))
        await expect(page.locator("#film-problem")).toBeVisible();
      else await expect(page.locator("body[data-ready]")).toHaveCount(1);
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls, path).toBeLessThanOrEqual(0.1);
      await context.close();
    }
  });
}
