import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { filmTitled } from "./built-data.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";

/**
 * Every page the suite checks, with a selector that is present once the page has finished
 * rendering, and whether to check its dark theme too (colours are shared, so one page of each
 * layout suffices). Add a page here when you build one.
 */
const PAGES: { path: string; ready: string; dark?: boolean }[] = [
  { path: "/", ready: "#popular [data-testid=film-cards]", dark: true },
  { path: "/en/", ready: "#popular [data-testid=film-cards]" },
  { path: `/pelicula/?id=${filmTitled(TITLE).id}`, ready: "body[data-ready=true]", dark: true },
  { path: `/en/film/?id=${filmTitled(TITLE).id}`, ready: "body[data-ready=true]" },
  { path: "/pelicula/?id=999999999", ready: "[role=alert]", dark: true },
  { path: "/?q=zzzzzz", ready: "#results:not([hidden])" },
];

for (const scheme of ["light", "dark"] as const) {
  for (const { path, ready } of PAGES.filter((p) => scheme === "light" || p.dark)) {
    test(`axe finds no serious or critical violation on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const bad = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(bad).toEqual([]);
    });
  }
}

test("the combobox's open list passes axe", async ({ page }) => {
  await page.goto("/");
  await page.locator("#search-form[data-ready=true]").waitFor();
  await page.getByRole("combobox").fill(TITLE.slice(0, 4));
  await page.getByRole("option").first().waitFor();
  await page.getByRole("combobox").press("ArrowDown");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});
