// The worker takes the files the page has already fetched, once each; everything else (and a second
// read of the same file, as the retry after a redeploy makes) goes to the network.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seeded } from "../../../src/workers/fetch-bytes.ts";

describe("seeded", () => {
  it("answers a seeded file once from the seed, then from the network", async () => {
    const fetched: string[] = [];
    const network = async (file: string) => {
      fetched.push(file);
      return new Uint8Array([9]);
    };
    const fetchBytes = seeded(network, { "manifest.json": new Uint8Array([1, 2]) });
    assert.deepEqual([...(await fetchBytes("manifest.json"))], [1, 2]);
    assert.deepEqual(fetched, []);
    assert.deepEqual([...(await fetchBytes("manifest.json"))], [9]);
    assert.deepEqual([...(await fetchBytes("shards/cards.0123456789ab/3.bin"))], [9]);
    assert.deepEqual(fetched, ["manifest.json", "shards/cards.0123456789ab/3.bin"]);
  });

  it("is the network itself without a seed", async () => {
    const fetchBytes = seeded(async (file) => new TextEncoder().encode(file));
    assert.equal(new TextDecoder().decode(await fetchBytes("a.json")), "a.json");
  });
});
