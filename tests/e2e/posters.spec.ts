import { expect, test } from "@playwright/test";
import { filmTitled, serveModifiedFilm } from "./built-data.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";
// Toy Story's real poster path on TMDB; the vega source has none, so the tests give it one.
const POSTER_PATH = "/rhIRbceoE9lR4veEXuwCC2wARtG.jpg";
// A 1×1 PNG, standing in for TMDB's image CDN (there is no network here).
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

test.describe("posters", () => {
  test("load from TMDB's image CDN when it answers", async ({ page }) => {
    const film = filmTitled(TITLE);
    await serveModifiedFilm(page, film.id, { poster_path: POSTER_PATH });
    const asked: string[] = [];
    await page.route("https://image.tmdb.org/**", (route) => {
      asked.push(route.request().url());
      return route.fulfill({ body: PNG, contentType: "image/png" });
    });
    await page.goto(`/pelicula/?id=${film.id}`);
    const poster = page.locator("#film-poster .poster");
    await expect(poster).toHaveAttribute("data-state", "loaded");
    await expect(poster.getByRole("img", { name: `Cartel de ${film.title}` })).toBeVisible();
    expect(asked).toContain(`https://image.tmdb.org/t/p/w342${POSTER_PATH}`);
  });

  test("fall back to a tidy placeholder offline, in a box of the same size", async ({ page }) => {
    const film = filmTitled(TITLE);
    await serveModifiedFilm(page, film.id, { poster_path: POSTER_PATH });
    await page.route("https://image.tmdb.org/**", (route) => route.abort("internetdisconnected"));
    await page.goto(`/pelicula/?id=${film.id}`);
    const poster = page.locator("#film-poster .poster");
    await expect(poster).toHaveAttribute("data-state", "placeholder");
    await expect(poster.locator("img")).toHaveCount(0);
    await expect(poster.locator(".poster-placeholder")).toHaveText(film.title[0].toUpperCase());
    // The same box a loaded poster gets: the full width of its frame at a 2:3 ratio, fixed by CSS
    // before any image arrives, so nothing shifts.
    const box = await poster.boundingBox();
    const frame = await page.locator("#film-poster").boundingBox();
    expect(box, "poster box").not.toBeNull();
    expect(box!.width).toBeCloseTo(frame!.width, 0);
    expect(box!.height / box!.width).toBeCloseTo(1.5, 2);
  });

  test("the site asks no third party but TMDB's image CDN", async ({ page }) => {
    const film = filmTitled(TITLE);
    await serveModifiedFilm(page, film.id, { poster_path: POSTER_PATH });
    const hosts = new Set<string>();
    page.on("request", (request) => hosts.add(new URL(request.url()).host));
    await page.route("https://image.tmdb.org/**", (route) => route.abort());
    await page.goto("/");
    await expect(page.locator("#popular").getByTestId("film-cards")).toBeVisible();
    await page.goto(`/pelicula/?id=${film.id}`);
    await expect(page.locator("body[data-ready=true]")).toBeAttached();
    const origin = new URL(page.url()).host;
    expect([...hosts].filter((h) => h !== origin && h !== "image.tmdb.org")).toEqual([]);
  });
});
