// Search-as-you-type over a list of names (titles, collections, countries, companies…): MiniSearch
// with prefix and fuzzy matching, accent- and case-insensitive, exact matches first.
import MiniSearch from "minisearch";
import { fold } from "./text.ts";

/** Options of {@link createNameIndex}. */
export interface NameIndexOptions {
  /** A score multiplier per name (e.g. vote count for titles); higher ranks first. Default: none. */
  boost?: (index: number) => number;
  /** Further texts per name to search too (e.g. a country's ISO code). Default: none. */
  aliases?: (index: number) => readonly string[];
}

/** Options of {@link NameIndex.suggest}. */
export interface SuggestOptions {
  /** How many suggestions. Default 8. */
  limit?: number;
  /** Keep only names passing this test (by index). Default: all. */
  filter?: (index: number) => boolean;
}

export interface NameIndex {
  /** Indices of the names best matching `text`, best first; [] for blank text. */
  suggest(text: string, options?: SuggestOptions): number[];
  /** Indices of the names equal to `text` once folded (case, accents, spaces), in input order. */
  exact(text: string): number[];
}

/** Builds an index over `names`; suggestions refer to names by their position in the array. */
export function createNameIndex(
  names: readonly string[],
  options: NameIndexOptions = {},
): NameIndex {
  const byFolded = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const list = byFolded.get(key);
    if (list) list.push(index);
    else byFolded.set(key, [index]);
  };
  names.forEach((name, index) => {
    add(fold(name), index);
    for (const alias of options.aliases?.(index) ?? []) add(fold(alias), index);
  });
  const search = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    processTerm: (term) => fold(term) || null,
    searchOptions: {
      prefix: true,
      // A typo is tolerated once the word is long enough to tell apart.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length >= 4 ? 1 : false),
      combineWith: "AND",
      boostDocument: options.boost
        ? (id: number) => 1 + Math.log1p(Math.max(0, options.boost!(id)))
        : undefined,
    },
  });
  search.addAll(
    names.map((name, id) => ({ id, text: [name, ...(options.aliases?.(id) ?? [])].join(" ") })),
  );

  const exact = (text: string) => byFolded.get(fold(text)) ?? [];

  return {
    exact,
    suggest(text, { limit = 8, filter } = {}) {
      if (!fold(text)) return [];
      const out: number[] = [];
      const seen = new Set<number>();
      const take = (index: number) => {
        if (out.length < limit && !seen.has(index) && (!filter || filter(index))) {
          seen.add(index);
          out.push(index);
        }
      };
      const boost = options.boost;
      [...exact(text)].sort((a, b) => (boost ? boost(b) - boost(a) : 0) || a - b).forEach(take);
      for (const hit of search.search(text)) {
        if (out.length >= limit) break;
        take(hit.id as number);
      }
      return out;
    },
  };
}
