// Every shard family of a build and the `summary` asset, from the cleaned films and the recommender:
// film records, lists, title answers, name indexes and the answers of the queries whose values are
// a finite set (each computed by the very query function the engine runs).
import type { Catalog } from "../../src/lib/catalog.ts";
import { facetsOf, mostVoted } from "../../src/lib/catalog-summary.ts";
import { coverageOf, lacks, type QueryContext } from "../../src/lib/queries/answer.ts";
import { releaseCounts } from "../../src/lib/queries/dates.ts";
import { groupIndex, valueAliases, type GroupKind } from "../../src/lib/queries/groups.ts";
import { personIndex } from "../../src/lib/queries/people.ts";
import {
  QUERIES,
  QUERY_NAMES,
  runQuery,
  type QueryName,
  type SuggestKind,
} from "../../src/lib/queries/registry.ts";
import type { Recommender } from "../../src/lib/recommend.ts";
import type { Film, FilmColumn, SourceName } from "../../src/lib/schema.ts";
import {
  ANSWER_BYTES_PER_BUCKET,
  answerKey,
  answersFamily,
  namesFamily,
  TITLES_FAMILY,
  type NameEntry,
  type SiteSummary,
} from "../../src/lib/shards/families.ts";
import { createNameIndex, type NameIndex } from "../../src/lib/suggest.ts";
import { fold } from "../../src/lib/text.ts";
import { browseShards } from "./browse-shards.ts";
import { filmShards } from "./film-shards.ts";
import { listShards } from "./list-shards.ts";
import { nameShards } from "./name-shards.ts";
import { titleShards } from "./title-shards.ts";
import { objectText } from "./object-text.ts";
import {
  bucketCount,
  groupByBucket,
  lazyFamily,
  type ShardFamily,
  type ShardFamilySource,
} from "./write-shards.ts";

/** What the shards are made from. */
export interface SiteShardInput {
  films: readonly Film[];
  /** The build's recommender, with its neighbour lists. */
  recommender: Recommender;
  /** The build's vector-similar lists (k a film), for the films alike in content; null: none. */
  similar: { rows: Int32Array; k: number } | null;
  source: SourceName;
  fields: readonly FilmColumn[];
  /** Whether the lists lead with viewers' likes (then the records carry films alike in content). */
  viewerLists: boolean;
}

/** Films on the home page's showcase. */
export const POPULAR_COUNT = 12;

/** Values an error answer offers when nothing resembles the input. */
const TOP_VALUES = 5;

const VALUE_KINDS = ["collection", "country", "company", "language", "director", "actor"] as const;
type ValueKind = (typeof VALUE_KINDS)[number];

const isPerson = (kind: ValueKind): kind is "director" | "actor" =>
  kind === "director" || kind === "actor";

/** The build's query context: what the engine's queries read, over the whole catalogue. */
function queryContext(
  input: Pick<SiteShardInput, "source" | "fields">,
  catalog: Catalog,
): QueryContext {
  let titles: NameIndex | null = null;
  return {
    catalog,
    source: input.source,
    fields: new Set(input.fields),
    get titles() {
      return (titles ??= createNameIndex(catalog.title, { boost: (r) => catalog.voteCount[r] }));
    },
    recommendTitles: () => {
      throw new Error("title queries are answered from the titles family");
    },
    cache: new Map(),
  };
}

const filmEntry = (c: Catalog, row: number): NameEntry => {
  const original = c.originalTitle.get(row);
  return {
    name: c.title[row],
    weight: Math.max(0, c.voteCount[row]),
    ...(original && original !== c.title[row] ? { aliases: [original] } : {}),
    id: c.id[row],
    year: c.releaseYear[row],
    genres: c.genres[row] ?? [],
    poster_path: c.posterPath[row],
  };
};

/** The value index of a kind and the aliases of its values. */
function valuesOf(context: QueryContext, kind: ValueKind) {
  const index = isPerson(kind) ? personIndex(context, kind) : groupIndex(context, kind);
  const aliases = isPerson(kind) ? () => [] : valueAliases(context.catalog, kind as GroupKind);
  return { index, aliases };
}

/** The `answers.<query>` family: every value's answer, filed under its folded name and aliases. */
function answerShards(context: QueryContext, query: QueryName, kind: ValueKind): ShardFamilySource {
  const { index, aliases } = valuesOf(context, kind);
  const param = QUERIES[query].param;
  const filed = new Map<string, string>();
  let bytes = 0;
  index.names.forEach((name) => {
    const keys = [name, ...aliases(name)].map(answerKey).filter((key) => !filed.has(key));
    if (keys.length === 0) return;
    const answer = JSON.stringify(runQuery(context, query, { [param]: name }));
    // An earlier value (with more films) keeps a key both share: the engine's find() does so.
    for (const key of new Set(keys)) {
      filed.set(key, answer);
      bytes += key.length + answer.length;
    }
  });
  const buckets = bucketCount(bytes, ANSWER_BYTES_PER_BUCKET);
  const groups = groupByBucket(filed, ([key]) => key, buckets);
  return {
    family: answersFamily(query),
    buckets,
    payloadText: (bucket) => objectText(groups[bucket]),
  };
}

