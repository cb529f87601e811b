// The whole data build as one function: source → clean → joins → features → write. The CLI and
// the tests call it; it takes its effects (logging, progress) injected.
import {
  VIEWER_SOURCES,
  type AssetName,
  type Film,
  type Manifest,
  type QualityReport,
  type SourceName,
} from "../src/lib/schema.ts";
import { siteShards } from "./shards/site-shards.ts";
import { edaReport } from "./eda/report.ts";
import { clean, type Cleaned } from "./etl/clean.ts";
import { qualityReport } from "./etl/quality.ts";
import {
  ratingsFromColumns,
  silentEffects,
  type Effects,
  type Joined,
  type SourceRows,
} from "./etl/types.ts";
import { recommenderAssets } from "./features/recommender-assets.ts";
import { InputError } from "./sources/csv.ts";
import { readKaggle } from "./sources/kaggle.ts";
import { readVega } from "./sources/vega.ts";
import { filmsToIPC, jsonBytes, ratingsToIPC, writeAssets, type ManifestBody } from "./write.ts";

/** Options of {@link buildData}. */
export interface BuildOptions {
  /** Which reader to use. Default "vega". */
  source?: SourceName;
  /** Input folder (kaggle, required) or movies.json path (vega). Default: the vega-datasets package. */
  input?: string;
  /** Output folder. */
  out: string;
  /** Logger and progress. Default: silent. */
  effects?: Effects;
}

export interface BuildResult {
  manifest: Manifest;
  cleaned: Cleaned;
  quality: QualityReport;
}

export async function readSource(
  source: SourceName,
  input: string | undefined,
  effects: Effects,
): Promise<SourceRows> {
  if (source === "kaggle") {
    if (!input) {
      throw new InputError(
        "--source kaggle needs --input DIR: expected a folder with The Movies Dataset's CSV files",
      );
    }
    return readKaggle(input, effects);
  }
  return readVega(input);
}

const noJoins: Joined = { joins: {}, fields: [], ratings: null };

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const effects = options.effects ?? silentEffects;
  const source = options.source ?? "vega";
  const rows = await readSource(source, options.input, effects);
  const cleaning = effects.stage("clean", rows.inputRecords, "records");
  const cleaned = clean(rows);
  cleaning.update(rows.inputRecords);
  cleaning.stop();
  const joined = rows.join ? await rows.join(cleaned.films, effects) : noJoins;
  const fields = [...rows.fields, ...joined.fields];

  const featuring = effects.stage("features", cleaned.films.length, "films");
  const films = filmsToIPC(cleaned.films);
  const features = recommenderAssets(
    cleaned.films,
    joined.ratings ? ratingsFromColumns(joined.ratings) : null,
  );
  // Settled when awaited below; until then a failure must not count as an unhandled rejection.
  features.catch(() => {});
  // Written while the features' worker threads run.
  const quality = qualityReport(rows, cleaned, joined, fields);
  const eda = edaReport(cleaned.films, { source, fields });
  const recommender = await features;
  featuring.stop();

  const manifest = await writeSite(options.out, {
    films: cleaned.films,
    filmsAsset: films,
    features: recommender,
    assets: {
      quality: jsonBytes(quality),
      eda: jsonBytes(eda),
      ...(joined.ratings ? { ratings: ratingsToIPC(joined.ratings) } : {}),
    },
    body: { source, inputFingerprint: rows.fingerprint(), counts: cleaned.counts, fields },
    effects,
  });
  return { manifest, cleaned, quality };
}

/** What {@link writeSite} writes. */
export interface SiteInput {
  films: readonly Film[];
  /** filmsToIPC(films). */
  filmsAsset: Uint8Array;
  /** recommenderAssets(films, …). */
  features: Awaited<ReturnType<typeof recommenderAssets>>;
  /** The other assets (quality, eda…). */
  assets: Partial<Record<AssetName, Uint8Array>>;
  body: Omit<ManifestBody, "viewerLists">;
  effects?: Effects;
}

/** Writes a build's assets, its shard families and its manifest (atomically, see write.ts). */
export async function writeSite(out: string, input: SiteInput): Promise<Manifest> {
  const effects = input.effects ?? silentEffects;
  const { recommender, similar, vectors, neighbors } = input.features;
  const viewerLists = !!recommender.neighbors?.sources?.some((s) => VIEWER_SOURCES.includes(s));
  const sharding = effects.stage("shards", 1, "steps");
  const { families, summary } = siteShards({
    films: input.films,
    recommender,
    similar,
    source: input.body.source,
    fields: input.body.fields,
    viewerLists,
  });
  sharding.stop();
  const assets = {
    films: input.filmsAsset,
    vectors,
    ...(neighbors ? { neighbors } : {}),
    ...input.assets,
    summary: jsonBytes(summary),
  };
  const writing = effects.stage("write", Object.keys(assets).length + families.length, "files");
  const manifest = await writeAssets(
    out,
    assets,
    { ...input.body, viewerLists },
    writing,
    families,
  );
  writing.stop();
  return manifest;
}
