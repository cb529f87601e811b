// No script runs from a URL: every query parameter of every page gets each payload, and the page
// must open no dialog, create no script or handler, and show the payload as plain text.
import { expect, test } from "@playwright/test";
import { PAYLOADS, expectNoInjectedMarkup, recordDialogs, showsLiterally } from "./hostile.ts";

/** A page and the query parameters it reads; `echoes` names the ones it shows back as text. */
interface PageUrl {
  path: string;
  params: string[];
  echoes: string[];
}

// Every page that reads its URL; add pages here as they appear.
const FILM_PARAMS = ["id", "desde", "hasta", "genero", "idioma", "votos"];
const PAGES: PageUrl[] = [
  { path: "/", params: ["q"], echoes: ["q"] },
  { path: "/en/", params: ["q"], echoes: ["q"] },
  { path: "/pelicula/", params: FILM_PARAMS, echoes: [] },
  { path: "/en/film/", params: FILM_PARAMS, echoes: [] },
  { path: "/consultas/peliculas_mes/", params: ["mes"], echoes: [] },
  { path: "/consultas/retorno/", params: ["titulo", "año"], echoes: [] },
  { path: "/consultas/franquicia/", params: ["franquicia"], echoes: [] },
  { path: "/en/queries/get_director/", params: ["director"], echoes: [] },
];

for (const { path, params, echoes } of PAGES) {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    test(`${path} runs no script from a ${name} payload in its query and hash`, async ({
      page,
    }) => {
      const dialogs = recordDialogs(page);
      const url = new URL(path, "http://x");
      // Every parameter the page reads, plus one it does not; the hash too.
      for (const p of [...params, "utm_source"]) url.searchParams.set(p, payload);
      url.hash = payload;
      await page.goto(url.pathname + url.search + url.hash);
      // The page echoes the parameter once the worker has answered: wait for that, as text.
      for (const p of echoes) {
        await expect
          .poll(() => showsLiterally(page, payload), {
            message: `${p} shown as text`,
            timeout: 10_000,
          })
          .toBe(true);
      }
      await page.waitForLoadState("networkidle");
      await expectNoInjectedMarkup(page);
      // The language switch carries the query along: following it must not run anything either.
      await page.locator("[data-lang-switch]").first().click();
      await page.waitForURL((u) => u.pathname !== path);
      await page.waitForLoadState("load");
      await expectNoInjectedMarkup(page);
      expect(dialogs).toEqual([]);
    });
  }
}
