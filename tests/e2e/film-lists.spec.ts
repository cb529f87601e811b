import { expect, test } from "@playwright/test";
import { filmTitled } from "./built-data.ts";

// The film page's two lists. With viewers' ratings (the real data: E2E_DATASET=kaggle in .ci/run),
// the recommendations lead with what viewers liked together and say so, and films alike in content
// follow in a list of their own. Without ratings (the vega default) the one list is films alike.
const TITLE = process.env.E2E_TITLE ?? "Toy Story";
const REAL_DATA = process.env.E2E_DATASET === "kaggle";

test("the film page says why each recommendation is there, and lists films alike in content when viewers led the first list", async ({
  page,
}) => {
  const film = filmTitled(TITLE);
  await page.goto(`/pelicula/?id=${film.id}`);
  await expect(page.locator("body[data-ready=true]")).toBeAttached();
  const recommendations = page.locator("#similar-list [data-testid=film-cards] > li");
  await expect(recommendations).toHaveCount(12);
  // Every card gives at least one reason, even a film that shares nothing with the query film.
  for (const card of await recommendations.all())
    await expect(card.locator(".reasons li").first()).toBeVisible();
  const alike = page.locator("#alike");
  if (REAL_DATA) {
    await expect(
      page.locator("#similar-list .reasons li", {
        hasText: `Les gustó a quienes disfrutaron ${film.title}`,
      }),
    ).not.toHaveCount(0);
    await expect(alike).toBeVisible();
    await expect(alike.getByRole("heading", { name: "Parecidas por su contenido" })).toBeVisible();
    await expect(alike.locator("[data-testid=film-cards] > li")).toHaveCount(6);
    await expect(page.locator("#alike-status")).toHaveText(/^6 películas parecidas/);
  } else {
    await expect(alike).toBeHidden();
  }
});
