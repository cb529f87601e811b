// Search-as-you-type over the chunked name indexes: the typed words pick a few chunks (by their
// first three characters), and the names those chunks list are matched against the whole text as
// the whole-catalogue index would match them (prefix, accents and case folded, a typo tolerated).
import { namesFamily, type NameEntry, type NamePayload } from "./families.ts";
import { PREFIX_LENGTH, prefixKey, words } from "./keys.ts";
import type { ShardStore } from "./shard-store.ts";
import type { SuggestKind } from "../queries/registry.ts";

/** Chunks fetched for one search: the longest words decide (short common words add little). */
const WORDS_LOOKED_UP = 3;

/** The chunk keys a typed text reads: its longest words' prefixes. */
export function chunkKeys(text: string): string[] {
  const ws = [...new Set(words(text))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return [...new Set(ws.slice(0, WORDS_LOOKED_UP).map(prefixKey))];
}

/**
 * Keys one typo away from a word's chunk key, for a search that found nothing: two neighbouring
 * letters swapped or one left out among its first letters ("tpoy" → "toy"). A typo there would
 * otherwise send the search to the wrong chunk.
 */
export function typoKeys(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length <= PREFIX_LENGTH) return [];
  const out = new Set<string>();
  for (let i = 0; i < PREFIX_LENGTH; i++) {
    const swapped = [...chars];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    out.add(prefixKey(swapped.join("")));
    out.add(prefixKey(chars.filter((_, j) => j !== i).join("")));
  }
  out.delete(prefixKey(word));
  return [...out];
}

/** Same film (by id) or same value (by name): the identity of a candidate. */
const identity = (entry: NameEntry) => (entry.id !== undefined ? `#${entry.id}` : entry.name);

/** The names the chunks of `keys` list for `kind`, each once, in the chunks' order. */
export async function candidatesOf(
  store: ShardStore,
  kind: SuggestKind,
  keys: readonly string[],
): Promise<NameEntry[]> {
  const family = namesFamily(kind);
  if (!store.has(family)) return [];
  const chunks = await store.records<NamePayload[string]>(family, keys);
  const seen = new Map<string, NameEntry>();
  for (const chunk of chunks)
    for (const entry of chunk ?? [])
      if (!seen.has(identity(entry))) seen.set(identity(entry), entry);
  return [...seen.values()];
}

/** The candidates for typed `text`, and one typo's worth of other chunks when `more` asks. */
export async function nameCandidates(
  store: ShardStore,
  kind: SuggestKind,
  text: string,
  more = false,
): Promise<NameEntry[]> {
  const keys = chunkKeys(text);
  if (!more) return candidatesOf(store, kind, keys);
  const longest = [...words(text)].sort((a, b) => b.length - a.length)[0] ?? "";
  return candidatesOf(store, kind, [...keys, ...typoKeys(longest)]);
}
