import { expect, test } from "@playwright/test";
import { filmTitled } from "./built-data.ts";

// The title typed in the browser tests; any title of the built source works.
const TITLE = process.env.E2E_TITLE ?? "Toy Story";
const XSS = "<img src=x onerror=alert(1)>";

test.describe("home page", () => {
  test("says what the catalogue is: its size, its source and the fields it lacks", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByTestId("film-count")).toContainText(/[\d.]+ películas/);
    await expect(page.getByTestId("source")).toContainText("Fuente:");
    await expect(page.getByTestId("film-cards").locator("li").first()).toBeVisible();
  });

  test("speaks English at /en/", async ({ page }) => {
    await page.goto("/en/");
    await expect(page.getByTestId("film-count")).toContainText(/films in the catalogue/);
    await expect(page.getByTestId("source")).toContainText("Source:");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("says so, with a reload button, when the data fails to load", async ({ page }) => {
    await page.route("**/data/summary.*.json", (route) => route.fulfill({ status: 404 }));
    await page.goto("/en/");
    const problem = page.getByRole("alert");
    await expect(problem).toContainText("The film data could not be loaded");
    await expect(problem).toContainText("HTTP 404");
    await expect(problem.getByRole("button", { name: "Reload" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Most voted" })).toBeHidden();
  });

  test("links every section from the navigation", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Principal" });
    for (const [name, href] of [
      ["Consultas", "/consultas/"],
      ["ETL", "/etl/"],
      ["Exploración", "/eda/"],
      ["Evaluación", "/evaluacion/"],
      ["Rendimiento", "/rendimiento/"],
    ])
      await expect(nav.getByRole("link", { name })).toHaveAttribute("href", href);
  });
});

test.describe("title search box", () => {
  test("suggests titles with year and genres as one types, arrows move, Enter opens the film", async ({
    page,
  }) => {
    const film = filmTitled(TITLE);
    await page.goto("/");
    await expect(page.locator("#search-form[data-ready=true]")).toBeAttached();
    const box = page.getByRole("combobox", { name: "Busca una película" });
    await box.pressSequentially(TITLE.slice(0, 7).toLowerCase());
    await expect(box).not.toHaveAttribute("data-pending");
    const options = page.getByRole("option");
    await expect(options.first()).toContainText(TITLE);
    await expect(options.first()).toContainText(String(film.release_year));
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await box.press("ArrowDown");
    await box.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowUp");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", "title-input-list-0");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/pelicula/\\?id=${film.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(film.title);
  });

  test("forgives case, accents and a typo", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("#search-form[data-ready=true]")).toBeAttached();
    const box = page.getByRole("combobox", { name: "Busca una película" });
    // Upper case, accents that are not in the title, and one wrong letter.
    await box.fill("TÓY STÓRI");
    await expect(page.getByRole("option").first()).toContainText(TITLE);
  });

  test("Enter with no suggestion chosen opens the best match", async ({ page }) => {
    const film = filmTitled(TITLE);
    await page.goto("/");
    await expect(page.locator("#search-form[data-ready=true]")).toBeAttached();
    const box = page.getByRole("combobox", { name: "Busca una película" });
    await box.fill(TITLE);
    await box.press("Escape");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/pelicula/\\?id=${film.id}$`));
  });

  test("echoes a query from the URL as text and runs nothing", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`/?q=${encodeURIComponent(XSS)}`);
    const results = page.locator("#results");
    await expect(results.getByRole("heading")).toContainText(`«${XSS}»`);
    await expect(page.getByRole("combobox")).toHaveValue(XSS);
    await expect(results.locator("img[src=x]")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});
