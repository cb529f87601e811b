// No page scrolls sideways on a 390 px phone, in either language: every built page (and a film,
// a browse page and a query answer with their data shown) is as wide as the screen. Wide tables
// scroll inside their own box instead.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { filmTitled } from "./built-data.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";

/** Every page of the built site, as its path ("/consultas/franquicia/"). */
function builtPages(dir = "dist", prefix = "/"): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "data" || name === "_astro") continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...builtPages(full, `${prefix}${name}/`));
    else if (name === "index.html") out.push(prefix);
  }
  return out;
}

const film = () => filmTitled(TITLE);
const withData = () => [
  `/pelicula/?id=${film().id}`,
  `/en/film/?id=${film().id}`,
  `/explorar/?genero=${encodeURIComponent(film().genres?.[0] ?? "Drama")}`,
  `/en/browse/?decade=${Math.floor(film().release_year / 10) * 10}&sort=title`,
  "/consultas/peliculas_mes/?mes=enero",
  "/en/queries/peliculas_mes/?mes=enero",
  "/no/such/page/",
  "/en/no/such/page/",
];

test.use({ viewport: { width: 390, height: 844 } });

test("no built page is wider than a 390 px phone, in either language", async ({ page }) => {
  test.setTimeout(180_000);
  const pages = [...builtPages(), ...withData()];
  expect(pages).toContain("/en/performance/");
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${path}: ${width} px`);
  }
  expect(wide).toEqual([]);
});
