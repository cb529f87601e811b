// The data contract: every asset, column and Arrow type the build writes and the readers expect.
// The writer (build-data/write.ts) and every reader import this module; nothing else spells a column name.

/** Version of the persisted structures (manifest, Arrow files). Readers refuse any other. */
export const SCHEMA_VERSION = 6;

/** Arrow schema metadata key under which every Arrow asset stores {@link SCHEMA_VERSION}. */
export const SCHEMA_VERSION_KEY = "filmoteca.schemaVersion";

/** Logical names of the assets; the manifest maps each to a content-hashed file name. */
export const ASSET = {
  /** One row per kept film: the canonical movie table. */
  films: "films",
  /** One row per film, aligned with `films`: the int8 item vector and its scale. */
  vectors: "vectors",
  /** One row per film, aligned with `films`: precomputed nearest neighbours (row indices). */
  neighbors: "neighbors",
  /** Data-quality report of the ETL (JSON). */
  quality: "quality",
  /** Aggregates the notebook pages draw (JSON). */
  eda: "eda",
  /** What the home page and the filters show without a shard: the most-voted films, the facets (JSON). */
  summary: "summary",
} as const;
export type AssetName = (typeof ASSET)[keyof typeof ASSET];

/** File extension of each asset: Arrow IPC files or JSON documents. */
export const ASSET_EXTENSION: Record<AssetName, "arrow" | "json"> = {
  films: "arrow",
  vectors: "arrow",
  neighbors: "arrow",
  quality: "json",
  eda: "json",
  summary: "json",
};

/** The manifest is the one asset with a fixed name: it names every other one. */
export const MANIFEST_FILE = "manifest.json";

/** Sources the build can read. */
export type SourceName = "vega" | "kaggle";

/** The canonical film: what every source is mapped into before it is written. */
export interface Film {
  /** TMDB id (kaggle) or a stable id derived from the row (vega). */
  id: number;
  imdb_id: string | null;
  title: string;
  original_title: string | null;
  overview: string | null;
  tagline: string | null;
  /** YYYY-MM-DD. */
  release_date: string;
  release_year: number;
  /** US dollars; 0 means unknown (the original data's convention). */
  budget: number;
  /** US dollars; 0 means unknown. */
  revenue: number;
  /** revenue / budget, 0 when budget is 0 or unknown. */
  return: number;
  /** Minutes; null when unknown (the raw data's 0 is unknown too). */
  runtime: number | null;
  popularity: number | null;
  vote_average: number | null;
  vote_count: number | null;
  /** ISO 639-1 code of the original language. */
  original_language: string | null;
  /** Name of the collection (franchise) the film belongs to. */
  collection: string | null;
  /** Lists are null when the source does not know them, [] when it knows there are none. */
  genres: string[] | null;
  production_companies: string[] | null;
  production_countries: string[] | null;
  /** ISO 3166-1 codes, aligned with production_countries. */
  production_country_codes: string[] | null;
  /** ISO 639-1 codes. */
  spoken_languages: string[] | null;
  keywords: string[] | null;
  directors: string[] | null;
  /** Top-billed cast, in billing order. */
  cast: string[] | null;
  poster_path: string | null;
  movielens_id: number | null;
  /** Audience rating (the MPAA's G, PG, PG-13, R, NC-17); null when the source does not say. */
  certification: string | null;
}

export type FilmColumn = keyof Film;

/** How a film column is stored: src/lib/arrow-schema.ts maps each kind to its Arrow type. */
export type ColumnKind =
  "int16" | "int32" | "float32" | "float64" | "utf8" | "dictionary-utf8" | "list-utf8";

