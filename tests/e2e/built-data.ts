// The data the browser tests' site was built from (dist/data), read with the site's own src/lib
// code: tests look films up by title instead of hard-coding ids, and can serve a modified build.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { filmsToIPC } from "../../build-data/write.ts";
import { catalogFromIPC, filmAt, type Catalog } from "../../src/lib/catalog.ts";
import type { Film, Manifest } from "../../src/lib/schema.ts";

const DATA = join(process.cwd(), "dist", "data");

let cached: { manifest: Manifest; catalog: Catalog } | null = null;

/** The manifest and catalogue of the built site. */
export function builtData(): { manifest: Manifest; catalog: Catalog } {
  if (cached) return cached;
  const manifest = JSON.parse(readFileSync(join(DATA, "manifest.json"), "utf8")) as Manifest;
  const catalog = catalogFromIPC(readFileSync(join(DATA, manifest.assets.films!.file)));
  cached = { manifest, catalog };
  return cached;
}

/** The first built film that satisfies `test`; throws when none does. */
export function findFilm(test: (film: Film) => boolean, what: string): Film {
  const { catalog } = builtData();
  for (let row = 0; row < catalog.size; row++) {
    const film = filmAt(catalog, row);
    if (test(film)) return film;
  }
  throw new Error(`the built catalogue has no film that ${what}`);
}

/** The most-voted built film with exactly this title. */
export function filmTitled(title: string): Film {
  const { catalog } = builtData();
  let best = -1;
  for (let row = 0; row < catalog.size; row++)
    if (
      catalog.title[row] === title &&
      (best < 0 || catalog.voteCount[row] > catalog.voteCount[best])
    )
      best = row;
  if (best < 0) throw new Error(`the built catalogue has no film titled "${title}"`);
  return filmAt(catalog, best);
}

/**
 * Serves the page a copy of the build in which film `id` has the given changes (e.g. a poster_path
 * the vega source lacks), with a manifest whose size and sha256 match, so the worker accepts it.
 */
export async function serveModifiedFilm(page: Page, id: number, changes: Partial<Film>) {
  const { manifest, catalog } = builtData();
  const films = Array.from({ length: catalog.size }, (_, row) => {
    const film = filmAt(catalog, row);
    return film.id === id ? { ...film, ...changes } : film;
  });
  const bytes = filmsToIPC(films);
  const file = "films.modified-for-test.arrow";
  const modified: Manifest = {
    ...manifest,
    assets: {
      ...manifest.assets,
      films: {
        file,
        bytes: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      },
    },
  };
  await page.route("**/data/manifest.json", (route) => route.fulfill({ json: modified }));
  await page.route(`**/data/${file}`, (route) =>
    route.fulfill({ body: Buffer.from(bytes), contentType: "application/octet-stream" }),
  );
}
