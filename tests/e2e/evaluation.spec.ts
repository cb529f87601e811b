import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parseResults } from "../../src/lib/evaluation/results.ts";

// The page draws evaluation/results.json (written by `npm run eval`): the test reads the same file.
const results = parseResults(JSON.parse(readFileSync("evaluation/results.json", "utf8")));
const folds = results.folds ?? [];

test.describe("evaluation page", () => {
  test("shows the verdict, the targets, the folds, two charts and every method, in Spanish", async ({
    page,
  }) => {
    await page.goto("/evaluacion/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Evaluación de las recomendaciones",
    );
    await expect(page.getByTestId("verdict")).toContainText("Nuestro método acierta en");
    await expect(page.getByTestId("targets").locator("li")).toHaveCount(4);
    await expect(page.getByTestId("results-table").locator("tbody tr")).toHaveCount(
      results.methods.length,
    );
    const charts = page.locator("figure.chart");
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) await expect(chart.locator("svg").last()).toBeVisible();
    if (folds.length > 1) {
      await expect(page.getByTestId("folds").locator("tbody tr")).toHaveCount(folds.length);
      await expect(page.getByTestId("folds")).toContainText(`de ${folds.length} grupos`);
    } else {
      // An evaluation on outside viewers (--test-ratings) has one split: no fold table.
      await expect(page.getByTestId("folds")).toHaveCount(0);
    }
  });

  test("says the same in English", async ({ page }) => {
    await page.goto("/en/evaluation/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Evaluating the recommendations",
    );
    await expect(page.getByTestId("verdict")).toContainText("Our method hits on");
    await expect(page.getByTestId("results-table")).toContainText("our method");
    if (folds.length > 1)
      await expect(page.getByTestId("folds")).toContainText(`of ${folds.length} folds`);
  });
});
