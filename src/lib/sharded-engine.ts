// The engine a visit uses: every answer from the few shards it needs (src/lib/shards), never the
// whole catalogue. The queries and suggestions run the very functions of src/lib/queries, over the
// handful of films or values their shards hold; what needs every film (filters no list satisfies,
// the benchmark) is handed to the whole-catalogue engine, loaded only when asked.
import type { FetchBytes } from "./assets.ts";
import {
  BROWSE_FACETS,
  browseKey,
  isBrowseFacet,
  isBrowseSort,
  pageCount,
  pageSlice,
  sortCards,
  type BrowseCard,
  type BrowseFacet,
  type BrowseMiss,
  type BrowsePage,
  type BrowseSort,
} from "./browse.ts";
import { catalogFromFilms } from "./catalog.ts";
import type { Engine, EngineInfo, FilmSummary, RecommendedFilm } from "./engine.ts";
import type { Facets } from "./catalog-summary.ts";
import {
  lacks,
  QUERIES,
  isQueryName,
  required,
  runQuery,
  suggestValues,
  UnknownQueryError,
  type Answer,
  type QueryContext,
  type QueryInput,
  type SuggestKind,
  type Suggestion,
} from "./queries/index.ts";
import { valueIndexOf } from "./queries/values.ts";
import { RecommendError, type RecommendOptions } from "./recommend.ts";
import {
  profileLikes,
  profileRecommendations,
  ProfileError,
  type LikedList,
  type ProfileOptions,
  type ProfileReason,
} from "./profile.ts";
import { emptyFilm, type Film, type FilmColumn } from "./schema.ts";
import {
  answerKey,
  answersFamily,
  browseFamily,
  browsePageKey,
  type BrowseValueRecord,
  joinFilm,
  TITLES_FAMILY,
  titleKey,
  type CardRecord,
  type ListEntry,
  type ListRecord,
  type NameEntry,
  type SiteSummary,
  type TextRecord,
  type TitleFilm,
} from "./shards/families.ts";
import { nameCandidates } from "./shards/name-search.ts";
import { ShardStore } from "./shards/shard-store.ts";
import { mergeSearch, SEARCH_VALUE_KINDS, type SearchHit } from "./search.ts";
import { createNameIndex } from "./suggest.ts";

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

/** The cache key under which the queries keep the value index of `kind` (groups.ts, people.ts). */
const indexKey = (kind: SuggestKind) =>
  kind === "director" || kind === "actor" ? `person:${kind}` : `group:${kind}`;

/** Thrown for a facet or an order that a browse page does not know. */
export class BrowseError extends Error {
  override name = "BrowseError";
}

/** The value kind whose name chunks suggest values of a facet (genre, decade and year have none). */
const FACET_KIND: Partial<Record<BrowseFacet, SuggestKind>> = {
  language: "language",
  country: "country",
  company: "company",
  collection: "collection",
  director: "director",
  actor: "actor",
};

/** A film of a name chunk as the title queries' mini catalogue holds it. */
const filmOfEntry = (entry: NameEntry): Film => ({
  ...emptyFilm(),
  id: entry.id ?? 0,
  title: entry.name,
  original_title: entry.aliases?.[0] ?? null,
  release_year: entry.year ?? 0,
  vote_count: entry.weight,
  genres: entry.genres ?? null,
  poster_path: entry.poster_path ?? null,
});

const filmOfTitle = (t: TitleFilm): Film => ({ ...emptyFilm(), ...t });

const summaryOf = (e: FilmSummary): FilmSummary => ({
  id: e.id,
  title: e.title,
  year: e.year,
  genres: e.genres,
  poster_path: e.poster_path,
});

/** A name chunk's film as a card. */
const entrySummary = (e: NameEntry): FilmSummary => ({
  id: e.id ?? 0,
  title: e.name,
  year: e.year ?? 0,
  genres: e.genres ?? [],
  poster_path: e.poster_path ?? null,
});

/** Whether a list entry passes the recommendation filters. */
function passes(entry: ListEntry, f: RecommendOptions): boolean {
  if (f.yearFrom !== undefined && entry.year < f.yearFrom) return false;
  if (f.yearTo !== undefined && entry.year > f.yearTo) return false;
  if (f.genre !== undefined && !entry.genres.includes(f.genre)) return false;
  if (f.language !== undefined && entry.original_language !== f.language) return false;
  if ((f.minVotes ?? 0) > 0 && entry.vote_count < (f.minVotes ?? 0)) return false;
  return true;
}

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

const cardSummary = (c: CardRecord): FilmSummary => ({
  id: c.id,
  title: c.title,
  year: c.release_year,
  genres: c.genres ?? [],
  poster_path: c.poster_path,
});

export class ShardedEngine {
  private summaryPromise: Promise<SiteSummary> | null = null;
  private wholePromise: Promise<Engine> | null = null;

  private constructor(
    readonly store: ShardStore,
    private readonly options: ShardedEngineOptions,
  ) {}

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

