// The `browse.*` families: every value of every facet (genre, decade, year, language, country,
// company, collection, director, actor) with its films already sorted in each order and cut into
// pages of BROWSE_PAGE_SIZE cards, so a browse page fetches one or two buckets of a few kB at any
// catalogue size. A value whose films fit one page is stored once (the reader sorts it); a bigger
// one stores the first page of each order with its name, and every further page on its own key.
import type { Catalog } from "../../src/lib/catalog.ts";
import {
  BROWSE_FACETS,
  BROWSE_PAGE_SIZE,
  BROWSE_SORTS,
  cardAt,
  facetIndex,
  pageCount,
  pageSlice,
  sortCards,
  type BrowseCard,
  type BrowseFacet,
  type BrowseSort,
} from "../../src/lib/browse.ts";
import {
  BROWSE_BYTES_PER_BUCKET,
  browseFamily,
  browsePageKey,
  type BrowseValueRecord,
} from "../../src/lib/shards/families.ts";
import { bucketCount, groupByBucket, type ShardFamilySource } from "./write-shards.ts";

/** The `browse.<facet>` family over the catalogue (`cards`: each row's card); null when no film has a value. */
export function browseFacetShards(
  catalog: Catalog,
  facet: BrowseFacet,
  cards: readonly BrowseCard[],
): ShardFamilySource | null {
  const index = facetIndex(catalog, facet);
  if (index.size === 0) return null;
  // Records are kept as JSON text while counting bytes: the payloads are parsed back per bucket.
  const records = new Map<string, string>();
  let bytes = 0;
  const file = (key: string, record: unknown) => {
    const text = JSON.stringify(record);
    records.set(key, text);
    bytes += key.length + text.length;
  };
  for (const [key, { name, rows }] of index) {
    const films = rows.map((row) => cards[row]);
    if (films.length <= BROWSE_PAGE_SIZE) {
      file(key, { name, total: films.length, films: sortCards(films, "votes") });
      continue;
    }
    const first = {} as Record<BrowseSort, BrowseCard[]>;
    for (const sort of BROWSE_SORTS) {
      const sorted = sortCards(films, sort);
      first[sort] = pageSlice(sorted, 1);
      for (let page = 2; page <= pageCount(sorted.length); page++)
        file(browsePageKey(key, sort, page), pageSlice(sorted, page));
    }
    file(key, { name, total: films.length, first } satisfies BrowseValueRecord);
  }
  const buckets = bucketCount(bytes, BROWSE_BYTES_PER_BUCKET);
  const groups = groupByBucket(records, ([key]) => key, buckets);
  return {
    family: browseFamily(facet),
    buckets,
    payload: (bucket) =>
      Object.fromEntries(groups[bucket].map(([key, text]) => [key, JSON.parse(text)])),
  };
}

/** The browse families of the facets the catalogue has values for (a source without cast has none). */
export function browseShards(catalog: Catalog): ShardFamilySource[] {
  const cards = Array.from({ length: catalog.size }, (_, row) => cardAt(catalog, row));
  return BROWSE_FACETS.flatMap((facet) => browseFacetShards(catalog, facet, cards) ?? []);
}
