import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { describe, it } from "node:test";
import { payloadBytes, readShard, shardText } from "../../../../src/lib/shards/shard-file.ts";
import { SCHEMA_VERSION } from "../../../../src/lib/schema.ts";

const address = { family: "cards", bucket: 3 };
const payload = { 862: { title: "Toy Story" } };
const shard = async (over: Partial<typeof address> = {}) =>
  new Uint8Array(gzipSync(await shardText({ ...address, ...over }, payloadBytes(payload))));

describe("a shard file", () => {
  it("reads back its payload", async () => {
    assert.deepEqual(await readShard("cards/3.bin", await shard(), address), payload);
  });
  it("is read as well when a host has inflated it already", async () => {
    const plain = await shardText(address, payloadBytes(payload));
    assert.deepEqual(await readShard("cards/3.bin", plain, address), payload);
  });
  it("starts with a header naming its schema version, family, bucket and payload sha256", async () => {
    const text = new TextDecoder().decode(await shardText(address, payloadBytes(payload)));
    const header = JSON.parse(text.slice(0, text.indexOf("\n")));
    assert.deepEqual(Object.keys(header), ["schemaVersion", "family", "bucket", "sha256"]);
    assert.equal(header.schemaVersion, SCHEMA_VERSION);
    assert.match(header.sha256, /^[0-9a-f]{64}$/);
  });
  it("refuses a payload whose bytes differ from its header's sha256", async () => {
    const plain = await shardText(address, payloadBytes(payload));
    plain[plain.length - 3] ^= 1; // "Toy Story" → "Toy Storx"-like: same size, other bytes
    await assert.rejects(
      readShard("cards/3.bin", plain, address),
      /sha256 [0-9a-f]{64}, its header says/,
    );
  });
  it("refuses a file cut short", async () => {
    const bytes = await shard();
    await assert.rejects(readShard("cards/3.bin", bytes.subarray(0, 40), address), {
      name: "AssetError",
      message: /^shard cards\/3\.bin is corrupt: /,
    });
  });
  it("refuses a shard of another bucket", async () => {
    await assert.rejects(readShard("cards/3.bin", await shard({ bucket: 4 }), address), {
      message: "shard cards/3.bin is bucket 4, expected 3: the file is misplaced",
    });
  });
  it("refuses another schema version", async () => {
    const text = new TextEncoder().encode(
      `{"schemaVersion":999,"family":"cards","bucket":3,"sha256":"x"}\n{}`,
    );
    await assert.rejects(readShard("cards/3.bin", text, address), {
      message: `shard cards/3.bin has schema version 999, expected ${SCHEMA_VERSION}: rebuild the data or reload the page`,
    });
  });
});
