// Catalogue-wide facts computed in one pass: the filters' choices and the most-voted films. The
// whole-catalogue engine answers with them, and the build ships them in the `summary` asset.
import type { Catalog } from "./catalog.ts";

/** What the recommendation filters can choose from, for the film page's form. */
export interface Facets {
  /** Every genre in the catalogue, alphabetical. */
  genres: string[];
  /** Original languages (ISO 639-1), most frequent first. */
  languages: string[];
  /** Earliest and latest release year. */
  yearMin: number;
  yearMax: number;
}

export function facetsOf(c: Catalog): Facets {
  const genres = new Set<string>();
  const languages = new Map<string, number>();
  let yearMin = Infinity;
  let yearMax = -Infinity;
  for (let row = 0; row < c.size; row++) {
    for (const g of c.genres[row] ?? []) genres.add(g);
    const lang = c.originalLanguage[row];
    if (lang) languages.set(lang, (languages.get(lang) ?? 0) + 1);
    yearMin = Math.min(yearMin, c.releaseYear[row]);
    yearMax = Math.max(yearMax, c.releaseYear[row]);
  }
  return {
    genres: [...genres].sort(),
    languages: [...languages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l),
    yearMin,
    yearMax,
  };
}

/** Rows of the `k` most-voted films, most votes first (earlier rows first on ties). */
export function mostVoted(c: Catalog, k: number): number[] {
  const votes = c.voteCount;
  const rows: number[] = [];
  // A sorted buffer of k rows: one pass, no sort of the whole catalogue.
  for (let row = 0; row < c.size; row++) {
    if (rows.length === k && votes[row] <= votes[rows[k - 1]]) continue;
    if (rows.length === k) rows.pop();
    let i = rows.length;
    while (i > 0 && votes[rows[i - 1]] < votes[row]) i--;
    rows.splice(i, 0, row);
  }
  return rows;
}
