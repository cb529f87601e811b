import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { latestOnly, STALE } from "../../../src/client/latest-only.ts";

/** A promise and the functions that settle it, for answers that arrive in a chosen order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Two calls of a wrapped function whose answers the test settles, in the order it likes. */
function twoCalls() {
  const answers = [deferred<string>(), deferred<string>()];
  let i = 0;
  const ask = latestOnly(() => answers[i++].promise);
  return { answers, first: ask(), second: ask() };
}

describe("latestOnly(fn)", () => {
  it("passes the arguments through and resolves to the answer of a lone call", async () => {
    const double = latestOnly(async (n: number) => n * 2);
    assert.equal(await double(21), 42);
  });
  it("resolves an overtaken call to STALE even when its answer arrives last", async () => {
    const { answers, first, second } = twoCalls();
    answers[1].resolve("new");
    answers[0].resolve("old");
    assert.equal(await second, "new");
    assert.equal(await first, STALE);
  });
  it("rejects with the latest call's error, and drops a stale one's", async () => {
    const { answers, first, second } = twoCalls();
    answers[0].reject(new Error("old failure"));
    answers[1].reject(new Error("new failure"));
    assert.equal(await first, STALE);
    await assert.rejects(second, { message: "new failure" });
  });
  it("makes pending calls stale on cancel(), and later calls count again", async () => {
    const ask = latestOnly(async (text: string) => text);
    const pending = ask("a");
    ask.cancel();
    assert.equal(await pending, STALE);
    assert.equal(await ask("b"), "b");
  });
  it("accepts a function that answers synchronously", async () => {
    const ask = latestOnly((n: number) => n + 1);
    assert.equal(await ask(1), 2);
  });
});
