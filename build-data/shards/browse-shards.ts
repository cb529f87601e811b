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
  browseKey,
  cardAt,
  facetIndex,
  facetValues,
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
  packCards,
  type BrowseValueRecord,
  type PackedCard,
} from "../../src/lib/shards/families.ts";
import { objectText } from "./object-text.ts";
import {
  bucketCount,
  groupByBucket,
  lazyFamily,
  type ShardFamily,
  type ShardFamilySource,
} from "./write-shards.ts";

/** The `browse.<facet>` family over the catalogue (`cards`: each row's card). */
export function browseFacetShards(
  catalog: Catalog,
  facet: BrowseFacet,
  cards: readonly BrowseCard[],
): ShardFamilySource {
  const index = facetIndex(catalog, facet);
  // Records are kept as JSON text while counting bytes, and written as they are.
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
      file(key, { name, total: films.length, films: packCards(sortCards(films, "votes")) });
      continue;
    }
    const first = {} as Record<BrowseSort, PackedCard[]>;
    for (const sort of BROWSE_SORTS) {
      const sorted = sortCards(films, sort);
      first[sort] = packCards(pageSlice(sorted, 1));
      for (let page = 2; page <= pageCount(sorted.length); page++)
        file(browsePageKey(key, sort, page), packCards(pageSlice(sorted, page)));
    }
    file(key, { name, total: films.length, first } satisfies BrowseValueRecord);
  }
  const buckets = bucketCount(bytes, BROWSE_BYTES_PER_BUCKET);
  const groups = groupByBucket(records, ([key]) => key, buckets);
  return {
    family: browseFamily(facet),
    buckets,
    payloadText: (bucket) => objectText(groups[bucket]),
  };
}

/** Whether some film has a value of `facet` (one that folds to a key). */
const hasValues = (catalog: Catalog, facet: BrowseFacet) => {
  for (let row = 0; row < catalog.size; row++)
    if (facetValues(catalog, facet, row).some((value) => browseKey(value))) return true;
  return false;
};

/**
 * The browse families of the facets the catalogue has values for (a source without cast has none),
 * each computed when it is written: one facet's pages in memory at a time.
 */
export function browseShards(catalog: Catalog): ShardFamily[] {
  let cards: BrowseCard[] | null = null;
  return BROWSE_FACETS.filter((facet) => hasValues(catalog, facet)).map((facet) =>
    lazyFamily(browseFamily(facet), () => {
      cards ??= Array.from({ length: catalog.size }, (_, row) => cardAt(catalog, row));
      return browseFacetShards(catalog, facet, cards);
    }),
  );
}
