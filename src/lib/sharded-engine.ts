// The engine a visit uses: every answer from the few shards it needs (src/lib/shards), never the
// whole catalogue. The queries and suggestions (shard-queries.ts) run the very functions of
// src/lib/queries over the handful of films or values their shards hold, the browse pages
// (shard-browse.ts) read their value's bucket; what needs every film (filters no list satisfies,
// the benchmark) is handed to the whole-catalogue engine, loaded only when asked.
import type { FetchBytes } from "./assets.ts";
import type { Facets } from "./catalog-summary.ts";
import type { Engine, EngineInfo, FilmSummary, RecommendedFilm } from "./engine.ts";
import {
  profileLikes,
  profileRecommendations,
  ProfileError,
  type LikedList,
  type ProfileOptions,
  type ProfileReason,
} from "./profile.ts";
import type { Answer, QueryInput, SuggestKind, Suggestion } from "./queries/index.ts";
import { RecommendError, type RecommendOptions } from "./recommend.ts";
import type { Film } from "./schema.ts";
import { mergeSearch, SEARCH_VALUE_KINDS, type SearchHit } from "./search.ts";
import { browseShards } from "./shard-browse.ts";
import { ShardQueries } from "./shard-queries.ts";
import {
  joinFilm,
  type CardRecord,
  type ListEntry,
  type ListRecord,
  type SiteSummary,
  type TextRecord,
} from "./shards/families.ts";
import { cardSummary, entryPasses, entrySummary, summaryOf } from "./shards/record-films.ts";
import { ShardStore } from "./shards/shard-store.ts";

/** Options of {@link ShardedEngine.open}. */
export interface ShardedEngineOptions {
  /**
   * Loads the whole-catalogue engine, for what no shard answers, telling `progress` the bytes
   * received so far. Default: none (such calls throw).
   */
  loadWhole?: (progress?: Progress) => Promise<Engine>;
}

/** Told the bytes received and expected while the whole catalogue downloads. */
export type Progress = (received: number, total: number) => void;

/** A film of a list "for you", with its score and why (the liked films that lead to it first). */
export interface ProfileFilm extends FilmSummary {
  score: number;
  reasons: ProfileReason[];
}

/** A list "for you" and the likes it was made from. */
export interface ProfileAnswer {
  /** The likes used (each once, the latest 20: PROFILE_LIKES), as cards, in the order given. */
  likes: FilmSummary[];
  /** Liked ids this build does not know (only with `skipUnknown`; otherwise they throw). */
  unknown: number[];
  items: ProfileFilm[];
}

/** Options of {@link ShardedEngine.recommendForLikes}. */
export interface LikesOptions extends ProfileOptions {
  /** Leave out liked ids the build lacks (a link from an older build) instead of throwing. Default false. */
  skipUnknown?: boolean;
}

export class ShardedEngine {
  private summaryPromise: Promise<SiteSummary> | null = null;
  private wholePromise: Promise<Engine> | null = null;
  private readonly queries: ShardQueries;

  private constructor(
    readonly store: ShardStore,
    private readonly options: ShardedEngineOptions,
  ) {
    this.queries = new ShardQueries(store, () => this.summary());
  }

  static async open(fetchBytes: FetchBytes, options: ShardedEngineOptions = {}) {
    return new ShardedEngine(await ShardStore.open(fetchBytes), options);
  }

  info(): EngineInfo {
    const m = this.store.manifest;
    const wholeBytes = (["films", "vectors", "neighbors"] as const)
      .map((name) => m.assets[name]?.bytes ?? 0)
      .reduce((a, b) => a + b, 0);
    return {
      films: m.counts.kept,
      source: m.source,
      fields: m.fields,
      viewerLists: m.viewerLists,
      wholeBytes,
    };
  }

  /** The whole-catalogue engine, loaded on first use (`progress` hears of that first load). */
  whole(progress?: Progress): Promise<Engine> {
    const load = this.options.loadWhole;
    if (!load) return Promise.reject(new Error("this engine cannot load the whole catalogue"));
    this.wholePromise ??= load(progress);
    this.wholePromise.catch(() => (this.wholePromise = null));
    return this.wholePromise;
  }

