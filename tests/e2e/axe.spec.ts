import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { filmTitled } from "./built-data.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";

/**
 * Every page the suite checks, with a selector that is present once the page has finished
 * rendering. Add a page here when you build one.
 */
const PAGES: { path: string; ready: string }[] = [
  { path: "/", ready: "#popular [data-testid=film-cards]" },
  { path: "/en/", ready: "#popular [data-testid=film-cards]" },
  { path: `/pelicula/?id=${filmTitled(TITLE).id}`, ready: "body[data-ready=true]" },
  { path: `/en/film/?id=${filmTitled(TITLE).id}`, ready: "body[data-ready=true]" },
  { path: "/pelicula/?id=999999999", ready: "[role=alert]" },
  { path: "/?q=zzzzzz", ready: "#results:not([hidden])" },
  { path: "/consultas/", ready: "[data-testid=query-list]" },
  { path: "/consultas/peliculas_mes/?mes=enero", ready: "section[data-answer]:not([hidden])" },
  {
    path: `/en/queries/retorno/?titulo=${encodeURIComponent(TITLE)}`,
    ready: "section[data-answer]:not([hidden])",
  },
  {
    path: "/en/queries/franquicia/?franquicia=Nowhere",
    ready: "section[data-answer]:not([hidden])",
  },
  {
    path: `/para-ti/?vistas=${filmTitled(TITLE).id}`,
    ready: "#fy-list [data-testid=film-cards]",
  },
  { path: "/en/for-you/", ready: "#fy-empty:not([hidden])" },
  { path: "/rendimiento/", ready: "h1" },
  { path: "/en/performance/", ready: "h1" },
  { path: "/evaluacion/", ready: "[data-testid=results-table]" },
];

/** The serious and critical violations axe finds on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const { path, ready } of PAGES) {
  test(`axe finds no serious or critical violation on ${path}, light and dark`, async ({
    page,
  }) => {
    // Two full axe passes over a long page take 20–35 s on two busy cores.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    expect(await seriousViolations(page), "light theme").toEqual([]);
    // The theme follows the system live, so one load serves both checks.
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await seriousViolations(page), "dark theme").toEqual([]);
  });
}

test("the combobox's open list passes axe", async ({ page }) => {
  await page.goto("/");
  await page.locator("#search-form[data-ready=true]").waitFor();
  await page.getByRole("combobox").fill(TITLE.slice(0, 4));
  await page.getByRole("option").first().waitFor();
  await page.getByRole("combobox").press("ArrowDown");
  expect(await seriousViolations(page)).toEqual([]);
});
