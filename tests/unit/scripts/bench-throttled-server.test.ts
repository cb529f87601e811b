import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import {
  acceptsGzip,
  compressible,
  contentTypeOf,
  fileOf,
  rawOfPrefix,
  startThrottledServer,
  type ThrottledServer,
} from "../../../scripts/bench/throttled-server.ts";

describe("contentTypeOf(path) and compressible(type, gzipOctetStream)", () => {
  it("types files as a static host does, the data as octet-stream", () => {
    assert.equal(contentTypeOf("/_astro/a.js"), "text/javascript; charset=utf-8");
    assert.equal(contentTypeOf("/data/manifest.json"), "application/json; charset=utf-8");
    assert.equal(contentTypeOf("/index.html"), "text/html; charset=utf-8");
    assert.equal(contentTypeOf("/a.CSS"), "text/css; charset=utf-8");
    assert.equal(contentTypeOf("/favicon.svg"), "image/svg+xml");
    assert.equal(contentTypeOf("/data/films.abc.arrow"), "application/octet-stream");
    assert.equal(contentTypeOf("/data/x.bin"), "application/octet-stream");
    assert.equal(contentTypeOf("/_headers"), "application/octet-stream");
  });
  it("compresses text, JSON and SVG, octet-stream only when told to, never images", () => {
    for (const path of ["/a.html", "/a.js", "/a.css", "/a.json", "/a.svg"])
      assert.equal(compressible(contentTypeOf(path), false), true, path);
    assert.equal(compressible("application/octet-stream", true), true);
    assert.equal(compressible("application/octet-stream", false), false);
    assert.equal(compressible("image/png", true), false);
  });
});

describe("acceptsGzip(header)", () => {
  it("reads Accept-Encoding as browsers send it", () => {
    assert.equal(acceptsGzip("gzip, deflate, br, zstd"), true);
    assert.equal(acceptsGzip("br;q=1.0, GZIP;q=0.5"), true);
    assert.equal(acceptsGzip("*"), true);
    assert.equal(acceptsGzip("br"), false);
    assert.equal(acceptsGzip("gzip;q=0"), false);
    assert.equal(acceptsGzip("identity"), false);
    assert.equal(acceptsGzip(undefined), false);
  });
});

describe("fileOf(root, urlPath)", () => {
  it("maps a URL path into the root and refuses one that leaves it", () => {
    assert.equal(fileOf("/site", "/a/b.js"), "/site/a/b.js");
    assert.equal(fileOf("/site", "/"), "/site");
    assert.equal(fileOf("/site", "/caf%C3%A9.html"), "/site/café.html");
    assert.equal(fileOf("/site", "/../etc/passwd"), null);
    assert.equal(fileOf("/site", "/%2e%2e/etc/passwd"), null);
    assert.equal(fileOf("/site", "/..%2fsite2/x"), null);
    assert.equal(fileOf("/site", "/bad%zz"), null);
  });
});

describe("rawOfPrefix(gzipBody, bytes)", () => {
  it("says how many raw bytes the first bytes of a gzip body decode to", () => {
    const raw = Buffer.from(Array.from({ length: 50_000 }, (_, i) => String(i)).join(","));
    const body = gzipSync(raw, { level: 6 });
    assert.equal(rawOfPrefix(body, body.length), raw.length);
    const half = rawOfPrefix(body, Math.floor(body.length / 2));
    assert.ok(half > 0 && half < raw.length, String(half));
    assert.equal(rawOfPrefix(body, 5), 0);
  });
});

/** A GET that keeps the body as sent (no decoding), to compare with the server's counters. */
function get(url: string, encoding = "gzip") {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers: { "accept-encoding": encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on("error", reject)
        .end();
    },
  );
}

