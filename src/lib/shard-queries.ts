// The queries and suggestions over shards: the very functions of src/lib/queries, run over the
// handful of films or values the shards a question needs hold (its answer shard, its title's
// films, or the name chunks of the typed text).
import { catalogFromFilms } from "./catalog.ts";
import type { FilmSummary } from "./engine.ts";
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
import type { Film, FilmColumn } from "./schema.ts";
import {
  answerKey,
  answersFamily,
  TITLES_FAMILY,
  titleKey,
  type SiteSummary,
  type TitleFilm,
} from "./shards/families.ts";
import { nameCandidates } from "./shards/name-search.ts";
import { entrySummary, filmOfEntry, filmOfTitle } from "./shards/record-films.ts";
import type { ShardStore } from "./shards/shard-store.ts";
import { createNameIndex } from "./suggest.ts";

/** The cache key under which the queries keep the value index of `kind` (groups.ts, people.ts). */
const indexKey = (kind: SuggestKind) =>
  kind === "director" || kind === "actor" ? `person:${kind}` : `group:${kind}`;

export class ShardQueries {
  constructor(
    private readonly store: ShardStore,
    /** The build's summary (facets, top values, release counts, coverage), read once. */
    private readonly summary: () => Promise<SiteSummary>,
  ) {}

  /** Films whose title (or original title) matches the typed text. */
  async searchTitles(text: string, limit = 10): Promise<FilmSummary[]> {
    const { context, candidates } = await this.candidateContext("title", text);
    return context.titles.suggest(text, { limit }).map((row) => entrySummary(candidates[row]));
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
