import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withTestDelays } from "../../../src/workers/test-delay.ts";

const api = {
  async echo(text: string) {
    return text;
  },
};

describe("withTestDelays(api)", () => {
  it("passes every call straight through until a test arms it", async () => {
    const braked = withTestDelays(api);
    // Unarmed, the answer comes within the same turn: before any timer can fire.
    const timer = new Promise((resolve) => setTimeout(() => resolve("a timer"), 0));
    assert.equal(await Promise.race([braked.echo("t"), timer]), "t");
  });

  it("holds the armed calls so that an earlier call answers after a later one", async () => {
    const braked = withTestDelays(api);
    await braked.setTestDelays({ echo: { t: 120 } });
    const order: string[] = [];
    await Promise.all([
      braked.echo("t").then((v) => order.push(v)),
      braked.echo("toy").then((v) => order.push(v)),
    ]);
    assert.deepEqual(order, ["toy", "t"]);
    assert.deepEqual((globalThis as Record<string, unknown>).__FILMOTECA_TEST_DELAY_STATS__, {
      held: 1,
      released: 1,
    });
  });
});
