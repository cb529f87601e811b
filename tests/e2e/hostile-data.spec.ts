// No script runs from the data: a kaggle build whose titles, overviews, collection, genres and
// poster paths are payloads, served in a copy of the built site, must show them all as text.
import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { buildData } from "../../build-data/build.ts";
import {
  kaggleFolder,
  metadataCsv,
  metadataRow,
  namedList,
  pyLiteral,
} from "../fixtures/movies-metadata.ts";
import { PAYLOADS, expectNoInjectedMarkup, recordDialogs, showsLiterally } from "./hostile.ts";
import { serveCopy, type StaticSite } from "./static-server.ts";

const COLLECTION = PAYLOADS.svg;
const TITLES = {
  1001: `Alpha ${PAYLOADS.script}`,
  1002: `Beta ${PAYLOADS.img}`,
  1003: `Gamma ${PAYLOADS.javascript}`,
  1004: `Delta ${PAYLOADS.svg}`,
  1005: `Epsilon ${PAYLOADS.quote}`,
};

/** Films of one hostile collection: every text column a payload. */
const hostileCsv = () =>
  metadataCsv(
    Object.entries(TITLES).map(([id, title]) =>
      metadataRow(Number(id), {
        title,
        original_title: title,
        overview: `${PAYLOADS.img} ${PAYLOADS.script}`,
        tagline: PAYLOADS.svg,
        belongs_to_collection: pyLiteral({ id: 9, name: COLLECTION, poster_path: null }),
        genres: namedList([PAYLOADS.script, "Drama"]),
        production_companies: namedList([PAYLOADS.img]),
        poster_path: `/x.jpg" onerror="alert('xss-poster')`,
        homepage: PAYLOADS.javascript,
      }),
    ),
  );

/** Pages to open on the hostile build and the payload texts each must show literally. Add pages
 *  here as they appear, e.g. { path: "/pelicula/?id=1001", shows: [TITLES[1001], COLLECTION] }. */
const PAGES = [
  { path: "/?q=Alpha", shows: [TITLES[1001]] },
  { path: "/en/?q=Alpha", shows: [TITLES[1001]] },
];

let site: StaticSite;

test.beforeAll(async () => {
  const fixture = await kaggleFolder(hostileCsv(), "filmoteca-hostile-site-");
  await buildData({ source: "kaggle", input: fixture.input, out: fixture.out });
  // The pages read their data at run time from /data/: the copy serves the hostile build there.
  site = await serveCopy("dist");
  await rm(join(site.root, "data"), { recursive: true, force: true });
  await cp(fixture.out, join(site.root, "data"), { recursive: true });
  await rm(fixture.dir, { recursive: true, force: true });
});

test.afterAll(() => site?.close());

for (const { path, shows } of PAGES) {
  test(`${path} on a build of hostile films runs no script and shows the payloads as text`, async ({
    page,
  }) => {
    const dialogs = recordDialogs(page);
    await page.goto(site.url + path);
    for (const text of shows) {
      await expect.poll(() => showsLiterally(page, text), { timeout: 10_000 }).toBe(true);
    }
    await expectNoInjectedMarkup(page);
    expect(dialogs).toEqual([]);
  });
}
