import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  chunkSizes,
  kilobytes,
  PHONE_LINK,
  simulateTransfers,
  TokenBucket,
} from "../../../scripts/bench/link.ts";

/** Equal to a microsecond: the schedule adds up fractions of a millisecond. */
const near = (actual: number[], expected: number[]) =>
  assert.deepEqual(
    actual.map((t) => Math.round(t * 1000) / 1000),
    expected,
  );

describe("PHONE_LINK", () => {
  it("is 1.6 Mbit/s (200,000 bytes/s) and 150 ms per request", () => {
    assert.equal(PHONE_LINK.bytesPerSecond * 8, 1_600_000);
    assert.equal(PHONE_LINK.latencyMs, 150);
  });
});

describe("TokenBucket(bytesPerSecond, burstBytes)", () => {
  it("with no slack, lets bytes go when the link has carried them, queued in the order asked", () => {
    const bucket = new TokenBucket(200_000, 0, 0);
    assert.equal(bucket.take(20_000, 0), 100);
    // Asked at the same moment: it waits for the first too.
    assert.equal(bucket.take(20_000, 0), 200);
  });
  it("does not save up an idle link's time beyond its slack", () => {
    const bucket = new TokenBucket(200_000, 0, 0);
    bucket.take(40_000, 0); // busy until 200 ms
    // At 1,000 ms the link has been idle 800 ms: 1,000 bytes still take 5 ms.
    assert.equal(bucket.take(1_000, 1_000), 5);
  });
  it("spends its slack first, then refills it while the link is idle", () => {
    const bucket = new TokenBucket(200_000, 2_000, 0);
    assert.equal(bucket.take(2_000, 0), 0);
    assert.equal(bucket.take(2_000, 0), 10);
    // Carried by 10 ms; idle 5 ms since, which gives back 1,000 bytes.
    assert.equal(bucket.take(1_000, 15), 0);
    assert.equal(bucket.take(1_000, 15), 5);
  });
  it("gives nothing back for a time earlier than the last one asked", () => {
    const bucket = new TokenBucket(1_000, 0, 100);
    assert.equal(bucket.take(10, 50), 10);
  });
  it("refuses a rate that is not positive and a negative slack", () => {
    assert.throws(() => new TokenBucket(0), RangeError);
    assert.throws(() => new TokenBucket(1, -1), RangeError);
  });
});

describe("chunkSizes(bytes, chunk)", () => {
  it("cuts a body into chunks, the last one short", () => {
    assert.deepEqual(chunkSizes(10_000, 4_096), [4_096, 4_096, 1_808]);
    assert.deepEqual(chunkSizes(4_096, 4_096), [4_096]);
    assert.deepEqual(chunkSizes(0), []);
  });
});

describe("simulateTransfers(bodies, link)", () => {
  it("carries 200,000 bytes in one second after the 150 ms wait", () => {
    near(simulateTransfers([200_000], PHONE_LINK), [1_150]);
  });
  it("makes parallel transfers share the link: each chunk takes its turn", () => {
    // Alone, 100,000 bytes end at 150 + 500 ms.
    near(simulateTransfers([100_000], PHONE_LINK), [650]);
    // Two together carry 200,000 bytes by 1,150 ms; the first one's last chunk (1,696 bytes,
    // 8.48 ms) goes just before the second one's.
    near(simulateTransfers([100_000, 100_000], PHONE_LINK), [1_141.52, 1_150]);
    // One chunk each (4,096 bytes, 20.48 ms): in turn.
    near(simulateTransfers([4_096, 4_096, 4_096], PHONE_LINK), [170.48, 190.96, 211.44]);
    // A longer body keeps the link once the short one is done.
    near(simulateTransfers([3 * 4_096, 4_096], PHONE_LINK), [231.92, 190.96]);
  });
  it("ends an empty body at the latency", () => {
    near(simulateTransfers([0], { bytesPerSecond: 1_000, latencyMs: 150 }), [150]);
  });
});

describe("kilobytes(bytes)", () => {
  it("is bytes / 1,000 with one decimal", () => {
    assert.equal(kilobytes(1_619_189), 1_619.2);
    assert.equal(kilobytes(14_600_000), 14_600);
    assert.equal(kilobytes(50), 0.1);
    assert.equal(kilobytes(49), 0);
  });
});
