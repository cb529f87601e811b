// A visitor's likes as text: the `vistas` parameter of /para-ti/ (`?vistas=862,863`), what
// localStorage keeps, and what a pasted link holds. Pure: the page, the CLI and the tests share it.

/** The URL parameter of the likes, the same in both languages (the language switch keeps it). */
export const LIKES_PARAM = "vistas";

/** Likes kept at most (the oldest go first): a URL stays well under any browser's limit. */
export const MAX_LIKES = 200;

/** Film ids are Int32: TMDB ids, or the vega source's hashed ids up to 2^31 - 1. */
const MAX_ID = 0x7fffffff;

/** Likes read from text: the ids, each once in first-seen order, and the pieces that were no id. */
export interface ParsedLikes {
  ids: number[];
  invalid: string[];
}

/** Reads comma-separated film ids ("862, 863"); blanks are skipped, anything else is `invalid`. */
export function parseLikes(text: string): ParsedLikes {
  const ids: number[] = [];
  const invalid: string[] = [];
  for (const piece of text.split(",")) {
    const t = piece.trim();
    if (!t) continue;
    const n = /^\d{1,10}$/.test(t) ? Number(t) : NaN;
    if (n >= 1 && n <= MAX_ID) {
      if (!ids.includes(n)) ids.push(n);
    } else invalid.push(t);
  }
  return { ids: ids.slice(-MAX_LIKES), invalid };
}

/** The likes as the parameter spells them: "862,863". */
export const formatLikes = (ids: readonly number[]): string => ids.join(",");

/**
 * The likes in what a visitor pastes to import them: a link to the page (`…/para-ti/?vistas=…`),
 * its query string alone, or the ids themselves.
 */
export function likesFromText(text: string): ParsedLikes {
  const t = text.trim();
  const query = t.includes("?") ? t.slice(t.indexOf("?") + 1).split("#")[0] : t;
  if (query.includes(`${LIKES_PARAM}=`))
    return parseLikes(new URLSearchParams(query).get(LIKES_PARAM) ?? "");
  return parseLikes(t);
}

/** `current` and then those of `more` it lacks, the newest {@link MAX_LIKES} kept. */
export function mergeLikes(current: readonly number[], more: readonly number[]): number[] {
  const out = [...current];
  for (const id of more) if (!out.includes(id)) out.push(id);
  return out.slice(-MAX_LIKES);
}

/** `ids` with `id` added last (liked) or removed (unliked). */
export function withLike(ids: readonly number[], id: number, liked: boolean): number[] {
  const rest = ids.filter((x) => x !== id);
  return liked ? mergeLikes(rest, [id]) : rest;
}

/** Whether two lists of likes hold the same films (order aside). */
export function sameLikes(a: readonly number[], b: readonly number[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((x) => set.has(x));
}
