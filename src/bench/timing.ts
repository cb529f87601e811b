// Timing and percentile helpers for the benchmark: run a function over inputs after a warm-up and
// summarise per-call durations. Pure: the clock is injected (performance.now in the worker).

/** Options of {@link timeCalls}. */
export interface TimeCallsOptions {
  /** Calls made (over the first inputs, cycling) before timing starts, to let the JIT settle. Default 50. */
  warmup?: number;
  /** Clock in milliseconds. Default `performance.now`. */
  now?: () => number;
}

/**
 * Calls `fn` once per input after `warmup` untimed calls and returns each call's duration (ms).
 * Async functions are awaited, so a call's time includes its own promise; sync ones pay one
 * microtask, well under a microsecond.
 */
export async function timeCalls<I>(
  fn: (input: I) => unknown,
  inputs: readonly I[],
  options: TimeCallsOptions = {},
): Promise<Float64Array> {
  const { warmup = 50, now = () => performance.now() } = options;
  if (inputs.length === 0) throw new RangeError("timeCalls needs at least one input, got none");
  for (let i = 0; i < warmup; i++) await fn(inputs[i % inputs.length]);
  const durations = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const start = now();
    await fn(inputs[i]);
    durations[i] = now() - start;
  }
  return durations;
}

/**
 * The `p`-th percentile (0–100) by linear interpolation between closest ranks (NumPy's default,
 * R's type 7): p50 of [1, 2, 3, 4] is 2.5. Throws on an empty list or a `p` outside 0–100.
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) throw new RangeError("percentile of an empty list is undefined");
  if (!(p >= 0 && p <= 100)) throw new RangeError(`invalid percentile ${p}: expected 0 to 100`);
  const sorted = Float64Array.from(values).sort();
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** What a list of durations says, in milliseconds. */
export interface Summary {
  calls: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export function summarize(durations: ArrayLike<number>): Summary {
  if (durations.length === 0) throw new RangeError("cannot summarise zero durations");
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < durations.length; i++) {
    sum += durations[i];
    min = Math.min(min, durations[i]);
    max = Math.max(max, durations[i]);
  }
  return {
    calls: durations.length,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    mean: sum / durations.length,
    min,
    max,
  };
}

/** A seeded pseudo-random generator in [0, 1) (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` indices in [0, size), drawn with replacement from a seeded generator. */
export function sampleIndices(size: number, count: number, seed: number): Int32Array {
  if (!(size > 0)) throw new RangeError(`cannot sample from ${size} items: expected at least one`);
  const random = seededRandom(seed);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.floor(random() * size);
  return out;
}

/**
 * The clock's smallest step, ms: the least non-zero difference between consecutive readings over
 * `tries` ticks. Browsers coarsen performance.now() (100 µs unless cross-origin isolated, 5 µs when
 * isolated), which bounds how finely one call can be timed.
 */
export function clockResolution(now: () => number = () => performance.now(), tries = 20): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const start = now();
    let next = now();
    while (next === start) next = now();
    best = Math.min(best, next - start);
  }
  return best;
}
