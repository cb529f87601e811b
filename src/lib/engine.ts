// The engine: everything the site answers, over one build's assets. The worker and the CLI are thin
// adapters around it; they only differ in how bytes are fetched.
import {
  loadAsset,
  loadManifest,
  loadRequiredAsset,
  type FetchBytes,
  type LoadAssetOptions,
} from "./assets.ts";
import { catalogFromIPC, filmAt, type Catalog } from "./catalog.ts";
import {
  createRecommender,
  recommend,
  RecommendError,
  reasonsFor,
  type Reason,
  type RecommendOptions,
  type Recommender,
} from "./recommend.ts";
import { recommendOriginal } from "./original-method.ts";
import type { Film, Manifest } from "./schema.ts";
import { fold } from "./text.ts";
import { weightedRatings } from "./popularity.ts";
import { neighborsFromIPC, vectorsFromIPC } from "./vectors.ts";

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
}

export class Engine {
  readonly recommender: Recommender;
  private readonly foldedTitles: string[];

  constructor(
    readonly manifest: Manifest,
    readonly catalog: Catalog,
    recommender: Recommender,
  ) {
    this.recommender = recommender;
    this.foldedTitles = catalog.title.map(fold);
  }

  info(): EngineInfo {
    return { films: this.catalog.size, source: this.manifest.source, fields: this.manifest.fields };
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

  /** Titles matching the typed text: prefix matches first, then containing; most voted first. */
  searchTitles(text: string, limit = 10): FilmSummary[] {
    const q = fold(text);
    if (!q) return [];
    const prefix: number[] = [];
    const inside: number[] = [];
    this.foldedTitles.forEach((t, row) => {
      if (t.startsWith(q)) prefix.push(row);
      else if (t.includes(q)) inside.push(row);
    });
    const votes = this.catalog.voteCount;
    const byVotes = (a: number, b: number) => votes[b] - votes[a] || a - b;
    return [...prefix.sort(byVotes), ...inside.sort(byVotes)]
      .slice(0, limit)
      .map((r) => this.summary(r));
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

  /** The original project's recommendations for the film with TMDB id `id` (the baseline). */
  recommendOriginal(id: number, k = 10): RecommendedFilm[] {
    const row = this.catalog.rowOfId.get(id);
    if (row === undefined) throw new RecommendError(`no film with id ${id}`);
    return recommendOriginal(this.catalog, row, k).map((r, rank) => ({
      ...this.summary(r),
      // The original has no comparable score: rank order, 1 for the first.
      score: 1 / (rank + 1),
      reasons: reasonsFor(this.catalog, [row], r),
    }));
  }
}

/** Loads a build through `fetchBytes` and returns its engine. */
export async function loadEngine(
  fetchBytes: FetchBytes,
  options: LoadAssetOptions = {},
): Promise<Engine> {
  const manifest = await loadManifest(fetchBytes);
  const [films, vectors, neighbors] = await Promise.all([
    loadRequiredAsset(manifest, "films", fetchBytes, options),
    loadRequiredAsset(manifest, "vectors", fetchBytes, options),
    loadAsset(manifest, "neighbors", fetchBytes, options),
  ]);
  const catalog = catalogFromIPC(films);
  const recommender = createRecommender(catalog, vectorsFromIPC(vectors), {
    prior: weightedRatings(catalog),
    neighbors: neighbors ? neighborsFromIPC(neighbors) : null,
  });
  return new Engine(manifest, catalog, recommender);
}
