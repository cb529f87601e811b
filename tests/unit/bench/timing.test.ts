import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  clockResolution,
  percentile,
  sampleIndices,
  seededRandom,
  summarize,
  timeCalls,
} from "../../../src/bench/timing.ts";

describe("percentile(values, p)", () => {
  it("interpolates between closest ranks: p50 of 1, 2, 3, 4 is 2.5", () => {
    assert.equal(percentile([4, 1, 3, 2], 50), 2.5);
  });
  it("gives the middle value for an odd count: p50 of 5, 1, 9 is 5", () => {
    assert.equal(percentile([5, 1, 9], 50), 5);
  });
  it("puts p95 of 1..20 at rank 18.05, i.e. 19.05", () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    assert.ok(Math.abs(percentile(values, 95) - 19.05) < 1e-12);
  });
  it("returns the minimum at p0 and the maximum at p100", () => {
    assert.equal(percentile([3, 7, 5], 0), 3);
    assert.equal(percentile([3, 7, 5], 100), 7);
  });
  it("returns the only value of a one-element list for any p", () => {
    assert.equal(percentile([42], 95), 42);
  });
  it("sorts numerically, not as text (10 after 9)", () => {
    assert.equal(percentile([10, 9, 2], 100), 10);
    assert.equal(percentile([10, 9, 2], 50), 9);
  });
  it("refuses an empty list and a p outside 0–100", () => {
    assert.throws(() => percentile([], 50), {
      name: "RangeError",
      message: "percentile of an empty list is undefined",
    });
    assert.throws(() => percentile([1], 101), {
      message: "invalid percentile 101: expected 0 to 100",
    });
    assert.throws(() => percentile([1], Number.NaN), {
      message: "invalid percentile NaN: expected 0 to 100",
    });
  });
});

describe("summarize(durations)", () => {
  it("reports calls, p50, p95, mean, min and max of 1..10", () => {
    const s = summarize([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    assert.equal(s.calls, 10);
    assert.equal(s.p50, 5.5);
    assert.ok(Math.abs(s.p95 - 9.55) < 1e-12);
    assert.equal(s.mean, 5.5);
    assert.equal(s.min, 1);
    assert.equal(s.max, 10);
  });
  it("refuses zero durations", () => {
    assert.throws(() => summarize([]), { message: "cannot summarise zero durations" });
  });
});

describe("timeCalls(fn, inputs, options)", () => {
  it("times one call per input with the injected clock, after the warm-up", async () => {
    let clock = 0;
    const seen: number[] = [];
    // Each call advances the clock by its input, so the durations are the inputs.
    const fn = (x: number) => {
      seen.push(x);
      clock += x;
    };
    const durations = await timeCalls(fn, [3, 1, 2], { warmup: 4, now: () => clock });
    assert.deepEqual([...durations], [3, 1, 2]);
    assert.deepEqual(seen, [3, 1, 2, 3, 3, 1, 2], "4 warm-up calls cycle over the inputs");
  });
  it("awaits async functions so their time is counted", async () => {
    let clock = 0;
    const fn = async (x: number) => {
      await Promise.resolve();
      clock += x;
    };
    const durations = await timeCalls(fn, [5, 7], { warmup: 0, now: () => clock });
    assert.deepEqual([...durations], [5, 7]);
  });
  it("refuses an empty input list", async () => {
    await assert.rejects(
      timeCalls(() => 0, []),
      {
        message: "timeCalls needs at least one input, got none",
      },
    );
  });
});

describe("seededRandom(seed) and sampleIndices(size, count, seed)", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    assert.deepEqual([b(), b(), b()], first);
    assert.notDeepEqual([c(), c(), c()], first);
    assert.ok(first.every((x) => x >= 0 && x < 1));
  });
  it("draws indices inside [0, size) and covers a small range", () => {
    const sample = sampleIndices(5, 1000, 7);
    assert.equal(sample.length, 1000);
    assert.deepEqual([...new Set(sample)].sort(), [0, 1, 2, 3, 4]);
  });
  it("refuses an empty range", () => {
    assert.throws(() => sampleIndices(0, 3, 1), {
      message: "cannot sample from 0 items: expected at least one",
    });
  });
});

describe("clockResolution(now, tries)", () => {
  it("finds the smallest step of a clock that ticks by 0.1 ms every third reading", () => {
    let reads = 0;
    const now = () => Math.floor(reads++ / 3) * 0.1;
    assert.ok(Math.abs(clockResolution(now, 5) - 0.1) < 1e-12);
  });
});
