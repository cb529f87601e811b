import { expect, test } from "@playwright/test";

// The title typed in the browser tests; any title of the built source works.
const TITLE = process.env.E2E_TITLE ?? "Toy Story";

test.describe("home page", () => {
  test("shows the catalogue size and recommends similar films for a typed title", async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/");
    await expect(page.getByTestId("film-count")).toContainText(/\d+ películas/);
    await expect(page.locator("#recommend-form[data-ready=true]")).toBeAttached();
    await page.getByLabel("Busca una película").fill(TITLE);
    await page.getByRole("button", { name: "Recomendar" }).click();
    const items = page.getByTestId("recommendations").locator("li");
    await expect(items).toHaveCount(10);
    await expect(page.locator("#status")).toContainText(TITLE);
    await expect(page).toHaveURL(/\?q=/);
    expect(errors).toEqual([]);
  });

  test("speaks English at /en/", async ({ page }) => {
    await page.goto("/en/");
    await expect(page.getByTestId("film-count")).toContainText(/films in the catalogue/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test.describe("title search box", () => {
  test("suggests titles as one types and opens the picked one with the keyboard", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("#recommend-form[data-ready=true]")).toBeAttached();
    const box = page.getByRole("combobox", { name: "Busca una película" });
    await box.pressSequentially("toy sto");
    const options = page.getByRole("option");
    await expect(options.first()).toContainText("Toy Story");
    await box.press("ArrowDown");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page.locator("#status")).toContainText("Toy Story");
    await expect(page.getByTestId("recommendations").locator("li")).toHaveCount(10);
  });
});
