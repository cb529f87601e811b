// The list "for you": likes made with the toggles on a film page and on a card, kept in
// localStorage and carried in the URL, so that a cold visit to that URL (another browser, nothing
// stored) shows the same list; it reads the liked films' shards, never the whole catalogue.
import { expect, test, type Page } from "@playwright/test";
import { filmTitled } from "./built-data.ts";
import { dataRequests, familyOf } from "./requests.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";

/** The titles of the recommendations the page shows, once it shows them. */
async function recommendations(page: Page): Promise<string[]> {
  await expect(page.locator("body[data-ready]")).toHaveCount(1);
  const cards = page.locator("#fy-list [data-testid=film-cards] .film-card-title");
  await expect(cards.first()).toBeVisible();
  return cards.allTextContents();
}

/** Likes the film of a film page, then the first film of its list; returns both ids and titles. */
async function likeTwo(page: Page) {
  const film = filmTitled(TITLE);
  await page.goto(`/pelicula/?id=${film.id}`);
  await expect(page.locator("body[data-ready]")).toHaveCount(1);
  const toggle = page.locator("#film-actions button[data-testid=like]");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(toggle).toHaveAccessibleName(`Me gustó ${film.title}`);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const card = page.locator("#similar-list .film-card").first();
  const other = {
    title: (await card.locator(".film-card-title").textContent())!,
    id: Number(
      new URL((await card.locator("a").getAttribute("href"))!, page.url()).searchParams.get("id"),
    ),
  };
  const cardToggle = card.getByRole("button", { name: `Me gustó ${other.title}` });
  await cardToggle.click();
  await expect(cardToggle).toHaveAttribute("aria-pressed", "true");
  return [{ id: film.id, title: film.title }, other];
}

test.describe("para ti", () => {
  test("likes two films, shows a list from them, and the same list cold from the URL", async ({
    page,
    browser,
  }) => {
    const liked = await likeTwo(page);
    expect(await page.evaluate(() => localStorage.getItem("filmoteca.likes"))).toBe(
      liked.map((l) => l.id).join(","),
    );
    await page.getByRole("navigation").getByRole("link", { name: "Para ti" }).click();
    await expect(page).toHaveURL(new RegExp(`/para-ti/\\?vistas=${liked[0].id},${liked[1].id}$`));
    const titles = await recommendations(page);
    expect(titles.length).toBeGreaterThan(0);
    for (const l of liked) expect(titles).not.toContain(l.title);
    await expect(page.getByTestId("likes").getByRole("link")).toHaveText(liked.map((l) => l.title));
    const firstReason = page.locator("#fy-list .reasons li").first();
    await expect(firstReason).toHaveText(/^Porque te gust(ó|aron) /);
    await expect(page.locator("#fy-shared")).toBeHidden();

    // Cold: another browser context (no storage, no cache) opens the same address.
    const cold = await browser.newContext();
    const coldPage = await cold.newPage();
    const asked = dataRequests(coldPage);
    await coldPage.goto(page.url());
    expect(await recommendations(coldPage)).toEqual(titles);
    await expect(coldPage.locator("#fy-shared")).toBeVisible();
    expect(asked.filter((p) => /\.arrow$/.test(p))).toEqual([]);
    expect([...new Set(asked.map(familyOf))].sort()).toEqual(["cards", "lists", "manifest.json"]);
    // The link's likes are not this browser's until imported.
    expect(await coldPage.evaluate(() => localStorage.getItem("filmoteca.likes"))).toBeNull();
    await coldPage.getByRole("button", { name: "Añadirlos a mis gustos" }).click();
    await expect(coldPage.locator("#fy-shared")).toBeHidden();
    expect(await coldPage.evaluate(() => localStorage.getItem("filmoteca.likes"))).toBe(
      liked.map((l) => l.id).join(","),
    );
    await cold.close();
  });

  test("removes a like and clears them, in the URL and in storage", async ({ page }) => {
    const liked = await likeTwo(page);
    await page.goto("/para-ti/");
    await recommendations(page);
    await page.getByRole("button", { name: `Quitar ${liked[0].title} de los gustos` }).click();
    await expect(page).toHaveURL(new RegExp(`\\?vistas=${liked[1].id}$`));
    await expect(page.getByTestId("likes").getByRole("link")).toHaveText([liked[1].title]);
    expect(await page.evaluate(() => localStorage.getItem("filmoteca.likes"))).toBe(
      String(liked[1].id),
    );
    const titles = await recommendations(page);
    expect(titles).not.toContain(liked[1].title);
    await page.getByRole("button", { name: "Borrar todos" }).click();
    await expect(page.locator("#fy-empty")).toBeVisible();
    await expect(page).toHaveURL(/\/para-ti\/$/);
    expect(await page.evaluate(() => localStorage.getItem("filmoteca.likes"))).toBeNull();
  });

  test("in English, imports likes from a pasted link and offers its own as a link", async ({
    page,
  }) => {
    const film = filmTitled(TITLE);
    await page.goto("/en/for-you/");
    await expect(page.locator("#fy-empty")).toBeVisible();
    await expect(
      page.getByRole("navigation").getByRole("link", { name: "For you" }),
    ).toHaveAttribute("aria-current", "page");
    await page
      .getByLabel("Import likes from a link")
      .fill(`https://example.org/para-ti/?vistas=${film.id}`);
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/for-you/\\?vistas=${film.id}$`));
    await recommendations(page);
    await expect(page.locator("#fy-list .reasons li").first()).toHaveText(
      `Because you liked ${film.title}`,
    );
    await expect(page.getByLabel("Link with your likes")).toHaveValue(
      new RegExp(`/en/for-you/\\?vistas=${film.id}$`),
    );
    await expect(page.getByRole("status").filter({ hasText: "1 film added" })).toHaveCount(1);
  });
});

test("a shared link with an id this build lacks counts only the films it has, and names the other", async ({
  page,
}) => {
  const film = filmTitled(TITLE);
  await page.goto(`/para-ti/?vistas=${film.id},999999999`);
  await recommendations(page);
  await expect(page.locator("#fy-likes-count")).toHaveText("1 película");
  await expect(page.locator("#main")).toContainText("999999999");
});
