// A test-only brake on the engine worker: browser tests make chosen calls answer late, to prove a
// stale answer never replaces a newer one. Inert unless a page sets
// `globalThis.__FILMOTECA_TEST_DELAYS__` before its scripts run (only a test's init script does).

/** Milliseconds to hold an answer, by method name and then by the call's first argument. */
export type TestDelays = Record<string, Record<string, number>>;

/** Where a test puts its delays on the page (engine-client passes them to the worker). */
export const TEST_DELAYS_GLOBAL = "__FILMOTECA_TEST_DELAYS__";

/** Where the armed brake keeps its {@link TestDelayStats} in the worker, for the test to read. */
export const TEST_DELAY_STATS_GLOBAL = "__FILMOTECA_TEST_DELAY_STATS__";

/** What the brake did: calls it held and calls it has let go. */
export interface TestDelayStats {
  held: number;
  released: number;
}

type Api = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * `api` with every method held back as `delays` says, plus `setTestDelays` to arm the brake. With
 * no delays set, each call goes straight through.
 */
export function withTestDelays<T extends Api>(api: T) {
  let delays: TestDelays = {};
  const stats: TestDelayStats = { held: 0, released: 0 };
  const wrapped = Object.fromEntries(
    Object.entries(api).map(([name, method]) => [
      name,
      async (...args: never[]) => {
        const ms = delays[name]?.[String(args[0])];
        if (ms) {
          stats.held++;
          await new Promise((resolve) => setTimeout(resolve, ms));
          stats.released++;
        }
        return method(...args);
      },
    ]),
  ) as T;
  return Object.assign(wrapped, {
    async setTestDelays(next: TestDelays) {
      delays = next;
      (globalThis as Record<string, unknown>)[TEST_DELAY_STATS_GLOBAL] = stats;
    },
  });
}
