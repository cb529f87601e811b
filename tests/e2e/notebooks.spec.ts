import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The notebook pages as the e2e build makes them: from the vega default, which lacks popularity,
// languages and countries. Every chart must be drawn (SSR, no JavaScript needed) and have marks.

/** Per chart: how many mark elements (rect/path/circle outside axes, grids and legends) it has. */
async function marksPerChart(page: Page): Promise<Record<string, number>> {
  return page.locator("[data-chart]").evaluateAll((figures) =>
    Object.fromEntries(
      figures.map((figure) => {
        const svg = figure.querySelector("svg[aria-label]");
        const marks = svg
          ? [...svg.querySelectorAll("g[data-mark]")]
              .filter((g) => !/axis|grid|tick|rule/.test(g.getAttribute("data-mark") ?? ""))
              .flatMap((g) => [...g.querySelectorAll("rect, path, circle")])
          : [];
        return [figure.getAttribute("data-chart") ?? "?", marks.length];
      }),
    ),
  );
}

const PAGES = [
  { path: "/eda/", lang: "es", charts: 11 },
  { path: "/en/eda/", lang: "en", charts: 11 },
  { path: "/etl/", lang: "es", charts: 2 },
  { path: "/en/etl/", lang: "en", charts: 2 },
];

for (const { path, lang, charts } of PAGES) {
  test.describe(`${path} built from the vega default`, () => {
    test.use({ javaScriptEnabled: false });

    test(`draws ${charts} charts without JavaScript, each with marks, a title and a description`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const marks = await marksPerChart(page);
      expect(Object.keys(marks)).toHaveLength(charts);
      for (const [name, n] of Object.entries(marks)) {
        expect(n, `chart "${name}" has no marks`).toBeGreaterThan(0);
      }
      for (const svg of await page.locator("[data-chart] svg[aria-label]").all()) {
        await expect(svg).toHaveAttribute("aria-description", /\S/);
      }
    });
  });
}

test.describe("/eda/ on the vega default", () => {
  test("shows the tables and says which analyses the source cannot have", async ({ page }) => {
    await page.goto("/eda/");
    for (const id of ["head", "info", "describe", "top-pairs"]) {
      await expect(page.getByTestId(id).locator("tbody tr").first()).toBeVisible();
    }
    await expect(page.getByTestId("eda-size")).toContainText("3.200 películas");
    // popularity, original_language and production_countries are absent from vega.
    await expect(page.locator("[data-absent]")).toHaveCount(3);
    await expect(page.getByTestId("dates-conclusion")).toContainText("no dice cuándo se recogió");
  });

  test("lists each correlated pair once", async ({ page }) => {
    await page.goto("/en/eda/");
    const pairs = await page.getByTestId("top-pairs").locator("tbody th").allTextContents();
    const keys = pairs.map((p) => p.split(" × ").sort().join("|"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("has no accessibility violations", async ({ page }) => {
    // axe walks every SVG element of eleven charts: slower than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    await page.goto("/eda/");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});

test.describe("/etl/ on the vega default", () => {
  test("shows the counts, each step's rows and the absence of joins", async ({ page }) => {
    await page.goto("/en/etl/");
    await expect(page.getByTestId("counts")).toContainText("3,201");
    await expect(page.getByTestId("step-rows").first()).toContainText("Rows: 3,201 →");
    await expect(page.getByTestId("nulls").locator("tbody tr").first()).toBeVisible();
    await expect(page.locator("#joins [data-absent]")).toContainText("no side files");
  });

  test("counts the 22 years read a century late, with the reason, in both languages", async ({
    page,
  }) => {
    await page.goto("/en/etl/");
    await expect(page.getByTestId("corrections-total")).toContainText("22 values of kept films");
    await expect(page.getByTestId("correction-reasons")).toContainText("year read a century late");
    const duel = page
      .getByTestId("correction-sample")
      .locator("tr", { hasText: "Duel in the Sun" });
    await expect(duel).toContainText("Dec 31 2046");
    await expect(duel).toContainText("1946-12-31");
    await expect(page.getByTestId("correction-sample").locator("tbody tr")).toHaveCount(22);
    await page.goto("/etl/");
    await expect(page.getByTestId("corrections-total")).toContainText("22 valores de películas");
    await expect(page.getByTestId("correction-reasons")).toContainText("año leído un siglo tarde");
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/etl/");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