  private summary(): Promise<SiteSummary> {
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
      .filter((entry) => passes(entry, options))
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
  async searchTitles(text: string, limit = 10): Promise<FilmSummary[]> {
    const { context, candidates } = await this.candidateContext("title", text);
    return context.titles.suggest(text, { limit }).map((row) => entrySummary(candidates[row]));
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
   * Page `page` (1-based) of the films having `value` of `facet`, in `sort` order, from its
   * `browse.<facet>` shard (one bucket; two for a page past the first). A value no film has is a
   * {@link BrowseMiss} with the closest values the name chunks know.
   */
  async browse(
    facet: string,
    value: string,
    sort: string = "votes",
    page = 1,
  ): Promise<BrowsePage | BrowseMiss> {
    if (!isBrowseFacet(facet))
      throw new BrowseError(
        `unknown facet "${facet}": expected one of ${BROWSE_FACETS.join(", ")}`,
      );
    if (!isBrowseSort(sort))
      throw new BrowseError(`unknown order "${sort}": expected votes, rating, year or title`);
    if (!Number.isInteger(page) || page < 1)
      throw new BrowseError(`invalid page ${page}: expected a whole number ≥ 1`);
    const family = browseFamily(facet);
    const key = browseKey(value);
    if (!key || !this.store.has(family)) return { facet, value, total: 0, closest: [] };
    const [head, rest] = await Promise.all([
      this.store.record<BrowseValueRecord>(family, key),
      page > 1 ? this.store.record<BrowseCard[]>(family, browsePageKey(key, sort, page)) : null,
    ]);
    if (!head) return { facet, value, total: 0, closest: await this.closestValues(facet, value) };
    const films = head.films
      ? pageSlice(sortCards(head.films, sort as BrowseSort), page)
      : page === 1
        ? head.first![sort as BrowseSort]
        : (rest ?? []);
    return {
      facet,
      value: head.name,
      total: head.total,
      sort: sort as BrowseSort,
      page,
      pages: pageCount(head.total),
      films,
    };
  }

  /** Values of `facet` close to an unknown one: its name chunks', or the build's genres. */
  private async closestValues(facet: BrowseFacet, value: string): Promise<string[]> {
    const kind = FACET_KIND[facet];
    if (kind) return (await this.suggest(kind, value, 5)).map((s) => s.value);
    if (facet !== "genre") return [];
    const genres = (await this.summary()).facets.genres;
    const index = createNameIndex(genres);
    return index.suggest(value, { limit: 5 }).map((i) => genres[i]);
  }

  /** What every query context shares: the source's fields, an empty catalogue. */
  private baseContext(films: Film[] = []): QueryContext {
    const catalog = catalogFromFilms(films);
    const m = this.store.manifest;
    return {
      catalog,
      source: m.source,
      fields: new Set(m.fields),
      titles: createNameIndex(catalog.title, {
        boost: (row) => catalog.voteCount[row],
        aliases: (row) => {
          const original = catalog.originalTitle.get(row);
          return original ? [original] : [];
        },
      }),
      recommendTitles: () => [],
      cache: new Map(),
    };
  }

  /**
   * A query context over the names the chunks list for `text`: a mini catalogue of candidate films
   * (titles), or a value index of candidate values. When they match nothing, one typo's worth of
   * other chunks is read too, and the build's most common values are added, which an error answer
   * offers when nothing resembles the input.
   */
  private async candidateContext(kind: SuggestKind, text: string) {
    const build = async (more: boolean) => {
      const candidates = await nameCandidates(this.store, kind, text, more);
      if (kind === "title") {
        const context = this.baseContext(candidates.map(filmOfEntry));
        return {
          context,
          candidates,
          found: context.titles.suggest(text, { limit: 1 }).length > 0,
        };
      }
      const context = this.baseContext();
      const top = more ? ((await this.summary()).topValues[kind] ?? []) : [];
      const byName = new Map(candidates.map((c) => [c.name, c]));
      const names = [...new Set([...top, ...candidates.map((c) => c.name)])];
      const index = valueIndexOf(
        names,
        // Only the count matters here (it ranks suggestions): no film rows are read.
        names.map((name) => new Int32Array(byName.get(name)?.weight ?? 0)),
        { aliases: (name) => byName.get(name)?.aliases ?? [] },
      );
      context.cache.set(indexKey(kind), index);
      return { context, candidates, found: index.suggest(text, 1).length > 0 };
    };
    const first = await build(false);
    return first.found ? first : build(true);
  }

  /** Answers one of the original API's queries from its shard. */
  async query(name: string, input: QueryInput): Promise<Answer> {
    if (!isQueryName(name)) throw new UnknownQueryError(name);
    const spec = QUERIES[name];
    const needs = (spec as { needs?: FilmColumn }).needs;
    const base = this.baseContext();
    const missing = needs && lacks(base, needs);
    if (missing) return missing;
    const value = required(input, spec.param);
    if (typeof value !== "string") return value;
    if (spec.kind === "month" || spec.kind === "weekday") {
      const { releaseCounts } = await this.summary();
      base.cache.set("releaseCounts", {
        months: Int32Array.from(releaseCounts.months),
        weekdays: Int32Array.from(releaseCounts.weekdays),
      });
      return runQuery(base, name, input);
    }
    if (spec.kind === "title") {
      const films = await this.store.record<TitleFilm[]>(TITLES_FAMILY, titleKey(value));
      if (!films)
        return runQuery((await this.candidateContext("title", value)).context, name, input);
      const context = this.baseContext(films.map(filmOfTitle));
      context.recommendTitles = (row) => films[row].recs;
      return runQuery(context, name, input);
    }
    const answer = await this.store.record<Answer>(answersFamily(name), answerKey(value));
    if (answer) return answer;
    const { context } = await this.candidateContext(spec.kind, value);
    // A person's miss says how much of the catalogue has credits: the summary counted it.
    if (spec.kind === "director" || spec.kind === "actor")
      context.coverage = (await this.summary()).coverage;
    return runQuery(context, name, input);
  }

  /** Valid values of `kind` for the typed text (the query forms' autocomplete). */
  async suggest(kind: SuggestKind, text: string, limit?: number): Promise<Suggestion[]> {
    if (kind === "month" || kind === "weekday")
      return suggestValues(this.baseContext(), kind, text, limit);
    if (!text.trim()) return [];
    return suggestValues((await this.candidateContext(kind, text)).context, kind, text, limit);
  }
}
