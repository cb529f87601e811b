// Loose text matching shared by every lookup: case, accents and surrounding spaces do not matter.

/** Folds a string for comparison: lower case, no diacritics, single spaces, trimmed. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Levenshtein distance between two strings (used to suggest the closest valid names). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Options of {@link closest}. */
export interface ClosestOptions {
  /** How many names to return. Default 5. */
  limit?: number;
}

/**
 * The valid names closest to `query`: names that start with or contain the folded query first,
 * then the smallest edit distances. Ties keep the order of `names`, so results are deterministic.
 */
export function closest(
  query: string,
  names: readonly string[],
  options: ClosestOptions = {},
): string[] {
  const limit = options.limit ?? 5;
  const q = fold(query);
  const scored = names.map((name, index) => {
    const f = fold(name);
    const rank = f.startsWith(q) ? 0 : f.includes(q) ? 1 : 2;
    const distance = rank === 2 ? editDistance(q, f.slice(0, Math.max(q.length, 1) + 2)) : f.length;
    return { name, rank, distance, index };
  });
  scored.sort((x, y) => x.rank - y.rank || x.distance - y.distance || x.index - y.index);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of scored) {
    if (seen.has(s.name)) continue;
    seen.add(s.name);
    out.push(s.name);
    if (out.length === limit) break;
  }
  return out;
}
