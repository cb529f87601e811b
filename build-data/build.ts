// The whole data build as one function: source → clean → features → write. The CLI and the tests
// call it; it takes its effects (logging) injected.
import type { Manifest, SourceName } from "../src/lib/schema.ts";
import { clean, type Cleaned } from "./etl/clean.ts";
import { silentEffects, type Effects, type SourceRows } from "./etl/types.ts";
import { recommenderAssets } from "./features/recommender-assets.ts";
import { readKaggle } from "./sources/kaggle.ts";
import { readVega } from "./sources/vega.ts";
import { filmsToIPC, jsonBytes, ratingsToIPC, writeAssets } from "./write.ts";

/** Options of {@link buildData}. */
export interface BuildOptions {
  /** Which reader to use. Default "vega". */
  source?: SourceName;
  /** Input folder (kaggle) or movies.json path (vega). Default: the vega-datasets package. */
  input?: string;
  /** Output folder. */
  out: string;
  effects?: Effects;
}

export interface BuildResult {
  manifest: Manifest;
  cleaned: Cleaned;
}

export async function readSource(source: SourceName, input?: string): Promise<SourceRows> {
  if (source === "kaggle") {
    if (!input)
      throw new Error(
        "--source kaggle needs --input DIR: a folder with The Movies Dataset's CSV files",
      );
    return readKaggle(input);
  }
  return readVega(input);
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const effects = options.effects ?? silentEffects;
  const source = options.source ?? "vega";
  const rows = await readSource(source, options.input);
  effects.log(`read ${rows.inputRecords} records from the ${source} source`);
  const cleaned = clean(rows);
  const recommender = recommenderAssets(cleaned.films, rows.ratings);
  const quality = {
    schemaVersion: 1,
    counts: cleaned.counts,
    droppedByReason: cleaned.droppedByReason,
    quarantinedByReason: cleaned.quarantinedByReason,
    quarantineSample: cleaned.quarantine.slice(0, 20),
  };
  const manifest = await writeAssets(
    options.out,
    {
      films: filmsToIPC(cleaned.films),
      ...recommender,
      quality: jsonBytes(quality),
      ...(rows.ratings ? { ratings: ratingsToIPC(rows.ratings) } : {}),
    },
    { source, inputFingerprint: rows.fingerprint, counts: cleaned.counts, fields: rows.fields },
  );
  return { manifest, cleaned };
}
