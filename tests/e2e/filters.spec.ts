import { expect as baseExpect, test, type Page } from "@playwright/test";
import { filmTitled } from "./built-data.ts";

// On a machine shared with other builds a cold film page can take a while: patient waits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 90_000 });

// The film page's recommendation filters: the year boxes apply as one types (after a pause), a
// year that cannot be one gets a message next to its box, and filters replace the history entry,
// so Back leaves the page instead of stepping back through every filter tried.
const TITLE = process.env.E2E_TITLE ?? "Toy Story";

const cards = (page: Page) =>
  page.locator("#similar-list").getByTestId("film-cards").locator("> li");

async function openFilm(page: Page) {
  const film = filmTitled(TITLE);
  await page.goto("/");
  await page.goto(`/pelicula/?id=${film.id}`);
  await expect(cards(page)).toHaveCount(12);
  return film;
}

test.describe("the recommendation filters", () => {
  test("a year typed applies after a pause, without Enter or leaving the box", async ({ page }) => {
    await openFilm(page);
    const from = page.getByLabel("Desde el año");
    await from.pressSequentially("1995", { delay: 40 });
    // Nothing is applied while typing; the list follows once the typing stops.
    await expect(page).toHaveURL(/[?&]desde=1995/);
    await expect(from).toBeFocused();
    await expect(async () => {
      const years = (await cards(page).locator(".film-card-meta").allTextContents()).map((m) =>
        Number(m.slice(0, 4)),
      );
      expect(years.length).toBeGreaterThan(0);
      expect(Math.min(...years)).toBeGreaterThanOrEqual(1995);
    }).toPass();
  });

  test("a year still being typed is not applied at once", async ({ page }) => {
    await openFilm(page);
    const urls: string[] = [];
    page.on("framenavigated", () => urls.push(page.url()));
    await page.getByLabel("Hasta el año").pressSequentially("2001", { delay: 20 });
    await expect(page).toHaveURL(/[?&]hasta=2001/);
    // One change of the URL for four keys: never hasta=2, 20 or 200.
    expect(await page.evaluate(() => location.search)).toMatch(/hasta=2001/);
    expect(urls.every((u) => !/hasta=(2|20|200)(&|$)/.test(u))).toBe(true);
  });

  test("a bad year gets a message next to its box, and the list stays as it was", async ({
    page,
  }) => {
    await openFilm(page);
    const from = page.getByLabel("Desde el año");
    await from.fill("19");
    const message = page.locator("#f-from-msg");
    await expect(message).toHaveText("Escribe el año con sus cuatro cifras, p. ej. 1995.");
    await expect(from).toHaveAttribute("aria-describedby", "f-from-msg");
    await expect(from).toHaveAttribute("aria-invalid", "true");
    await expect(from).toHaveAccessibleDescription(/cuatro cifras/);
    await expect(page).not.toHaveURL(/desde=/);
    await expect(cards(page)).toHaveCount(12);
    await from.fill("1990");
    await expect(message).toBeEmpty();
    await expect(from).not.toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/[?&]desde=1990/);
  });

  test("an inverted range is said on the 'to' box", async ({ page }) => {
    await openFilm(page);
    await page.getByLabel("Desde el año").fill("2005");
    await expect(page).toHaveURL(/[?&]desde=2005/);
    await page.getByLabel("Hasta el año").fill("1990");
    await expect(page.locator("#f-to-msg")).toContainText("Es anterior a «Desde el año»");
    await expect(page).not.toHaveURL(/hasta=/);
  });

  test("filters replace the history entry: Back leaves the page", async ({ page }) => {
    const film = await openFilm(page);
    await page.getByLabel("Género").selectOption("Comedy");
    await expect(page).toHaveURL(/[?&]genero=Comedy/);
    await page.getByLabel("Votos mínimos").fill("100");
    await page.getByLabel("Votos mínimos").press("Enter");
    await expect(page).toHaveURL(/[?&]votos=100/);
    await page.getByLabel("Desde el año").fill("1980");
    await expect(page).toHaveURL(/[?&]desde=1980/);
    expect(await page.evaluate(() => history.length)).toBe(3);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`id=${film.id}.*desde=1980`));
    await expect(page.getByLabel("Género")).toHaveValue("Comedy");
    await expect(page.getByLabel("Desde el año")).toHaveValue("1980");
  });

  test("filtered cards keep the reasons they were chosen", async ({ page }) => {
    await openFilm(page);
    await page.getByLabel("Género").selectOption("Comedy");
    await expect(page).toHaveURL(/[?&]genero=Comedy/);
    await page.getByRole("button", { name: /Buscar en todo el catálogo/ }).click();
    await expect(cards(page)).toHaveCount(12);
    for (const card of await cards(page).all())
      await expect(card.locator(".reasons li").first()).not.toBeEmpty();
  });
});

test("a year typed before the genres and languages arrive stays in its box, and applies", async ({
  page,
}) => {
  // The choices (the worker's facets) are held back 3 s: the list shows first, and one types.
  await page.addInitScript(() => {
    (globalThis as Record<string, unknown>).__FILMOTECA_TEST_DELAYS__ = {
      facets: { undefined: 3000 },
    };
  });
  await openFilm(page);
  await expect(page.locator("body[data-ready]")).toHaveCount(0);
  await page.getByLabel("Desde el año").fill("2005");
  await expect(page).toHaveURL(/[?&]desde=2005/);
  await expect(page.locator("body[data-ready]")).toHaveCount(1, { timeout: 10_000 });
  await expect(page.getByLabel("Desde el año")).toHaveValue("2005");
});
