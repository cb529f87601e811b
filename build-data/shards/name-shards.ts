// The `names.*` families: chunked name indexes for search-as-you-type, Pagefind's idea for a static
// site. A typed word finds its chunk by its first three characters (fewer while it is shorter); the
// chunk lists every name with a word of that prefix (up to NAMES_PER_PREFIX, most weight first),
// and the reader matches the typed text against those few names only.
import type { SuggestKind } from "../../src/lib/queries/registry.ts";
import { PREFIX_LENGTH, prefixesOf, words } from "../../src/lib/shards/keys.ts";
import {
  NAMES_PER_BUCKET,
  NAMES_PER_PREFIX,
  NAMES_PER_SHORT_PREFIX,
  namesFamily,
  type NameEntry,
  type NamePayload,
} from "../../src/lib/shards/families.ts";
import { bucketCount, groupByBucket, type ShardFamilySource } from "./write-shards.ts";

/** Most weight first, then by name: the order every chunk keeps. */
const byWeight = (a: NameEntry, b: NameEntry) =>
  b.weight - a.weight || (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.id ?? 0) - (b.id ?? 0));

/** Each prefix key and the names it lists, capped as the chunks keep them. */
export function prefixLists(entries: readonly NameEntry[]): Map<string, NameEntry[]> {
  const sorted = [...entries].sort(byWeight);
  const lists = new Map<string, { exact: NameEntry[]; other: NameEntry[] }>();
  for (const entry of sorted) {
    const seen = new Set<string>();
    for (const text of [entry.name, ...(entry.aliases ?? [])]) {
      for (const word of words(text)) {
        for (const prefix of prefixesOf(word)) {
          if (seen.has(prefix)) continue;
          seen.add(prefix);
          let list = lists.get(prefix);
          if (!list) lists.set(prefix, (list = { exact: [], other: [] }));
          // A short key is a whole word for some names ("up"): those are kept like a full key's.
          const exact = Array.from(prefix).length === PREFIX_LENGTH || prefix === word;
          (exact ? list.exact : list.other).push(entry);
        }
      }
    }
  }
  const out = new Map<string, NameEntry[]>();
  for (const [prefix, { exact, other }] of lists) {
    const kept = [...exact.slice(0, NAMES_PER_PREFIX), ...other.slice(0, NAMES_PER_SHORT_PREFIX)];
    out.set(prefix, kept.sort(byWeight));
  }
  return out;
}

/** The `names.<kind>` family over `entries`. */
export function nameShards(kind: SuggestKind, entries: readonly NameEntry[]): ShardFamilySource {
  const lists = prefixLists(entries);
  let total = 0;
  for (const list of lists.values()) total += list.length;
  const buckets = bucketCount(total, NAMES_PER_BUCKET);
  const groups = groupByBucket(lists, ([prefix]) => prefix, buckets);
  return {
    family: namesFamily(kind),
    buckets,
    payload: (bucket) => Object.fromEntries(groups[bucket]) as NamePayload,
  };
}
