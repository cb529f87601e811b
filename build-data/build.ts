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
import { listFamilyInThreads } from "./shards/list-threads.ts";
import { catalogShards, siteShards, type CatalogShards } from "./shards/site-shards.ts";
import { startFamilies } from "./shards/write-shards.ts";
import { edaReport } from "./eda/report.ts";
import { clean, type Cleaned } from "./etl/clean.ts";
import { qualityReport } from "./etl/quality.ts";
import {
  silentEffects,
  type Effects,
  type Joined,
  type Rating,
  type RatingColumns,
  type SourceRows,
} from "./etl/types.ts";
import { LIKED_RATING } from "./features/colike.ts";
import { recommenderAssets } from "./features/recommender-assets.ts";
import { InputError } from "./sources/csv.ts";
import { readKaggle, type KaggleOptions, type RatingsChoice } from "./sources/kaggle.ts";
import { readVega } from "./sources/vega.ts";
import {
  discardStaging,
  openStaging,
  writeAssets,
  type ManifestBody,
  type Staging,
} from "./write.ts";
import { catalogFromFilms } from "../src/lib/catalog.ts";
import { filmsToIPC } from "../src/lib/codecs/films.ts";
import { jsonBytes } from "./json-bytes.ts";

/** Options of {@link buildData}. */
export interface BuildOptions {
  /** Which reader to use. Default "vega". */
  source?: SourceName;
  /** Input folder (kaggle, required) or movies.json path (vega). Default: the vega-datasets package. */
  input?: string;
  /** Output folder. */
  out: string;
  /** Which ratings file a kaggle folder with both joins (see readKaggle). Default "full". */
  ratings?: RatingsChoice;
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
  options: KaggleOptions = {},
): Promise<SourceRows> {
  if (source === "kaggle") {
    if (!input) {
      throw new InputError(
        "--source kaggle needs --input DIR: expected a folder with The Movies Dataset's CSV files",
      );
    }
    return readKaggle(input, effects, options);
  }
  return readVega(input);
}

const noJoins: Joined = { joins: {}, fields: [], ratings: null };

/**
 * The ratings the features read, as rows: every like, and the first rating of each viewer who has
 * none (the like matrix gives every viewer a column), in file order. The features use nothing else,
 * so the vectors and lists are those of every rating, from half the rows: 13M objects, not 26M,
 * for the full ratings.csv.
 */
export function featureRatings(columns: RatingColumns): Rating[] {
  const { user, rating } = columns;
  const liking = new Set<number>();
  for (let i = 0; i < user.length; i++) if (rating[i] >= LIKED_RATING) liking.add(user[i]);
  const seen = new Set<number>();
  const keep: number[] = [];
  for (let i = 0; i < user.length; i++) {
    if (rating[i] >= LIKED_RATING) keep.push(i);
    else if (!liking.has(user[i]) && !seen.has(user[i])) (seen.add(user[i]), keep.push(i));
  }
  return keep.map((i) => ({ user: user[i], film: columns.film[i], rating: rating[i] }));
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const effects = options.effects ?? silentEffects;
  const source = options.source ?? "vega";
  const rows = await readSource(source, options.input, effects, { ratings: options.ratings });
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
    joined.ratings ? featureRatings(joined.ratings) : null,
  );
  // Settled when awaited below; until then a failure must not count as an unhandled rejection.
  features.catch(() => {});
  // The features run on worker threads; meanwhile this thread writes the reports and the shard
  // families that need only the catalogue into the staging folder.
  const quality = qualityReport(rows, cleaned, joined, fields);
  const eda = edaReport(cleaned.films, { source, fields });
  const staging = await openStaging(options.out);
  const early = catalogShards({
    films: cleaned.films,
    catalog: catalogFromFilms(cleaned.films),
    source,
    fields,
  });
  // One family after another, in the manifest's order: one family's records in memory at a time.
  const started = startFamilies(staging.shardsDir, [...early.records, ...early.rest]);
  const startedShards = {
    ...early,
    records: started.slice(0, early.records.length),
    rest: started.slice(early.records.length),
  };
  let recommender: Awaited<typeof features>;
  try {
    recommender = await features;
  } catch (error) {
    await discardStaging(staging, started);
    throw error;
  }
  featuring.stop();

  const manifest = await writeSite(options.out, {
    films: cleaned.films,
    filmsAsset: films,
    features: recommender,
    assets: {
      quality: jsonBytes(quality),
      eda: jsonBytes(eda),
    },
    body: { source, inputFingerprint: rows.fingerprint(), counts: cleaned.counts, fields },
    effects,
    early: { staging, shards: startedShards },
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
  /** The staging folder and the catalogue's families already being written into it. */
  early?: { staging: Staging; shards: CatalogShards };
}

/** Films from which the lists family is written by worker threads (see list-threads.ts). */
export const LIST_THREADS_FROM = 2000;

/** Writes a build's assets, its shard families and its manifest (atomically, see write.ts). */
export async function writeSite(out: string, input: SiteInput): Promise<Manifest> {
  const effects = input.effects ?? silentEffects;
  const { recommender, similar, vectors, neighbors } = input.features;
  const viewerLists = !!recommender.neighbors?.sources?.some((s) => VIEWER_SOURCES.includes(s));
  const sharding = effects.stage("shards", 1, "steps");
  const listsSimilar = viewerLists ? similar : null;
  // Below a few thousand films a thread's start-up costs more than the lists it would write.
  const lists =
    input.films.length >= LIST_THREADS_FROM
      ? listFamilyInThreads({
          films: input.filmsAsset,
          vectors,
          neighbors: neighbors ?? null,
          similar: listsSimilar,
        })
      : null;
  const { families, summary } = siteShards(
    {
      films: input.films,
      recommender,
      similar,
      source: input.body.source,
      fields: input.body.fields,
      viewerLists,
    },
    lists,
    input.early?.shards ?? null,
  );
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
    input.early?.staging,
  );
  writing.stop();
  return manifest;
}
