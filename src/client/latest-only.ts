// Stale answers: a page asks the worker again before the last answer came back (typing, back and
// forward, a changed filter), and only the newest question's answer may be drawn.

/** What a call resolves to when a newer call (or a `cancel`) has overtaken it. */
export const STALE: unique symbol = Symbol("stale");

export type Stale = typeof STALE;

/** A function wrapped by {@link latestOnly}. */
export interface LatestOnly<A extends unknown[], R> {
  /**
   * Calls the function: resolves to its answer, or rejects with its error, when no call came since;
   * else resolves to {@link STALE} (a stale error is dropped with its answer).
   */
  (...args: A): Promise<R | Stale>;
  /** Makes every pending call stale (the question was withdrawn: an empty box, a closed list). */
  cancel(): void;
}

/** Wraps `fn` so that only the latest call's answer comes through. */
export function latestOnly<A extends unknown[], R>(
  fn: (...args: A) => Promise<R> | R,
): LatestOnly<A, R> {
  let latest = 0;
  const call = async (...args: A): Promise<R | Stale> => {
    const mine = ++latest;
    try {
      const answer = await fn(...args);
      return mine === latest ? answer : STALE;
    } catch (error) {
      if (mine === latest) throw error;
      return STALE;
    }
  };
  return Object.assign(call, { cancel: () => void latest++ });
}
