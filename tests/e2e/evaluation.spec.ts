import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { methodLabel } from "../../src/i18n/evaluation-methods.ts";
import { parseResults } from "../../src/lib/evaluation/results.ts";

// The page draws evaluation/results.json (written by `npm run eval`): the test reads the same file.
const results = parseResults(JSON.parse(readFileSync("evaluation/results.json", "utf8")));
const splits = results.splits;
const percent = (lang: "es" | "en", x: number) =>
  new Intl.NumberFormat(lang === "es" ? "es-ES" : "en-US", {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(x);
const ours = results.methods.find((m) => m.method === "ours")!;

test.describe("evaluation page", () => {
  test("explains the four figures, gives the verdict and the targets, draws the trade-off and lists every method, in Spanish", async ({
    page,
  }) => {
    await page.goto("/evaluacion/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Evaluación de las recomendaciones",
    );
    const figures = page.getByTestId("figures");
    for (const name of ["Acierto", "Precisión", "Variedad", "Repetición"])
      await expect(figures.locator("dt", { hasText: name })).toBeVisible();
    await expect(figures).toContainText("HitRate@10");
    await expect(figures).toContainText("top share");
    // The verdict's numbers are the results file's.
    const verdict = page.getByTestId("verdict");
    await expect(verdict).toContainText(`acierta en el ${percent("es", ours.hitRate)}`);
    await expect(verdict).toContainText(`usan el ${percent("es", ours.coverage)} del catálogo`);
    await expect(verdict).toContainText(
      `${ours.topFilm}, está en el ${percent("es", ours.topShare)}`,
    );
    await expect(page.getByTestId("targets").locator("li")).toHaveCount(6);
    await expect(page.getByTestId("sequels").locator("li")).toHaveCount(splits.length);
    const table = page.getByTestId("results-table");
    await expect(table.locator("tbody tr")).toHaveCount(results.methods.length);
    // Plain words first, the technical name as the detail.
    await expect(table).toContainText(methodLabel("ours", "es").name);
    await expect(table).toContainText(methodLabel("ours", "es").technical);
    const charts = page.locator("figure.chart");
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) await expect(chart.locator("svg").last()).toBeVisible();
    // The chosen point is marked: one red dot a chart.
    await expect(charts.first().locator('circle[fill="#b3261e"]')).toHaveCount(1);
    await expect(page.getByTestId("alike").locator("tbody tr")).not.toHaveCount(0);
    if (splits.length > 1) {
      await expect(page.getByTestId("folds").locator("tbody tr")).toHaveCount(splits.length);
    } else {
      // An evaluation on one test group (--test-from, --test-ratings) has no fold table.
      await expect(page.getByTestId("folds")).toHaveCount(0);
    }
  });

  test("says the same in English", async ({ page }) => {
    await page.goto("/en/evaluation/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Evaluating the recommendations",
    );
    await expect(page.getByTestId("verdict")).toContainText(
      `The list we show hits on ${percent("en", ours.hitRate)} of the queries`,
    );
    await expect(page.getByTestId("results-table")).toContainText(methodLabel("ours", "en").name);
    await expect(page.getByTestId("figures")).toContainText("Repetition");
  });
});
