// The emulated phone link of the cold visits, as pure arithmetic: its figures, the one token bucket
// every response body shares, and the byte counts the bench reports. Times are passed in (ms), so
// the schedule is computed, never read off a clock, and can be tested by hand.

/** What the link does to every response: a wait before its first byte, then a shared rate. */
export interface LinkSpec {
  /** The link's rate, bytes per second, shared by every response in flight. */
  bytesPerSecond: number;
  /** The wait before each response's first byte (request round trip and server time), ms. */
  latencyMs: number;
}

// The phone link's figures live with the bench's other defaults (the performance page states them).
export { PHONE_LINK } from "../../src/bench/defaults.ts";

/** Bytes a response body is sent in: small, so parallel responses take turns on the link. */
export const CHUNK_BYTES = 4096;

/**
 * Slack of the bucket, bytes: 10 ms of the phone link. A timer that fires a millisecond late would
 * otherwise lose that millisecond of the link for good; with this slack the next chunk makes it up.
 */
export const BURST_BYTES = 2000;

/**
 * A token bucket that may run into debt: take(bytes, now) books the bytes on the link, in the order
 * asked, and says how long (ms) the caller must wait before sending them, which is when the link
 * would have finished carrying them. Tokens refill at `bytesPerSecond` up to `burstBytes`; callers
 * that take one chunk at a time and come back when it is sent share the link in turn.
 */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    readonly bytesPerSecond: number,
    readonly burstBytes = 0,
    start = 0,
  ) {
    if (!(bytesPerSecond > 0))
      throw new RangeError(`invalid link rate ${bytesPerSecond}: expected bytes per second > 0`);
    if (!(burstBytes >= 0)) throw new RangeError(`invalid burst ${burstBytes}: expected >= 0`);
    this.tokens = burstBytes;
    this.at = start;
  }

  /** Books `bytes` at time `now` (ms); returns the wait, ms, before they may be sent. */
  take(bytes: number, now: number): number {
    if (now > this.at) {
      this.tokens = Math.min(
        this.burstBytes,
        this.tokens + ((now - this.at) * this.bytesPerSecond) / 1000,
      );
      this.at = now;
    }
    this.tokens -= bytes;
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.bytesPerSecond;
  }
}

/** The sizes of the chunks a body of `bytes` is sent in. */
export function chunkSizes(bytes: number, chunk = CHUNK_BYTES): number[] {
  const sizes: number[] = [];
  for (let sent = 0; sent < bytes; sent += chunk) sizes.push(Math.min(chunk, bytes - sent));
  return sizes;
}

/**
 * When each transfer would end on a link with no slack: transfers that start together and send a
 * chunk each in turn, after the latency. The schedule the server follows, on a virtual clock (for
 * tests and for reading what a page's downloads cost). Returns the end time of each, ms.
 */
export function simulateTransfers(
  bodies: readonly number[],
  link: LinkSpec,
  chunk = CHUNK_BYTES,
): number[] {
  const bucket = new TokenBucket(link.bytesPerSecond, 0, link.latencyMs);
  const left = bodies.map((bytes) => chunkSizes(bytes, chunk));
  const ends = bodies.map(() => link.latencyMs);
  // Every transfer books its next chunk when its previous one went out: in time order, ties in
  // index order (as timers that were set in that order fire).
  const ready = bodies.map(() => link.latencyMs);
  for (;;) {
    let next = -1;
    for (let i = 0; i < left.length; i++)
      if (left[i].length && (next === -1 || ready[i] < ready[next])) next = i;
    if (next === -1) return ends;
    const bytes = left[next].shift()!;
    ready[next] += bucket.take(bytes, ready[next]);
    ends[next] = ready[next];
  }
}

/** Bytes as the bench reports them: kB (1,000 bytes) with one decimal. */
export function kilobytes(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}
