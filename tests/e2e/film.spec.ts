import { expect, test, type Page } from "@playwright/test";
import { builtData, filmTitled, findFilm } from "./built-data.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";
const XSS = "<img src=x onerror=alert(1)>";

const cards = (page: Page) =>
  page.locator("#similar-list").getByTestId("film-cards").locator("> li");

test.describe("film page (/pelicula/?id=…)", () => {
  test("shows the film's facts and similar films with the reasons for each", async ({ page }) => {
    const film = filmTitled(TITLE);
    await page.goto(`/pelicula/?id=${film.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(film.title);
    await expect(page).toHaveTitle(`${film.title} (${film.release_year}) · Filmoteca`);
    await expect(page.locator("#film-subtitle")).toContainText(String(film.release_year));
    const facts = page.locator("#film-facts");
    await expect(facts).toContainText("Presupuesto");
    await expect(facts).toContainText("Recaudación");
    if (film.directors?.length) await expect(facts).toContainText(film.directors[0]);
    await expect(cards(page)).toHaveCount(12);
    await expect(page.locator("#similar-status")).toHaveText("12 recomendaciones.");
    // Every card says in words why it was chosen (on the vega build, Toy Story's director made
    // other films of the list: one card says so).
    await expect(page.locator(".reasons li").first()).toHaveText(
      /^(De la misma saga: |Mismo director: |Comparten género: |Temas en común: |Mismo reparto: |Les gustó a quienes disfrutaron |Entre las que más espectadores disfrutaron|Parecida en el conjunto)/,
    );
    if (film.directors?.length && process.env.E2E_DATASET !== "kaggle")
      await expect(
        page.locator(".reasons li", { hasText: `Mismo director: ${film.directors[0]}` }).first(),
      ).toBeVisible();
    await cards(page).first().getByRole("link").click();
    await expect(page).toHaveURL(/\/pelicula\/\?id=\d+$/);
  });

  test("spells an unknown budget as unknown, never as 0", async ({ page }) => {
    const film = findFilm((f) => f.budget === 0 && f.revenue > 0, "has no known budget");
    await page.goto(`/pelicula/?id=${film.id}`);
    const budget = page.locator("#film-facts dt", { hasText: "Presupuesto" }).locator("+ dd");
    // "Unknown" agrees with the row's noun: el presupuesto, el retorno (masculine).
    await expect(budget).toHaveText("desconocido");
    const ret = page.locator("#film-facts dt", { hasText: "Retorno" }).locator("+ dd");
    await expect(ret).toHaveText("desconocido");
  });

  test("speaks English at /en/film/", async ({ page }) => {
    const film = filmTitled(TITLE);
    await page.goto(`/en/film/?id=${film.id}`);
    await expect(page.getByRole("heading", { name: "Recommendations" })).toBeVisible();
    await expect(page.locator("#film-facts")).toContainText("Budget");
    await expect(cards(page)).toHaveCount(12);
    await expect(page.locator(".reasons li").first()).toContainText(
      /^(Same collection: |Same director: |Shares genres: |Common themes: |Same cast: |Liked by viewers who liked |Among the films most viewers liked|Alike in its data as a whole)/,
    );
  });

  test("filters change the URL and the list; clearing them brings the list back", async ({
    page,
  }) => {
    const film = filmTitled(TITLE);
    await page.goto(`/pelicula/?id=${film.id}`);
    await expect(cards(page)).toHaveCount(12);
    await page.getByLabel("Género").selectOption("Comedy");
    await expect(page).toHaveURL(/[?&]genero=Comedy/);
    // The filters pick among the film's list; when too few pass, the whole catalogue is offered.
    const whole = page.getByRole("button", {
      name: /Buscar en todo el catálogo \(descarga [\d,]+ MB\)/,
    });
    await expect(whole).toBeVisible();
    await whole.click();
    await expect(cards(page)).toHaveCount(12);
    await expect(whole).toBeHidden();
    // A card shows two genres at most: the data says whether each film is a comedy.
    const { catalog } = builtData();
    for (const href of await cards(page)
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      const row = catalog.rowOfId.get(Number(new URL(href).searchParams.get("id")))!;
      expect(catalog.genres[row]).toContain("Comedy");
    }

    await page.getByLabel("Desde el año").fill("2000");
    await page.getByLabel("Desde el año").press("Enter");
    await expect(page).toHaveURL(/[?&]desde=2000/);
    await expect(async () => {
      const years = (await cards(page).locator(".film-card-meta").allTextContents()).map((m) =>
        Number(m.slice(0, 4)),
      );
      expect(years.length).toBeGreaterThan(0);
      expect(Math.min(...years)).toBeGreaterThanOrEqual(2000);
    }).toPass();
    // Each filter replaced the history entry (filters.spec.ts: Back leaves the page).
    await page.getByRole("button", { name: "Quitar filtros" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?id=${film.id}$`));
    await expect(page.getByLabel("Género")).toHaveValue("");
    await expect(cards(page)).toHaveCount(12);
  });

  test("a permalink with filters opens with them applied", async ({ page }) => {
    const film = filmTitled(TITLE);
    await page.goto(`/pelicula/?id=${film.id}&hasta=1990&votos=1000`);
    await expect(page.getByLabel("Hasta el año")).toHaveValue("1990");
    await expect(page.getByLabel("Votos mínimos")).toHaveValue("1000");
    await page.getByRole("button", { name: /Buscar en todo el catálogo/ }).click();
    await expect(cards(page).first()).toBeVisible();
    const years = (await cards(page).locator(".film-card-meta").allTextContents()).map((m) =>
      Number(m.slice(0, 4)),
    );
    expect(Math.max(...years)).toBeLessThanOrEqual(1990);
  });
});

test.describe("film page errors", () => {
  test("an unknown id says so in words and offers the search", async ({ page }) => {
    await page.goto("/pelicula/?id=999999999");
    const problem = page.getByRole("alert");
    await expect(problem).toContainText("No hay ninguna película con el número «999999999»");
    await expect(problem.getByRole("link", { name: "Buscar otra película" })).toHaveAttribute(
      "href",
      "/",
    );
    await expect(page.locator("#similar")).toBeHidden();
  });

  test("a missing id explains what the address needs", async ({ page }) => {
    await page.goto("/en/film/");
    await expect(page.getByRole("alert")).toContainText("The address lacks the film's number");
  });

  test("an id that is markup is shown as text and runs nothing", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`/pelicula/?id=${encodeURIComponent(XSS)}`);
    const problem = page.getByRole("alert");
    await expect(problem).toContainText(`«${XSS}»`);
    await expect(problem.locator("img")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("data that failed to load is reported with a reload button", async ({ page }) => {
    await page.route("**/data/shards/**", (route) => route.fulfill({ status: 503 }));
    await page.goto(`/pelicula/?id=${filmTitled(TITLE).id}`);
    const problem = page.getByRole("alert");
    await expect(problem).toContainText("No se pudieron cargar los datos");
    await expect(problem).toContainText("HTTP 503");
    await expect(problem.getByRole("button", { name: "Recargar" })).toBeVisible();
  });

  test("a crashed worker is reported with a reload button", async ({ page }) => {
    await page.route("**/_astro/engine.worker-*.js", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "throw new Error('out of memory');",
      }),
    );
    await page.goto(`/pelicula/?id=${filmTitled(TITLE).id}`);
    const problem = page.getByRole("alert");
    await expect(problem).toContainText("motor de cálculo");
    await expect(problem.getByRole("button", { name: "Recargar" })).toBeVisible();
  });
});
