// Asset sizes of a data build, from its manifest: raw bytes as listed, and gzip bytes as a static
// host would send them (zlib level 6, the usual server default), measured on the files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseManifest } from "../../src/lib/assets.ts";
import { MANIFEST_FILE, type AssetName } from "../../src/lib/schema.ts";
import { GZIP_LEVEL } from "../../src/bench/defaults.ts";

/** The assets the recommender downloads. */
export const RECOMMENDER_ASSETS: readonly AssetName[] = ["vectors", "neighbors"];

export interface AssetSizes {
  /** Every asset in the manifest plus the manifest itself. */
  bytes: number;
  bytesGzip: number;
  recommenderBytesGzip: number;
  perAsset: Record<string, { bytes: number; gzip: number }>;
}

export function assetSizes(dataDir: string): AssetSizes {
  const manifestBytes = readFileSync(join(dataDir, MANIFEST_FILE));
  const manifest = parseManifest(manifestBytes.toString("utf8"));
  const perAsset: AssetSizes["perAsset"] = {
    manifest: {
      bytes: manifestBytes.length,
      gzip: gzipSync(manifestBytes, { level: GZIP_LEVEL }).length,
    },
  };
  for (const [name, entry] of Object.entries(manifest.assets)) {
    if (!entry) continue;
    const bytes = readFileSync(join(dataDir, entry.file));
    perAsset[name] = { bytes: entry.bytes, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
  }
  const sum = (key: "bytes" | "gzip", names = Object.keys(perAsset)) =>
    names.reduce((s, n) => s + (perAsset[n]?.[key] ?? 0), 0);
  return {
    bytes: sum("bytes"),
    bytesGzip: sum("gzip"),
    recommenderBytesGzip: sum("gzip", [...RECOMMENDER_ASSETS]),
    perAsset,
  };
}