/** Storage kind and nullability of every column of the films asset, in file order. */
export const FILM_FIELDS: ReadonlyArray<{
  name: FilmColumn;
  kind: ColumnKind;
  nullable: boolean;
}> = [
  { name: "id", kind: "int32", nullable: false },
  { name: "imdb_id", kind: "utf8", nullable: true },
  { name: "title", kind: "utf8", nullable: false },
  { name: "original_title", kind: "utf8", nullable: true },
  { name: "overview", kind: "utf8", nullable: true },
  { name: "tagline", kind: "utf8", nullable: true },
  { name: "release_date", kind: "utf8", nullable: false },
  { name: "release_year", kind: "int16", nullable: false },
  { name: "budget", kind: "float64", nullable: false },
  { name: "revenue", kind: "float64", nullable: false },
  { name: "return", kind: "float64", nullable: false },
  { name: "runtime", kind: "float32", nullable: true },
  { name: "popularity", kind: "float32", nullable: true },
  { name: "vote_average", kind: "float32", nullable: true },
  { name: "vote_count", kind: "int32", nullable: true },
  { name: "original_language", kind: "dictionary-utf8", nullable: true },
  { name: "collection", kind: "utf8", nullable: true },
  { name: "genres", kind: "list-utf8", nullable: true },
  { name: "production_companies", kind: "list-utf8", nullable: true },
  { name: "production_countries", kind: "list-utf8", nullable: true },
  { name: "production_country_codes", kind: "list-utf8", nullable: true },
  { name: "spoken_languages", kind: "list-utf8", nullable: true },
  { name: "keywords", kind: "list-utf8", nullable: true },
  { name: "directors", kind: "list-utf8", nullable: true },
  { name: "cast", kind: "list-utf8", nullable: true },
  { name: "poster_path", kind: "utf8", nullable: true },
  { name: "movielens_id", kind: "int32", nullable: true },
  { name: "certification", kind: "utf8", nullable: true },
];

/** Columns of the vectors asset. */
export const VECTOR_COLUMN = { vector: "vector", scale: "scale" } as const;

/** Columns of the neighbors asset. */
export const NEIGHBOR_COLUMN = { rows: "rows", sources: "sources" } as const;

/**
 * Why a film of a neighbour list is there (the `sources` column), so that each recommendation can say
 * so even when it shares nothing with the query film (schema version 3; the last two, version 5).
 * The build decides it with build-data/features/list-source.ts.
 */
export const NEIGHBOR_SOURCE = {
  /** Alike in content: what it shares with the query film says why. */
  similar: 0,
  /** Of the same collection. */
  collection: 1,
  /** Viewers who liked the query film liked it well beyond what its popularity predicts. */
  coLiked: 2,
  /** Among the films most viewers liked. */
  popular: 3,
  /** Some viewers who liked the query film liked it too, fewer than a pattern needs. */
  someViewers: 4,
  /** Liked by the viewers of films alike to the query film (which few viewers liked). */
  alikeViewers: 5,
} as const;

/** The sources that come from viewers' likes: a list holding one was made from ratings. */
export const VIEWER_SOURCES: readonly number[] = [
  NEIGHBOR_SOURCE.coLiked,
  NEIGHBOR_SOURCE.popular,
  NEIGHBOR_SOURCE.someViewers,
  NEIGHBOR_SOURCE.alikeViewers,
];
export type NeighborSource = (typeof NEIGHBOR_SOURCE)[keyof typeof NEIGHBOR_SOURCE];

/** One entry of the manifest's asset list. */
export interface AssetEntry {
  /** Content-hashed file name, relative to the manifest. */
  file: string;
  bytes: number;
  sha256: string;
}

/** Row counts that reconcile: input = kept + duplicates + sum(quarantined). */
export interface Counts {
  input: number;
  kept: number;
  duplicates: number;
  quarantined: number;
  /** Rows dropped by a cleaning rule (no title, no release date), by reason. */
  dropped: number;
}

/** manifest.json: what a build wrote and from what. */
export interface Manifest {
  schemaVersion: number;
  source: SourceName;
  /** sha256 over the input files' names and bytes. */
  inputFingerprint: string;
  counts: Counts;
  /** Film columns the source actually knows (others are null throughout). */
  fields: FilmColumn[];
  assets: Partial<Record<AssetName, AssetEntry>>;
  /**
   * The shard families (src/lib/shards/families.ts), each a folder of hash buckets: what a cold
   * visit fetches instead of the whole-catalogue assets above.
   */
  shards: Record<string, ShardFamilyEntry>;
  /** Whether the film lists lead with what viewers liked together (the build had ratings). */
  viewerLists: boolean;
}

