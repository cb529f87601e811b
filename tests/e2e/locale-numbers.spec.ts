import { expect as baseExpect, test, type Locator } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parseResults } from "../../src/lib/evaluation/results.ts";
import { builtData, filmTitled } from "./built-data.ts";

// On a machine shared with other builds a cold film page can take a while: patient waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 90_000 });

// Numbers follow the page's language, with no mix on one page: 0,2 % and 25.732 on Spanish pages,
// 0.2% and 25,732 on English ones (thousands always grouped, 4.995 too).
const results = parseResults(JSON.parse(readFileSync("evaluation/results.json", "utf8")));

/** A share (one decimal at most) and a count as a page in `lang` writes them. */
function localised(lang: "es" | "en", share: number, count: number) {
  const locale = lang === "es" ? "es-ES" : "en-US";
  return {
    share: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
      share,
    ),
    count: new Intl.NumberFormat(locale, { useGrouping: true }).format(count),
  };
}
const TITLE = process.env.E2E_TITLE ?? "Toy Story";

/** Numbers written the other language's way: "1,234" or "0,5" in English, "1.234" in Spanish. */
const FOREIGN = {
  es: /\b[1-9]\d{0,2}(,\d{3})+\b|\b\d+\.\d{1,2}\b/,
  en: /\b[1-9]\d{0,2}(\.\d{3})+\b|\b\d+,\d{1,2}\b/,
};

async function expectNumbersOf(lang: "es" | "en", place: Locator) {
  for (const text of await place.allTextContents())
    expect(text, `a number written the ${lang === "es" ? "English" : "Spanish"} way`).not.toMatch(
      FOREIGN[lang],
    );
}

test.describe("numbers in the page's language", () => {
  test("the evaluation page: 0,2 % and 25.732 in Spanish, 0.2% and 25,732 in English", async ({
    page,
  }) => {
    // The figures are the results file's: the first method's coverage (a share with a decimal)
    // and its query count (thousands), each written the page's way.
    const [first] = results.methods;
    const es = localised("es", first.coverage, first.queries);
    const en = localised("en", first.coverage, first.queries);
    await page.goto("/evaluacion/");
    const table = page.getByTestId("results-table");
    await expect(table).toContainText(es.share);
    await expect(table).toContainText(es.count);
    await expect(page.locator("main p").first()).toContainText(`${es.count} consultas`);
    await expectNumbersOf("es", table.locator("td"));
    await page.goto("/en/evaluation/");
    await expect(page.getByTestId("results-table")).toContainText(en.share);
    await expect(page.getByTestId("results-table")).toContainText(en.count);
    await expectNumbersOf("en", page.getByTestId("results-table").locator("td"));
  });

  test("the film page's votes and money", async ({ page }) => {
    const film = filmTitled(TITLE);
    test.skip(!film.vote_count || film.vote_count < 1000, "needs a film with thousands of votes");
    const es = new Intl.NumberFormat("es-ES", { useGrouping: true }).format(film.vote_count!);
    const en = new Intl.NumberFormat("en-US").format(film.vote_count!);
    await page.goto(`/pelicula/?id=${film.id}`);
    await expect(page.locator("#film-facts")).toContainText(`${es} votos`);
    await expectNumbersOf("es", page.locator("#film-facts dd"));
    await page.goto(`/en/film/?id=${film.id}`);
    await expect(page.locator("#film-facts")).toContainText(`${en} votes`);
    await expectNumbersOf("en", page.locator("#film-facts dd"));
  });

  test("the footer credits this build's source with its film count", async ({ page }) => {
    const { manifest } = builtData();
    const source = manifest.source === "kaggle" ? "The Movies Dataset" : "vega-datasets";
    await page.goto("/");
    const footer = page.getByTestId("footer-source");
    await expect(footer).toContainText(source);
    await expect(footer).toContainText(
      `${new Intl.NumberFormat("es-ES", { useGrouping: true }).format(manifest.counts.kept)} películas`,
    );
    await page.goto("/en/");
    await expect(page.getByTestId("footer-source")).toContainText(
      `${new Intl.NumberFormat("en-US").format(manifest.counts.kept)} films`,
    );
  });

  test("the performance page: targets as set, figures in the page's language", async ({ page }) => {
    await page.goto("/rendimiento/");
    const table = page.getByTestId("targets-table");
    await expect(table).toContainText("≤ 1 s");
    await expect(table).not.toContainText("1000,00");
    await expect(table).toContainText("MiB");
    await expectNumbersOf("es", table.locator("td"));
    await page.goto("/en/performance/");
    await expectNumbersOf("en", page.getByTestId("targets-table").locator("td"));
  });

  test("the query pages' examples are in the page's language", async ({ page }) => {
    await page.goto("/en/queries/peliculas_mes/");
    await expect(page.getByRole("link", { name: "January" })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("enero");
  });
});

test.describe("charts on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("each EDA chart is drawn for the phone's width, its text at 11 px or more", async ({
    page,
  }) => {
    await page.goto("/eda/");
    const charts = page.locator("[data-chart]");
    expect(await charts.count()).toBeGreaterThan(5);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll("[data-chart]")].map((figure) => {
        const svg = [...figure.querySelectorAll("svg[aria-label]")].find(
          (s) => (s as SVGSVGElement).getBoundingClientRect().width > 0,
        ) as SVGSVGElement | undefined;
        if (!svg) return { name: figure.getAttribute("data-chart"), px: 0 };
        const drawn = svg.getBoundingClientRect().width;
        const scale = drawn / Number(svg.getAttribute("width"));
        const font = parseFloat(getComputedStyle(svg).fontSize);
        return { name: figure.getAttribute("data-chart"), px: font * scale };
      }),
    );
    for (const { name, px } of sizes) expect(px, `chart ${name}`).toBeGreaterThanOrEqual(11);
  });

  test("the performance page's charts keep their points inside the frame and text ≥ 11 px", async ({
    page,
  }) => {
    await page.goto("/rendimiento/");
    const svg = page.getByTestId("targets-chart").locator(".narrow svg");
    await expect(svg).toBeVisible();
    await expect(page.getByTestId("targets-chart").locator(".wide svg")).toBeHidden();
    const px = await svg.evaluate((s) => {
      const scale = s.getBoundingClientRect().width / Number(s.getAttribute("width"));
      return parseFloat(getComputedStyle(s).fontSize) * scale;
    });
    expect(px).toBeGreaterThanOrEqual(11);
  });
});
