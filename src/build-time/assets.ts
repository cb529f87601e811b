// Build-time access to the data assets for Astro pages (Node only: runs while the site is built).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseManifest } from "../lib/assets.ts";
import { MANIFEST_FILE, type AssetName, type Manifest } from "../lib/schema.ts";

/** Where build-data wrote the assets; $FILMOTECA_DATA_DIR lets `npm run bench` build from another folder. */
export const DATA_DIR = process.env.FILMOTECA_DATA_DIR ?? join(process.cwd(), "public", "data");

/** The manifest of the current data build; a clear error when the data was not built. */
export function readManifest(): Manifest {
  let text: string;
  try {
    text = readFileSync(join(DATA_DIR, MANIFEST_FILE), "utf8");
  } catch {
    throw new Error(
      `${join(DATA_DIR, MANIFEST_FILE)} is missing: run "npm run data" before building the site`,
    );
  }
  return parseManifest(text);
}

/** A JSON asset of the current build, or null when the build has none. */
export function readJsonAsset<T>(name: AssetName): T | null {
  const entry = readManifest().assets[name];
  return entry ? (JSON.parse(readFileSync(join(DATA_DIR, entry.file), "utf8")) as T) : null;
}
