// The engine: everything the site answers, over one build's assets. The worker and the CLI are thin
// adapters around it; they only differ in how bytes are fetched.
import { loadAsset, loadManifest, loadRequiredAsset, type FetchBytes } from "./assets.ts";
import { filmAt, type Catalog } from "./catalog.ts";
import {
  createRecommender,
  recommend,
  RecommendError,
  type RecommendOptions,
  type Recommender,
} from "./recommend.ts";
import { reasonsFor, type Reason } from "./reasons.ts";
import { recommendOriginalScored } from "./original-method.ts";
import { VIEWER_SOURCES, type Film, type Manifest } from "./schema.ts";
import {
  runQuery,
  suggestValues,
  type Answer,
  type QueryContext,
  type QueryInput,
  type SuggestKind,
  type Suggestion,
} from "./queries/index.ts";
import { createNameIndex, type NameIndex } from "./suggest.ts";
import { weightedRatings } from "./popularity.ts";
import { facetsOf, mostVoted, type Facets } from "./catalog-summary.ts";
import { catalogFromIPC } from "./codecs/films.ts";
import { neighborsFromIPC } from "./codecs/neighbors.ts";
import { vectorsFromIPC } from "./codecs/vectors.ts";

export type { Facets };

/** A film in a list: enough to show a line and link to it. */
export interface FilmSummary {
  id: number;
  title: string;
  year: number;
  genres: string[];
  poster_path: string | null;
}

export interface RecommendedFilm extends FilmSummary {
  score: number;
  reasons: Reason[];
}

/** Facts about the loaded build, for the page header. */
export interface EngineInfo {
  films: number;
  source: Manifest["source"];
  fields: Manifest["fields"];
  /**
   * Whether the precomputed lists lead with what viewers liked together (the build had ratings):
   * then a page can also offer films alike in content (`similarOnly`) as a list of its own.
   */
  viewerLists: boolean;
  /** Bytes of the whole-catalogue assets, what `wholeCatalogue` answers download first. */
  wholeBytes?: number;
}

export class Engine {
  readonly recommender: Recommender;
  private titleIndex: NameIndex | null = null;
  private queryContext: QueryContext | null = null;

  constructor(
    readonly manifest: Manifest,
    readonly catalog: Catalog,
    recommender: Recommender,
  ) {
    this.recommender = recommender;
  }

  info(): EngineInfo {
    return {
      films: this.catalog.size,
      source: this.manifest.source,
      fields: this.manifest.fields,
      // The first entry from viewers ends the scan: a few films in, on a build with ratings.
      viewerLists: !!this.recommender.neighbors?.sources?.some((s) => VIEWER_SOURCES.includes(s)),
    };
  }

  summary(row: number): FilmSummary {
    const c = this.catalog;
    return {
      id: c.id[row],
      title: c.title[row],
      year: c.releaseYear[row],
      genres: c.genres[row] ?? [],
      poster_path: c.posterPath[row],
    };
  }

  /** The whole film by TMDB id, or null. */
  film(id: number): Film | null {
    const row = this.catalog.rowOfId.get(id);
    return row === undefined ? null : filmAt(this.catalog, row);
  }

  /** The title index, built on first use (most-voted films rank first among equal matches). */
  get titles(): NameIndex {
    const votes = this.catalog.voteCount;
    this.titleIndex ??= createNameIndex(this.catalog.title, { boost: (row) => votes[row] });
    return this.titleIndex;
  }

  /** Films whose title matches the typed text (prefix, accent-insensitive, a typo tolerated). */
  searchTitles(text: string, limit = 10): FilmSummary[] {
    return this.titles.suggest(text, { limit }).map((row) => this.summary(row));
  }

  /** The choices of the recommendation filters, computed once per catalogue pass. */
  facets(): Facets {
    return facetsOf(this.catalog);
  }

  /** The `k` most-voted films, most votes first (the home page's showcase). */
  popular(k = 12): FilmSummary[] {
    return mostVoted(this.catalog, k).map((row) => this.summary(row));
  }

  /** Films like the film with TMDB id `id`. */
  recommendById(id: number, options: RecommendOptions = {}): RecommendedFilm[] {
    const row = this.catalog.rowOfId.get(id);
    if (row === undefined) throw new RecommendError(`no film with id ${id}`);
    return recommend(this.recommender, [row], options).map((r) => ({
      ...this.summary(r.row),
      score: r.score,
      reasons: r.reasons,
    }));
  }

  /** What the queries read; their indexes are built on first use and kept. */
  private get queries(): QueryContext {
    this.queryContext ??= {
      catalog: this.catalog,
      source: this.manifest.source,
      fields: new Set(this.manifest.fields),
      titles: this.titles,
      recommendTitles: (row) =>
        this.recommendById(this.catalog.id[row], { k: 5 }).map((film) => film.title),
      cache: new Map(),
    };
    return this.queryContext;
  }

  /** Answers one of the original API's queries (src/lib/queries) with its JSON answer. */
  query(name: string, input: QueryInput): Answer {
    return runQuery(this.queries, name, input);
  }

  /** Valid values of `kind` for the typed text (the query forms' autocomplete). */
  suggest(kind: SuggestKind, text: string, limit?: number): Suggestion[] {
    return suggestValues(this.queries, kind, text, limit);
  }

  /** The original project's recommendations for the film with TMDB id `id` (the baseline). */
  recommendOriginal(id: number, k = 10): RecommendedFilm[] {
    const row = this.catalog.rowOfId.get(id);
    if (row === undefined) throw new RecommendError(`no film with id ${id}`);
    return recommendOriginalScored(this.catalog, row, k).map((r) => ({
      ...this.summary(r.row),
      score: r.score,
      reasons: reasonsFor(this.catalog, [row], r.row),
    }));
  }
}

/** Loads a build through `fetchBytes` and returns its engine. */
export async function loadEngine(fetchBytes: FetchBytes): Promise<Engine> {
  const manifest = await loadManifest(fetchBytes);
  const [films, vectors, neighbors] = await Promise.all([
    loadRequiredAsset(manifest, "films", fetchBytes),
    loadRequiredAsset(manifest, "vectors", fetchBytes),
    loadAsset(manifest, "neighbors", fetchBytes),
  ]);
  const recommender = recommenderFromAssets(films, vectors, neighbors);
  return new Engine(manifest, recommender.catalog, recommender);
}

/**
 * The recommender of a build's films, vectors and (optional) neighbors assets, as the engine ranks
 * with it (the build writes its lists with this very one).
 */
export function recommenderFromAssets(
  films: Uint8Array,
  vectors: Uint8Array,
  neighbors: Uint8Array | null,
): Recommender {
  const catalog = catalogFromIPC(films);
  return createRecommender(catalog, vectorsFromIPC(vectors), {
    prior: weightedRatings(catalog),
    neighbors: neighbors ? neighborsFromIPC(neighbors) : null,
  });
}
