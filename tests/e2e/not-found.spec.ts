// The site's own 404 page (both languages, by the path), with the search box and a way home; and
// the pages' hreflang alternates: absolute, the same page in each language, and x-default.
import { expect, test } from "@playwright/test";

test.describe("the 404 page", () => {
  test("answers an unknown path in Spanish, with a search box and a link home", async ({
    page,
  }) => {
    const response = await page.goto("/no/existe/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Esta página no existe" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Volver al inicio" })).toHaveAttribute("href", "/");
    await page.getByLabel("Busca una película").fill("toy story");
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page).toHaveURL(/\/\?q=toy\+story/);
    await expect(page.locator("#results")).toBeVisible();
  });

  test("speaks English under /en/", async ({ page }) => {
    const response = await page.goto("/en/no/such/page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Esta página no existe" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute(
      "href",
      "/en/",
    );
    await expect(page.getByLabel("Find a film")).toBeVisible();
    // The header and footer speak English too, and lead to the English pages.
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Browse" })).toHaveAttribute("href", "/en/browse/");
    await expect(nav.getByRole("link", { name: "Explorar" })).toHaveCount(0);
    await expect(page.locator("[data-lang-switch]")).toHaveAttribute("href", "/");
    await expect(page.getByTestId("footer-source")).toContainText("Everything is computed");
  });
});

test("every page names its two languages and x-default by absolute URL", async ({ page }) => {
  for (const [path, es, en] of [
    ["/", "/", "/en/"],
    ["/en/film/", "/pelicula/", "/en/film/"],
    ["/consultas/franquicia/", "/consultas/franquicia/", "/en/queries/franquicia/"],
    ["/explorar/", "/explorar/", "/en/browse/"],
  ]) {
    await page.goto(path);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
      );
    const origin = new URL(alternates[0][1]!).origin;
    expect(origin).toMatch(/^https?:\/\//);
    expect(alternates).toEqual([
      ["es", `${origin}${es}`],
      ["en", `${origin}${en}`],
      ["x-default", `${origin}${es}`],
    ]);
  }
});