describe("startThrottledServer(options)", () => {
  // A link too fast to notice and no wait: these tests check what is sent and counted, not when.
  const link = { bytesPerSecond: 1e12, latencyMs: 0 };
  const html = "<!doctype html><title>x</title>" + "<p>filmoteca</p>".repeat(500);
  const data = Buffer.from("arrow-ish bytes ".repeat(2_000));
  let root: string;
  let server: ThrottledServer;
  let plain: ThrottledServer;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), "filmoteca-throttled-"));
    mkdirSync(join(root, "pelicula"));
    mkdirSync(join(root, "data"));
    writeFileSync(join(root, "index.html"), html);
    writeFileSync(join(root, "pelicula", "index.html"), html);
    writeFileSync(join(root, "data", "films.abc.arrow"), data);
    writeFileSync(join(root, "favicon.png"), Buffer.alloc(300, 7));
    server = await startThrottledServer({ root, link });
    plain = await startThrottledServer({ root, link, gzipOctetStream: false });
  });
  after(async () => {
    await server.close();
    await plain.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("listens on the loopback only", () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });
  it("answers a folder with its index.html, gzipped when asked, and counts both sizes", async () => {
    server.reset();
    const res = await get(`${server.url}/pelicula/?id=862`);
    assert.equal(res.status, 200);
    assert.equal(res.headers["content-type"], "text/html; charset=utf-8");
    assert.equal(res.headers["content-encoding"], "gzip");
    assert.equal(res.headers["content-length"], String(res.body.length));
    assert.equal(res.body.length, gzipSync(html, { level: 6 }).length);
    const traffic = server.traffic();
    assert.deepEqual(traffic.responses, [
      {
        path: "/pelicula/?id=862",
        status: 200,
        contentType: "text/html; charset=utf-8",
        gzip: true,
        wireBytes: res.body.length,
        rawBytes: html.length,
        complete: true,
      },
    ]);
    assert.equal(traffic.wireBytes, res.body.length);
    assert.equal(traffic.rawBytes, html.length);
    assert.equal(traffic.incomplete, 0);
  });
  it("sends the body as it is to a browser that does not take gzip", async () => {
    server.reset();
    const res = await get(`${server.url}/`, "identity");
    assert.equal(res.headers["content-encoding"], undefined);
    assert.equal(res.body.toString(), html);
    assert.equal(server.traffic().wireBytes, html.length);
  });
  it("gzips octet-stream by default, and not when switched off", async () => {
    server.reset();
    plain.reset();
    const packed = await get(`${server.url}/data/films.abc.arrow`);
    const unpacked = await get(`${plain.url}/data/films.abc.arrow`);
    assert.equal(packed.headers["content-type"], "application/octet-stream");
    assert.equal(packed.headers["content-encoding"], "gzip");
    assert.ok(packed.body.length < data.length);
    assert.equal(unpacked.headers["content-encoding"], undefined);
    assert.deepEqual(unpacked.body, data);
    assert.equal(server.traffic().rawBytes, data.length);
    assert.equal(plain.traffic().wireBytes, data.length);
  });
  it("never gzips an image", async () => {
    const res = await get(`${server.url}/favicon.png`);
    assert.equal(res.headers["content-type"], "image/png");
    assert.equal(res.headers["content-encoding"], undefined);
  });
  it("answers 404 for a missing file and for a path out of the root", async () => {
    assert.equal((await get(`${server.url}/nope.js`)).status, 404);
    assert.equal((await get(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status, 404);
  });
  it("counts each visit alone: reset forgets what came before", async () => {
    await get(`${server.url}/`);
    server.reset();
    assert.deepEqual(server.traffic(), { wireBytes: 0, rawBytes: 0, incomplete: 0, responses: [] });
    await get(`${server.url}/data/films.abc.arrow`);
    await get(`${server.url}/`);
    assert.deepEqual(
      server.traffic().responses.map((r) => r.path),
      ["/data/films.abc.arrow", "/"],
    );
  });
  it("gzips the compressible files ahead when warmed", async () => {
    // index.html twice, the .arrow (octet-stream); not the image.
    assert.equal(await server.warm(), 3);
    assert.equal(await plain.warm(), 2);
  });
});
