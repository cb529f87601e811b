// Ranking-quality metrics of one recommendation list against the films a viewer liked, and the
// list-set metrics (coverage, top share, intra-list diversity). Pure functions of numbers,
// hand-checkable.

/** 1 when any of the first `k` rows is relevant, else 0. */
export function hitAt(list: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  for (let i = 0; i < Math.min(k, list.length); i++) if (relevant.has(list[i])) return 1;
  return 0;
}

/** Relevant rows among the first `k`, divided by `k` (a short list is not rewarded). */
export function precisionAt(
  list: ArrayLike<number>,
  relevant: ReadonlySet<number>,
  k: number,
): number {
  let hits = 0;
  for (let i = 0; i < Math.min(k, list.length); i++) if (relevant.has(list[i])) hits++;
  return hits / k;
}

/** Normalised discounted cumulative gain with binary relevance: DCG / ideal DCG at `k`. */
export function ndcgAt(list: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, list.length); i++)
    if (relevant.has(list[i])) dcg += 1 / Math.log2(i + 2);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal > 0 ? dcg / ideal : 0;
}

/** Share of the catalogue's `size` films that appear in at least one list. */
export function coverage(lists: readonly ArrayLike<number>[], size: number): number {
  const seen = new Set<number>();
  for (const list of lists) for (let i = 0; i < list.length; i++) seen.add(list[i]);
  return size > 0 ? seen.size / size : 0;
}

/** One list of a set: the film it was made for and the films it holds. */
export interface QueryList {
  query: number;
  items: ArrayLike<number>;
}

/**
 * How much one film dominates a set of lists: the share of the lists that hold their most frequent
 * film, and that film (-1 for no lists). A film in the list of one of its collection-mates
 * (`sameCollection(query, film)`) is not counted there: a sequel in its prequel's list is about the
 * film, not popularity. Ties go to the lower row.
 */
export function topShare(
  lists: readonly QueryList[],
  sameCollection: (query: number, film: number) => boolean,
): { share: number; film: number } {
  const counts = new Map<number, number>();
  for (const { query, items } of lists) {
    const seen = new Set<number>();
    for (let i = 0; i < items.length; i++) {
      const film = items[i];
      if (seen.has(film) || sameCollection(query, film)) continue;
      seen.add(film);
      counts.set(film, (counts.get(film) ?? 0) + 1);
    }
  }
  let film = -1;
  let most = 0;
  for (const [row, n] of counts)
    if (n > most || (n === most && row < film)) [film, most] = [row, n];
  return { share: lists.length ? most / lists.length : 0, film };
}

/** Jaccard distance of two sets of labels: 1 − |A∩B| / |A∪B|; 0 for two empty sets. */
export function jaccardDistance(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let both = 0;
  for (const x of setA) if (setB.has(x)) both++;
  const union = setA.size + setB.size - both;
  return union === 0 ? 0 : 1 - both / union;
}

/** Mean pairwise distance within one list (0 for fewer than two items). */
export function intraListDiversity(
  list: ArrayLike<number>,
  distance: (a: number, b: number) => number,
): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      sum += distance(list[i], list[j]);
      pairs++;
    }
  return pairs ? sum / pairs : 0;
}
