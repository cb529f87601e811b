// What a cold visit fetches: a permalink loads the manifest and the few shards its answer needs,
// never a whole-catalogue asset; and a redeploy under an open page goes unseen.
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { bucketOf, prefixKey, words } from "../../src/lib/shards/keys.ts";
import { builtData, filmTitled, findFilm } from "./built-data.ts";
import { serveCopy } from "./static-server.ts";
import { dataRequests, familyOf } from "./requests.ts";

const TITLE = process.env.E2E_TITLE ?? "Toy Story";

test.describe("a cold visit", () => {
  test("to a film permalink fetches the manifest, the summary and one shard of each film family", async ({
    page,
  }) => {
    const asked = dataRequests(page);
    await page.goto(`/pelicula/?id=${filmTitled(TITLE).id}`);
    await expect(page.locator("body[data-ready]")).toHaveCount(1);
    expect(asked.filter((p) => p.endsWith(".arrow"))).toEqual([]);
    expect(asked.map(familyOf).sort()).toEqual(
      [
        "cards",
        "lists",
        "manifest.json",
        "texts",
        asked.find((p) => p.startsWith("summary."))!,
      ].sort(),
    );
  });

  test("to a film permalink shows the film's title from its card before the worker has started", async ({
    page,
  }) => {
    const film = filmTitled(TITLE);
    // The worker's script is held back until the title is on the page.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/engine\.worker-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/pelicula/?id=${film.id}`);
    await expect(page.locator("#film-title")).toHaveText(film.title);
    release();
    await expect(page.locator("body[data-ready]")).toHaveCount(1);
    await expect(page.locator("#similar-list .film-card").first()).toBeVisible();
  });

  test("to the home page searches without fetching any film record", async ({ page }) => {
    const asked = dataRequests(page);
    await page.goto("/");
    await page.locator("#title-input").fill("toy st");
    await expect(page.locator("#title-input-list [role=option]").first()).toBeVisible();
    expect(asked.filter((p) => p.endsWith(".arrow"))).toEqual([]);
    expect(asked.filter((p) => /^shards\/(cards|texts|lists)\./.test(p))).toEqual([]);
    expect(asked.filter((p) => familyOf(p) === "names.title").length).toBeGreaterThan(0);
  });

  test("to a query permalink fetches one answer shard", async ({ page }) => {
    const { manifest } = builtData();
    // A collection where the build has them (kaggle), else a director (vega).
    const [query, param, value] = manifest.shards["answers.franquicia"]
      ? [
          "franquicia",
          "franquicia",
          findFilm((f) => !!f.collection, "has a collection").collection!,
        ]
      : [
          "get_director",
          "director",
          findFilm((f) => !!f.directors?.length, "has a director").directors![0],
        ];
    const asked = dataRequests(page);
    await page.goto(`/consultas/${query}/?${param}=${encodeURIComponent(value)}`);
    await expect(page.getByTestId("answer-card")).not.toBeEmpty();
    expect(asked.filter((p) => p.endsWith(".arrow"))).toEqual([]);
    expect(asked.filter((p) => p.startsWith("shards/")).map(familyOf)).toEqual([
      `answers.${query}`,
    ]);
  });
});

test("a redeploy while the page is open goes unseen: a shard gone from the new build is fetched anew", async ({
  page,
}) => {
  const site = await serveCopy("dist");
  try {
    const data = join(site.root, "data");
    const manifest = JSON.parse(await readFile(join(data, "manifest.json"), "utf8"));
    const names = manifest.shards["names.title"];
    // Two title words whose chunks lie in different buckets: the second is fetched after the swap.
    const first = words(TITLE)[0];
    const other = findFilm((f) => {
      const word = words(f.title).find((w) => w.length >= 3);
      return (
        !!word &&
        bucketOf(prefixKey(word), names.buckets) !== bucketOf(prefixKey(first), names.buckets)
      );
    }, "has a title word in another chunk");
    const asked = dataRequests(page);
    await page.goto(`${site.url}/`);
    const input = page.locator("#title-input");
    await input.fill(first);
    await expect(page.locator("#title-input-list [role=option]").first()).toBeVisible();

    // The redeploy: the title index's folder gets a new name, the manifest names it.
    const moved = names.dir.replace(/\.[0-9a-f]{12}$/, ".0123456789ab");
    await rename(join(data, names.dir), join(data, moved));
    await writeFile(
      join(data, "manifest.json"),
      JSON.stringify({
        ...manifest,
        shards: { ...manifest.shards, "names.title": { ...names, dir: moved } },
      }),
    );
    await input.fill(other.title);
    await expect(page.locator("#title-input-list [role=option]").first()).toContainText(
      other.title,
    );
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(asked.filter((p) => p === "manifest.json")).toHaveLength(2);
    expect(asked.some((p) => p.startsWith(`${moved}/`))).toBe(true);
  } finally {
    await site.close();
  }
});
