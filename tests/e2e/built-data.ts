// The data the browser tests' site was built from (dist/data), read with the site's own src/lib
// code: tests look films up by title instead of hard-coding ids, and can serve a modified build.
import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { filmAt, type Catalog } from "../../src/lib/catalog.ts";
import type { Film, Manifest } from "../../src/lib/schema.ts";
import type { CardRecord } from "../../src/lib/shards/families.ts";
import { bucketOf } from "../../src/lib/shards/keys.ts";
import { payloadBytes, shardText } from "../../src/lib/shards/shard-file.ts";
import { catalogFromIPC } from "../../src/lib/codecs/films.ts";

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

/** The decoded payload of the shard of `family` that holds `key`, and that shard's file. */
export function shardOf(family: string, key: string | number) {
  const { manifest } = builtData();
  const entry = manifest.shards[family];
  const file = `${entry.dir}/${bucketOf(key, entry.buckets)}.bin`;
  const text = gunzipSync(readFileSync(join(DATA, file))).toString("utf8");
  const header = JSON.parse(text.slice(0, text.indexOf("\n")));
  return { file, header, payload: JSON.parse(text.slice(text.indexOf("\n") + 1)) };
}

/**
 * Serves the page a copy of the build in which film `id`'s card has the given changes (e.g. a
 * poster_path the vega source lacks): its cards shard rewritten, with a header that checks out.
 */
export async function serveModifiedFilm(page: Page, id: number, changes: Partial<CardRecord>) {
  const { file, header, payload } = shardOf("cards", id);
  payload[id] = { ...payload[id], ...changes };
  const body = gzipSync(await shardText(header, payloadBytes(payload)));
  await page.route(`**/data/${file}`, (route) =>
    route.fulfill({ body, contentType: "application/octet-stream" }),
  );
}
