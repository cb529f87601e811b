import { expect, test } from "@playwright/test";

test.describe("performance page", () => {
  test("shows the saved figures against their targets, in Spanish, linked from the navigation", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("navigation").getByRole("link", { name: "Rendimiento" }).click();
    await expect(page).toHaveURL(/\/rendimiento\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rendimiento");
    await expect(page.getByTestId("machine")).toContainText("núcleos");
    await expect(page.getByTestId("targets-summary")).toContainText("objetivos medidos");
    await expect(page.getByTestId("targets-table").locator("tbody tr")).not.toHaveCount(0);
    await expect(page.getByTestId("targets-chart").locator("svg:visible")).toBeVisible();
  });

  test("times recommendations in the visitor's worker when asked", async ({ page }) => {
    await page.goto("/en/performance/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Performance");
    await page.getByRole("button", { name: "Measure" }).click();
    await expect(page.locator("#bench-try-result")).toContainText(
      /In your browser: p50 [\d.]+ ms, p95 [\d.]+ ms\./,
      { timeout: 20_000 },
    );
  });
});
