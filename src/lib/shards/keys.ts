// How a key finds its shard: a 32-bit FNV-1a hash of the key, modulo the family's bucket count (in
// the manifest). No lookup table: the bytes a visit needs stay the same at any catalogue size.
import { fold } from "../text.ts";

/** FNV-1a over the key's UTF-16 code units: fast, stable across engines, well spread. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The bucket of `key` among `buckets` (0-based). */
export function bucketOf(key: string | number, buckets: number): number {
  if (!Number.isInteger(buckets) || buckets < 1)
    throw new RangeError(`invalid bucket count ${buckets}: expected a whole number ≥ 1`);
  return hashKey(String(key)) % buckets;
}

/** MiniSearch's default word boundary: spaces and punctuation of every script. */
const WORD_BOUNDARY = /[\n\r\p{Z}\p{P}]+/u;

/** The folded words of a text, in order, without empties ("Amélie" → ["amelie"]). */
export const words = (text: string): string[] => fold(text).split(WORD_BOUNDARY).filter(Boolean);

/** Characters a name-index chunk key holds: a typed word finds its chunk from its first three. */
export const PREFIX_LENGTH = 3;

/** The chunk key of a (folded) word: its first {@link PREFIX_LENGTH} characters, whole code points. */
export const prefixKey = (word: string): string =>
  Array.from(word).slice(0, PREFIX_LENGTH).join("");

/** Every prefix of a word up to the chunk key, shortest first ("toy" → ["t", "to", "toy"]). */
export const prefixesOf = (word: string): string[] => {
  const chars = Array.from(word).slice(0, PREFIX_LENGTH);
  return chars.map((_, i) => chars.slice(0, i + 1).join(""));
};
