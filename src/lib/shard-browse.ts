// The browse pages over shards: a page of the films having one value of a facet, from that
// value's `browse.<facet>` bucket (and, past the first page, the bucket of that page's key).
import {
  BROWSE_FACETS,
  browseKey,
  isBrowseFacet,
  isBrowseSort,
  pageCount,
  pageSlice,
  sortCards,
  type BrowseFacet,
  type BrowseMiss,
  type BrowsePage,
  type BrowseSort,
} from "./browse.ts";
import type { SuggestKind, Suggestion } from "./queries/index.ts";
import {
  browseFamily,
  browsePageKey,
  unpackCards,
  type BrowseValueRecord,
  type PackedCard,
  type SiteSummary,
} from "./shards/families.ts";
import type { ShardStore } from "./shards/shard-store.ts";
import { createNameIndex } from "./suggest.ts";

/** What a browse page reads: the shards, the build's summary, and the name chunks' suggestions. */
export interface BrowseSource {
  store: ShardStore;
  summary(): Promise<SiteSummary>;
  suggest(kind: SuggestKind, text: string, limit?: number): Promise<Suggestion[]>;
}

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

/**
 * Page `page` (1-based) of the films having `value` of `facet`, in `sort` order, from its
 * `browse.<facet>` shard (one bucket; two for a page past the first). A value no film has is a
 * {@link BrowseMiss} with the closest values the name chunks know.
 */
export async function browseShards(
  source: BrowseSource,
  facet: string,
  value: string,
  sort: string = "votes",
  page = 1,
): Promise<BrowsePage | BrowseMiss> {
  if (!isBrowseFacet(facet))
    throw new BrowseError(`unknown facet "${facet}": expected one of ${BROWSE_FACETS.join(", ")}`);
  if (!isBrowseSort(sort))
    throw new BrowseError(`unknown order "${sort}": expected votes, rating, year or title`);
  if (!Number.isInteger(page) || page < 1)
    throw new BrowseError(`invalid page ${page}: expected a whole number ≥ 1`);
  const family = browseFamily(facet);
  const key = browseKey(value);
  if (!key || !source.store.has(family)) return { facet, value, total: 0, closest: [] };
  const [head, rest] = await Promise.all([
    source.store.record<BrowseValueRecord>(family, key),
    page > 1 ? source.store.record<PackedCard[]>(family, browsePageKey(key, sort, page)) : null,
  ]);
  if (!head) return { facet, value, total: 0, closest: await closestValues(source, facet, value) };
  const films = head.films
    ? pageSlice(sortCards(unpackCards(head.films), sort as BrowseSort), page)
    : unpackCards(page === 1 ? head.first![sort as BrowseSort] : (rest ?? []));
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
async function closestValues(
  source: BrowseSource,
  facet: BrowseFacet,
  value: string,
): Promise<string[]> {
  const kind = FACET_KIND[facet];
  if (kind) return (await source.suggest(kind, value, 5)).map((s) => s.value);
  if (facet !== "genre") return [];
  const genres = (await source.summary()).facets.genres;
  const index = createNameIndex(genres);
  return index.suggest(value, { limit: 5 }).map((i) => genres[i]);
}