/** Text in Latin letters, digits and punctuation only: a placeholder any visitor can type. */
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Z}]+$/u;

/**
 * What the search box's placeholder offers, from this build: the most-voted film's title, the
 * original title (in Latin letters) of the most-voted film whose original title differs, and the
 * first billed actor (else the director) of the most-voted film that has credits.
 */
export function searchExamples(catalog: Catalog): string[] {
  const rows = Array.from({ length: catalog.size }, (_, row) => row).sort(
    (a, b) => catalog.voteCount[b] - catalog.voteCount[a] || a - b,
  );
  const out: string[] = [];
  if (rows.length) out.push(catalog.title[rows[0]]);
  for (const row of rows) {
    const original = catalog.originalTitle.get(row);
    if (original && fold(original) !== fold(catalog.title[row]) && LATIN.test(original)) {
      out.push(original);
      break;
    }
  }
  for (const row of rows) {
    const person = catalog.cast[row]?.[0] ?? catalog.directors[row]?.[0];
    if (person) {
      out.push(person);
      break;
    }
  }
  return [...new Set(out)];
}

/** What the families that need only the catalogue are made from (see {@link catalogShards}). */
export type CatalogShardInput = Pick<SiteShardInput, "films" | "source" | "fields"> & {
  /** catalogFromFilms(films). */
  catalog: Catalog;
};

/** The families of a build that need only the catalogue, in the manifest's order, and the summary. */
export interface CatalogShards {
  /** cards and texts, before the lists. */
  records: ShardFamily[];
  /** names.title, browse.*, names.* and answers.*, after the lists and titles. */
  rest: ShardFamily[];
  summary: SiteSummary;
}

/**
 * The shard families and the summary of a build. The families are computed as they are written (see
 * ShardFamily); `lists`, when given, is the lists family (written by other threads); `early`, when
 * given, the families of {@link catalogShards} (already being written while the features ran).
 */
export function siteShards(
  input: SiteShardInput,
  lists: ShardFamily | null = null,
  early: CatalogShards | null = null,
): {
  families: ShardFamily[];
  summary: SiteSummary;
} {
  const { records, rest, summary } =
    early ?? catalogShards({ ...input, catalog: input.recommender.catalog });
  const families: ShardFamily[] = [
    ...records,
    lists ??
      lazyFamily("lists", () =>
        listShards(input.recommender, input.viewerLists ? input.similar : null),
      ),
    lazyFamily(TITLES_FAMILY, () => titleShards(input.recommender)),
    ...rest,
  ];
  return { families, summary };
}

/**
 * The families that need the catalogue but not the recommender (film records, name indexes, browse
 * pages, query answers), so the build can write them while its features are computed.
 */
export function catalogShards(input: CatalogShardInput): CatalogShards {
  const { catalog } = input;
  const context = queryContext(input, catalog);
  const records = filmShards(input.films);
  const families: ShardFamily[] = [
    lazyFamily(namesFamily("title"), () =>
      nameShards(
        "title",
        Array.from({ length: catalog.size }, (_, row) => filmEntry(catalog, row)),
      ),
    ),
    ...browseShards(catalog),
  ];
  const topValues: SiteSummary["topValues"] = {};
  for (const kind of VALUE_KINDS) {
    const queries = QUERY_NAMES.filter((q) => QUERIES[q].kind === kind);
    const needs = (q: QueryName) => (QUERIES[q] as { needs?: FilmColumn }).needs;
    // A source that lacks the column answers every such query with the same message.
    if (queries.some((q) => needs(q) && lacks(context, needs(q)!))) continue;
    const { index, aliases } = valuesOf(context, kind);
    topValues[kind as SuggestKind] = index.names.slice(0, TOP_VALUES);
    const entries = index.names.map((name, i) => {
      const also = aliases(name);
      return {
        name,
        weight: index.rows[i].length,
        ...(also.length ? { aliases: also } : {}),
      };
    });
    families.push(lazyFamily(namesFamily(kind), () => nameShards(kind, entries)));
    for (const query of queries)
      families.push(lazyFamily(answersFamily(query), () => answerShards(context, query, kind)));
  }
  const counts = releaseCounts(catalog);
  const summary: SiteSummary = {
    popular: mostVoted(catalog, POPULAR_COUNT).map((row) => filmEntry(catalog, row)),
    facets: facetsOf(catalog),
    topValues,
    releaseCounts: { months: [...counts.months], weekdays: [...counts.weekdays] },
    examples: searchExamples(catalog),
    coverage: coverageOf(catalog),
  };
  return { records, rest: families, summary };
}
