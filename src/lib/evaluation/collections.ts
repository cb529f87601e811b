// Whether sequels still find each other: of the most-voted films that belong to a collection (with
// another film of it in the catalogue), how many list a collection-mate in their first 10.

/** The catalogue columns the check reads. */
export interface CollectionCatalog {
  size: number;
  title: string[];
  collection: (string | null)[];
  /** -1 where unknown. */
  voteCount: Int32Array;
}

/** What {@link sequelCheck} found. */
export interface SequelCheck {
  /** Films checked (the most-voted films of collections, at most `count`). */
  films: number;
  /** Of those, the films whose list holds a film of their collection. */
  listing: number;
  /** Titles of the films whose list holds none, most votes first. */
  missing: string[];
}

/**
 * Checks the `count` most-voted films of a collection that has two films or more in the catalogue
 * (ties: lower row first): does `listOf(row)` (its first 10, say) hold another film of the collection?
 */
export function sequelCheck(
  catalog: CollectionCatalog,
  listOf: (row: number) => ArrayLike<number>,
  count = 30,
): SequelCheck {
  const members = new Map<string, number>();
  for (const c of catalog.collection) if (c !== null) members.set(c, (members.get(c) ?? 0) + 1);
  const rows = Array.from({ length: catalog.size }, (_, row) => row)
    .filter((row) => (members.get(catalog.collection[row] ?? "") ?? 0) >= 2)
    .sort((a, b) => catalog.voteCount[b] - catalog.voteCount[a] || a - b)
    .slice(0, count);
  const missing: string[] = [];
  for (const row of rows) {
    const list = Array.from(listOf(row));
    if (!list.some((r) => r !== row && catalog.collection[r] === catalog.collection[row]))
      missing.push(catalog.title[row]);
  }
  return { films: rows.length, listing: rows.length - missing.length, missing };
}
