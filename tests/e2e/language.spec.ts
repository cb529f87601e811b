import { expect, test } from "@playwright/test";
import { filmTitled } from "./built-data.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";

test.describe("language switch", () => {
  test("keeps the film and its filters when switching to English and back", async ({ page }) => {
    const film = filmTitled(TITLE);
    await page.goto(`/pelicula/?id=${film.id}&genero=Comedy`);
    await expect(page.getByLabel("Género")).toHaveValue("Comedy");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(`/en/film/?id=${film.id}&genero=Comedy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(film.title);
    await expect(page.getByLabel("Genre")).toHaveValue("Comedy");
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(`/pelicula/?id=${film.id}&genero=Comedy`);
  });

  test("keeps a filter chosen on the page, not only the one it was opened with", async ({
    page,
  }) => {
    const film = filmTitled(TITLE);
    await page.goto(`/pelicula/?id=${film.id}`);
    await expect(page.locator("body[data-ready=true]")).toBeAttached();
    await page.getByLabel("Votos mínimos").fill("500");
    await page.getByLabel("Votos mínimos").press("Enter");
    await expect(page).toHaveURL(/votos=500/);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(`/en/film/?id=${film.id}&votos=500`);
  });

  test("keeps the home page's search", async ({ page }) => {
    await page.goto("/en/?q=zzzz");
    await page.getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL("/?q=zzzz");
    await expect(page.getByRole("combobox")).toHaveValue("zzzz");
  });
});
