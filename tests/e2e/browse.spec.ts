// Browse pages: reached from the film page's chips and links, listing a collection's films, sorted
// and paged without any whole-catalogue asset, in both languages; and the film's external links.
import { expect, test, type Page } from "@playwright/test";
import { BROWSE_PAGE_SIZE, facetIndex } from "../../src/lib/browse.ts";
import { browseCatalog } from "../fixtures/browse-reference.ts";
import { genreName } from "../../src/i18n/genres.ts";
import { builtData, filmTitled, findFilm } from "./built-data.ts";
import { dataRequests } from "./requests.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";

const cardTitles = (page: Page) =>
  page.getByTestId("film-cards").locator(".film-card-title").allTextContents();

test.describe("a film page's chips and links", () => {
  for (const lang of ["es", "en"] as const) {
    test(`open the genre's browse page (${lang})`, async ({ page }) => {
      const film = filmTitled(TITLE);
      const genre = film.genres![0];
      await page.goto(`${lang === "es" ? "/pelicula/" : "/en/film/"}?id=${film.id}`);
      await page
        .locator("#film-genres")
        .getByRole("link", { name: genreName(genre, lang) })
        .click();
      await expect(page).toHaveURL(
        lang === "es"
          ? `/explorar/?genero=${encodeURIComponent(genre)}`
          : `/en/browse/?genre=${encodeURIComponent(genre)}`,
      );
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(genreName(genre, lang));
      const expected = browseCatalog(builtData().catalog, "genre", genre)!;
      await expect(page.locator("#browse-count")).toContainText(
        new Intl.NumberFormat(lang === "es" ? "es-ES" : "en-US").format(expected.total),
      );
      expect(await cardTitles(page)).toEqual(expected.films.map((f) => f.title));
    });
  }

  test("link the director and the language to their pages", async ({ page }) => {
    const film = findFilm((f) => !!f.directors?.length, "has a director");
    await page.goto(`/en/film/?id=${film.id}`);
    const facts = page.locator("#film-facts");
    await expect(facts.getByRole("link", { name: film.directors![0] }).first()).toHaveAttribute(
      "href",
      `/en/browse/?director=${new URLSearchParams({ d: film.directors![0] }).toString().slice(2)}`,
    );
    if (film.original_language)
      await expect(
        facts.locator(`a[href="/en/browse/?language=${film.original_language}"]`),
      ).toBeVisible();
  });

  test("link to IMDb and TMDB by the film's ids", async ({ page }) => {
    const { manifest } = builtData();
    test.skip(manifest.source !== "kaggle", "the vega source has neither IMDb nor TMDB ids");
    const film = findFilm((f) => !!f.imdb_id, "has an IMDb id");
    await page.goto(`/pelicula/?id=${film.id}`);
    await expect(page.getByRole("link", { name: `${film.title} en IMDb` })).toHaveAttribute(
      "href",
      `https://www.imdb.com/title/${film.imdb_id}/`,
    );
    await expect(page.getByRole("link", { name: `${film.title} en TMDB` })).toHaveAttribute(
      "href",
      `https://www.themoviedb.org/movie/${film.id}`,
    );
  });
});

test("a collection's page lists its films, reached from the film page", async ({ page }) => {
  test.skip(!builtData().manifest.shards["browse.collection"], "this source has no collections");
  const film = findFilm((f) => !!f.collection, "has a collection");
  const { catalog } = builtData();
  const titles = facetIndex(catalog, "collection")
    .get(film.collection!.toLowerCase())!
    .rows.map((row) => catalog.title[row]);
  await page.goto(`/pelicula/?id=${film.id}`);
  await page.locator("#film-facts").getByRole("link", { name: film.collection! }).click();
  await expect(page).toHaveURL(/\/explorar\/\?saga=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(film.collection!);
  expect((await cardTitles(page)).sort()).toEqual(titles.sort());
  await expect(page.getByRole("link", { name: /franquicia/ })).toHaveAttribute(
    "href",
    `/consultas/franquicia/?${new URLSearchParams({ franquicia: film.collection! })}`,
  );
});

test("a big list pages and sorts without fetching the catalogue", async ({ page }) => {
  const { catalog } = builtData();
  const [, biggest] = [...facetIndex(catalog, "genre")].sort(
    (a, b) => b[1].rows.length - a[1].rows.length,
  )[0];
  expect(biggest.rows.length).toBeGreaterThan(BROWSE_PAGE_SIZE);
  const asked = dataRequests(page);
  await page.goto(`/en/browse/?genre=${encodeURIComponent(biggest.name)}`);
  await expect(page.locator("body[data-ready]")).toHaveCount(1);
  const first = await cardTitles(page);
  expect(first).toHaveLength(BROWSE_PAGE_SIZE);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator("body[data-ready]")).toHaveCount(1);
  const second = await cardTitles(page);
  expect(second).toEqual(
    browseCatalog(catalog, "genre", biggest.name, "votes", 2)!.films.map((f) => f.title),
  );
  await expect(page.locator("#browse-page")).toContainText("Page 2 of");
  await page.getByLabel("Sort by").selectOption({ label: "Title (A–Z)" });
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.locator("body[data-ready]")).toHaveCount(1);
  expect(await cardTitles(page)).toEqual(
    browseCatalog(catalog, "genre", biggest.name, "title", 1)!.films.map((f) => f.title),
  );
  expect(asked.filter((p) => /^(films|vectors|neighbors)\..*\.arrow$/.test(p))).toEqual([]);
  expect(asked.filter((p) => p.endsWith(".arrow"))).toEqual([]);
  const families = new Set(
    asked
      .filter((p) => p.startsWith("shards/"))
      .map((p) => p.split("/")[1].replace(/\.[0-9a-f]{12}$/, "")),
  );
  expect([...families]).toEqual(["browse.genre"]);
});

test("an unknown value says so and offers the closest", async ({ page }) => {
  const genre = filmTitled(TITLE).genres![0];
  const typo = genre.slice(0, -2) + genre.slice(-1);
  await page.goto(`/explorar/?genero=${encodeURIComponent(typo)}`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(`«${typo}»`);
  await expect(alert.getByRole("link", { name: genreName(genre, "es") })).toHaveAttribute(
    "href",
    `/explorar/?genero=${encodeURIComponent(genre)}`,
  );
});

test("the browse index lists the build's genres and decades", async ({ page }) => {
  await page.goto("/en/browse/");
  const genre = filmTitled(TITLE).genres![0];
  await expect(page.getByRole("link", { name: genre, exact: true })).toHaveAttribute(
    "href",
    `/en/browse/?genre=${encodeURIComponent(genre)}`,
  );
  await expect(page.getByRole("link", { name: "The 1990s" })).toBeVisible();
});