/** One shard family of the manifest: a folder of buckets named `<bucket>.bin`. */
export interface ShardFamilyEntry {
  /**
   * The family's folder, relative to the manifest, named by a hash of all its shards' contents
   * (e.g. `shards/cards.0123456789ab`): a browser never mixes two builds' shards.
   */
  dir: string;
  /** How many buckets the keys are spread over (bucketOf in src/lib/shards/keys.ts). */
  buckets: number;
  /** Total bytes of the family's files (gzip'd as stored). */
  bytes: number;
}

/** A record the ETL refused, as the quality report shows it. */
export interface QuarantineSample {
  /** 1-based line of the record's first line in its file. */
  line: number;
  reason: string;
  /** The record's raw text, truncated. */
  raw: string;
}

/** A kept film's value that the ETL read otherwise than written, as quality.json lists it. */
export interface CorrectionSample {
  /** 1-based line of the record's first line in its file. */
  line: number;
  title: string;
  column: FilmColumn;
  reason: string;
  /** The value as the file writes it. */
  written: string;
  /** The value as the catalogue holds it. */
  read: string;
}

/** How well a side file joined the films on TMDB id. */
export interface JoinCoverage {
  /** Records in the side file. */
  rows: number;
  /** Of those, records whose id is a kept film. */
  matched: number;
  /** Kept films that received data from the file. */
  films: number;
  /** Matched records whose id had already been joined (the first one wins). */
  duplicates?: number;
  /** Records that could not be read (an unparseable literal, a rating outside 0.5–5). */
  unreadable?: number;
  /** The file that joined, when the source offers a choice (ratings.csv or ratings_small.csv). */
  file?: string;
  /** Unreadable records by reason (the text before the reason's colon), when counted. */
  unreadableByReason?: Record<string, number>;
  /** The first few unreadable records, with their line and reason. */
  unreadableSample?: QuarantineSample[];
}

/** quality.json: what the ETL found and did, step by step. Every number comes from this build. */
export interface QualityReport {
  schemaVersion: number;
  source: SourceName;
  counts: Counts;
  /** The cleaning steps in order, as notebook cells: rows before and after each. */
  steps: { id: string; rowsBefore: number; rowsAfter: number }[];
  /** Empty or missing values per raw input column, before cleaning. */
  nullsBefore: Record<string, number>;
  /** Null values per canonical film column, after cleaning. */
  nullsAfter: Record<string, number>;
  droppedByReason: Record<string, number>;
  quarantinedByReason: Record<string, number>;
  /** Up to 20 quarantined records. */
  quarantineSample: QuarantineSample[];
  /** Kept films with a value read otherwise than written (a year put in the wrong century), by reason key. */
  correctedByReason: Record<string, number>;
  /** Up to 50 of those values, in input order. */
  correctionSample: CorrectionSample[];
  /** Ids that appeared more than once (up to 50). */
  duplicateIds: number[];
  joins: Partial<Record<"credits" | "keywords" | "links" | "ratings", JoinCoverage>>;
  /** Film columns the source knows (as in the manifest); the others are null throughout. */
  fields?: FilmColumn[];
  /** sha256 over the input files' names and bytes (as in the manifest). */
  inputFingerprint?: string;
}

/** A film with every field unknown: the base that partial records (shards, fixtures) fill in. */
export function emptyFilm(): Film {
  return {
    id: 0,
    imdb_id: null,
    title: "",
    original_title: null,
    overview: null,
    tagline: null,
    release_date: "",
    release_year: 0,
    budget: 0,
    revenue: 0,
    return: 0,
    runtime: null,
    popularity: null,
    vote_average: null,
    vote_count: null,
    original_language: null,
    collection: null,
    genres: null,
    production_companies: null,
    production_countries: null,
    production_country_codes: null,
    spoken_languages: null,
    keywords: null,
    directors: null,
    cast: null,
    poster_path: null,
    movielens_id: null,
    certification: null,
  };
}