  /** The build's summary (facets, popular films, top values), read once. */
  summary(): Promise<SiteSummary> {
    this.summaryPromise ??= this.store
      .asset("summary")
      .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as SiteSummary);
    this.summaryPromise.catch(() => (this.summaryPromise = null));
    return this.summaryPromise;
  }

  /** The whole film by id, or null. Its two records are fetched side by side. */
  async film(id: number): Promise<Film | null> {
    const [card, text] = await Promise.all([
      this.store.record<CardRecord>("cards", id),
      this.store.record<TextRecord>("texts", id),
    ]);
    return card && text ? joinFilm(card, text) : null;
  }

  async facets(): Promise<Facets> {
    return (await this.summary()).facets;
  }

  /** The `k` most-voted films (the build keeps 12). */
  async popular(k = 12): Promise<FilmSummary[]> {
    return (await this.summary()).popular.slice(0, k).map(entrySummary);
  }

  /**
   * Films like the film `id`, from its precomputed list: the filters pick among its entries (fewer
   * than `k` may pass: then the page can ask again with `wholeCatalogue`). Diversity re-ranking and
   * `wholeCatalogue` score every film, in the whole-catalogue engine.
   */
  async recommendById(
    id: number,
    options: RecommendOptions & { wholeCatalogue?: boolean } = {},
    progress?: Progress,
  ): Promise<RecommendedFilm[]> {
    if (options.wholeCatalogue || (options.diversity ?? 0) > 0)
      return (await this.whole(progress)).recommendById(id, options);
    const record = await this.store.record<ListRecord>("lists", id);
    if (!record) throw new RecommendError(`no film with id ${id}`);
    // Without viewers' likes the lists are the films alike in content already.
    const pool = options.similarOnly && record.alike.length > 0 ? record.alike : record.items;
    return pool
      .filter((entry) => entryPasses(entry, options))
      .slice(0, options.k ?? 10)
      .map((entry) => ({ ...summaryOf(entry), score: entry.score, reasons: entry.reasons }));
  }

  /**
   * A list "for you" from liked films (TMDB ids, oldest first): their precomputed lists, merged by
   * {@link profileRecommendations}. It reads one `lists` and one `cards` bucket per liked film (the
   * card names the film in the reasons), never the whole catalogue. An id the build lacks throws a
   * {@link ProfileError} naming it, unless `skipUnknown`.
   */
  async recommendForLikes(
    likes: readonly number[],
    options: LikesOptions = {},
  ): Promise<ProfileAnswer> {
    const ids = profileLikes(likes);
    if (ids.length === 0) throw new ProfileError("a profile needs at least one liked film");
    const [lists, cards] = await Promise.all([
      this.store.records<ListRecord>("lists", ids),
      this.store.records<CardRecord>("cards", ids),
    ]);
    const known = new Map<number, LikedList<ListEntry>>();
    const unknown: number[] = [];
    ids.forEach((id, i) => {
      const list = lists[i];
      const card = cards[i];
      if (list && card) known.set(id, { id, title: card.title, items: list.items });
      else unknown.push(id);
    });
    if (unknown.length > 0 && !options.skipUnknown)
      throw new ProfileError(
        `no film with id${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} in this build`,
      );
    const used = ids.filter((id) => known.has(id));
    const items = used.length ? profileRecommendations(used, known, options) : [];
    return {
      likes: used.map((id) => cardSummary(cards[ids.indexOf(id)]!)),
      unknown,
      items: items.map((item) => ({
        ...summaryOf(item.entry),
        score: item.score,
        reasons: item.reasons,
      })),
    };
  }

  /** Films whose title (or original title) matches the typed text. */
  searchTitles(text: string, limit = 10): Promise<FilmSummary[]> {
    return this.queries.searchTitles(text, limit);
  }

  /**
   * The search box's list for typed text: films by title or original title, and collections,
   * directors and actors by name (each kind from its own name chunks), merged by {@link mergeSearch}.
   */
  async search(text: string, limit = 8): Promise<SearchHit[]> {
    if (!text.trim()) return [];
    const [films, ...values] = await Promise.all([
      this.searchTitles(text, limit),
      ...SEARCH_VALUE_KINDS.map((kind) =>
        this.store.has(`names.${kind}`) ? this.suggest(kind, text, 3) : [],
      ),
    ]);
    const byKind = Object.fromEntries(SEARCH_VALUE_KINDS.map((kind, i) => [kind, values[i]]));
    return mergeSearch(text, films, byKind, limit);
  }

  /**
   * Page `page` (1-based) of the films having `value` of `facet`, in `sort` order (see
   * {@link browseShards}).
   */
  browse(facet: string, value: string, sort?: string, page?: number) {
    return browseShards(this, facet, value, sort, page);
  }

  /** Answers one of the original API's queries from its shard. */
  query(name: string, input: QueryInput): Promise<Answer> {
    return this.queries.query(name, input);
  }

  /** Valid values of `kind` for the typed text (the query forms' autocomplete). */
  suggest(kind: SuggestKind, text: string, limit?: number): Promise<Suggestion[]> {
    return this.queries.suggest(kind, text, limit);
  }
}
