// Loading a build's assets through an injected byte fetcher (fetch in the worker, fs in the CLI),
// checking each against the manifest: schema version, byte size and sha256.
import { AssetError } from "./catalog.ts";
import { MANIFEST_FILE, SCHEMA_VERSION, type AssetName, type Manifest } from "./schema.ts";

/** Reads a file of the data folder by its name; rejects with a message naming the file. */
export type FetchBytes = (file: string) => Promise<Uint8Array>;

/** Hex sha256 of bytes, with Web Crypto (present in browsers, workers and Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Parses and checks manifest.json. */
export function parseManifest(text: string): Manifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch (error) {
    throw new AssetError(`${MANIFEST_FILE} is not valid JSON: ${(error as Error).message}`);
  }
  if (manifest?.schemaVersion !== SCHEMA_VERSION) {
    throw new AssetError(
      `${MANIFEST_FILE} has schema version ${manifest?.schemaVersion ?? "(none)"}, expected ${SCHEMA_VERSION}: rebuild the data or reload the page`,
    );
  }
  return manifest;
}

export async function loadManifest(fetchBytes: FetchBytes): Promise<Manifest> {
  return parseManifest(new TextDecoder().decode(await fetchBytes(MANIFEST_FILE)));
}

/** The bytes of one asset, or null when the build has no such (optional) asset. */
export async function loadAsset(
  manifest: Manifest,
  name: AssetName,
  fetchBytes: FetchBytes,
): Promise<Uint8Array | null> {
  const entry = manifest.assets[name];
  if (!entry) return null;
  const bytes = await fetchBytes(entry.file);
  if (bytes.byteLength !== entry.bytes) {
    throw new AssetError(
      `asset ${entry.file} has ${bytes.byteLength} bytes, the manifest says ${entry.bytes}: the deployment mixes two builds`,
    );
  }
  const sha = await sha256Hex(bytes);
  if (sha !== entry.sha256) {
    throw new AssetError(
      `asset ${entry.file} has sha256 ${sha}, the manifest says ${entry.sha256}: the file is corrupt or from another build`,
    );
  }
  return bytes;
}

/** Like {@link loadAsset} for an asset the site cannot do without. */
export async function loadRequiredAsset(
  manifest: Manifest,
  name: AssetName,
  fetchBytes: FetchBytes,
): Promise<Uint8Array> {
  const bytes = await loadAsset(manifest, name, fetchBytes);
  if (!bytes) throw new AssetError(`${MANIFEST_FILE} names no "${name}" asset`);
  return bytes;
}
