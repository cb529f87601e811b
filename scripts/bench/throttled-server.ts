// A static host over a built site (dist/) behind an emulated phone link, for the bench's cold
// visits: it answers as a static host does (content types, a folder's index.html, 404), gzips
// what a host compresses when the browser asks for it, holds every response 150 ms before its
// first byte and sends every body through ONE token bucket, so parallel requests (the page's and
// its worker's alike) split the link. It counts what each visit carried: the bytes on the wire
// (after gzip) and the raw bytes they stand for, per response. Loopback only.
import { readFile, readdir, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { constants, gunzipSync, gzip } from "node:zlib";
import { promisify } from "node:util";
import { BURST_BYTES, CHUNK_BYTES, PHONE_LINK, TokenBucket, type LinkSpec } from "./link.ts";
import { GZIP_LEVEL } from "../../src/bench/defaults.ts";

const gzipAsync = promisify(gzip);

export const OCTET_STREAM = "application/octet-stream";

/** Content types by extension, as static hosts send them; anything else is octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".webmanifest": "application/manifest+json",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".arrow": OCTET_STREAM,
  ".bin": OCTET_STREAM,
};

/** The media types a host compresses (before any parameter such as charset). */
const COMPRESSIBLE = new Set([
  "text/html",
  "text/javascript",
  "text/css",
  "text/plain",
  "application/json",
  "application/xml",
  "application/manifest+json",
  "image/svg+xml",
]);

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? OCTET_STREAM;
}

/** Whether a host gzips this type; octet-stream only when it is set to (many hosts do not). */
export function compressible(contentType: string, gzipOctetStream: boolean): boolean {
  const type = contentType.split(";")[0].trim();
  return COMPRESSIBLE.has(type) || (gzipOctetStream && type === OCTET_STREAM);
}

/** Whether an Accept-Encoding header admits gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (name !== "gzip" && name !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The file a URL path names under `root`, or null when it would leave the root. */
export function fileOf(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = resolve(root, `.${path.startsWith("/") ? path : `/${path}`}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** One response of a visit. */
export interface ResponseRecord {
  /** The URL path asked for, query string included. */
  path: string;
  status: number;
  contentType: string;
  gzip: boolean;
  /** Body bytes sent on the wire so far (after gzip; headers not counted). */
  wireBytes: number;
  /** Uncompressed bytes those stand for (for a body cut short, what its sent part decodes to). */
  rawBytes: number;
  /** The whole body was sent. */
  complete: boolean;
}

/** What the link carried since the last reset. */
export interface Traffic {
  wireBytes: number;
  rawBytes: number;
  /** Responses not yet (or never) sent in full. */
  incomplete: number;
  responses: ResponseRecord[];
}

/** Options of {@link startThrottledServer}. */
export interface ThrottledServerOptions {
  /** The built site to serve (e.g. dist/). */
  root: string;
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Default {@link PHONE_LINK}: 200,000 bytes/s shared, 150 ms per request. */
  link?: LinkSpec;
  /** Gzip application/octet-stream (the .arrow data) too. Default true. */
  gzipOctetStream?: boolean;
}

export interface ThrottledServer {
  /** e.g. http://127.0.0.1:4418 */
  url: string;
  readonly options: Required<Omit<ThrottledServerOptions, "port">>;
  /** What was carried since the last reset. */
  traffic(): Traffic;
  /** Starts counting afresh (a new visit); responses of earlier visits no longer count. */
  reset(): void;
  /**
   * Gzips every compressible file under the root now, so no visit waits for the compression (a
   * host serves its compressed files from a cache). Returns how many files. Call again after the
   * files change; a file that changed since is compressed again when asked for.
   */
  warm(): Promise<number>;
  close(): Promise<void>;
}

/** A response as the visit's counters hold it (the gzip body kept to decode a cut-short one). */
interface Sending {
  record: ResponseRecord;
  body: Buffer;
  rawTotal: number;
}

/** Decodes what a cut-short gzip body's first `bytes` stand for. */
export function rawOfPrefix(body: Buffer, bytes: number): number {
  if (bytes < 10) return 0;
  try {
    return gunzipSync(body.subarray(0, bytes), { finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch {
    return 0;
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]),
    ),
  );
  return nested.flat();
}

const sleep = (ms: number) =>
  new Promise<void>((done) => (ms > 0 ? setTimeout(done, ms) : setImmediate(done)));

export async function startThrottledServer(
  options: ThrottledServerOptions,
): Promise<ThrottledServer> {
  const root = resolve(options.root);
  if (!(await stat(root).catch(() => null))?.isDirectory())
    throw new Error(`${root} is not a folder: build the site first (npm run build)`);
  const settings = {
    root,
    link: options.link ?? PHONE_LINK,
    gzipOctetStream: options.gzipOctetStream ?? true,
  };
  const bucket = new TokenBucket(settings.link.bytesPerSecond, BURST_BYTES, performance.now());
  /** Gzipped files by path, valid while the file's size and mtime are the ones recorded. */
  const gzipped = new Map<string, { mtimeMs: number; size: number; body: Promise<Buffer> }>();
  let visit: Sending[] = [];

  const gzipOf = (file: string, mtimeMs: number, size: number): Promise<Buffer> => {
    const cached = gzipped.get(file);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.body;
    const body = readFile(file).then((raw) => gzipAsync(raw, { level: GZIP_LEVEL }));
    gzipped.set(file, { mtimeMs, size, body });
    body.catch(() => gzipped.delete(file));
    return body;
  };

  /** The body, its headers and its raw size for a request path (a 404 when there is no file). */
  async function answer(urlPath: string, wantsGzip: boolean) {
    let file = fileOf(root, urlPath);
    let info = file ? await stat(file).catch(() => null) : null;
    if (file && info?.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file).catch(() => null);
    }
    if (!file || !info?.isFile()) {
      const body = Buffer.from(`${urlPath} not found\n`);
      return { status: 404, contentType: "text/plain; charset=utf-8", body, raw: body.length };
    }
    const contentType = contentTypeOf(file);
    if (wantsGzip && compressible(contentType, settings.gzipOctetStream)) {
      const body = await gzipOf(file, info.mtimeMs, info.size);
      return { status: 200, contentType, body, raw: info.size, gzip: true };
    }
    return { status: 200, contentType, body: await readFile(file), raw: info.size };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const arrived = performance.now();
    const counted = visit;
    const url = request.url ?? "/";
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const result = await answer(
      new URL(url, "http://x").pathname,
      acceptsGzip(request.headers["accept-encoding"]),
    );
    const record: ResponseRecord = {
      path: url,
      status: result.status,
      contentType: result.contentType,
      gzip: !!result.gzip,
      wireBytes: 0,
      rawBytes: 0,
      complete: false,
    };
    let gone = false;
    response.once("close", () => (gone = true));
    const head = request.method === "HEAD";
    const sending: Sending = { record, body: result.body, rawTotal: head ? 0 : result.raw };
    counted.push(sending);
    await sleep(settings.link.latencyMs - (performance.now() - arrived));
    if (gone) return;
    response.writeHead(result.status, {
      "content-type": result.contentType,
      "content-length": String(result.body.length),
      "cache-control": "no-store",
      vary: "Accept-Encoding",
      ...(result.gzip ? { "content-encoding": "gzip" } : {}),
    });
    if (!head)
      for (let sent = 0; sent < result.body.length; sent += CHUNK_BYTES) {
        const chunk = result.body.subarray(sent, sent + CHUNK_BYTES);
        await sleep(bucket.take(chunk.length, performance.now()));
        if (gone) return;
        const flushed = response.write(chunk);
        record.wireBytes += chunk.length;
        if (!flushed)
          await new Promise((done) => {
            response.once("drain", done);
            response.once("close", done);
          });
      }
    record.complete = true;
    record.rawBytes = sending.rawTotal;
    response.end();
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent)
        response.writeHead(500, { "content-type": "text/plain" }).end(error.message);
      else response.destroy(error);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    options: settings,
    traffic() {
      const responses = visit.map(({ record, body, rawTotal }) => ({
        ...record,
        rawBytes: record.complete
          ? rawTotal
          : record.gzip
            ? rawOfPrefix(body, record.wireBytes)
            : record.wireBytes,
      }));
      return {
        wireBytes: responses.reduce((s, r) => s + r.wireBytes, 0),
        rawBytes: responses.reduce((s, r) => s + r.rawBytes, 0),
        incomplete: responses.filter((r) => !r.complete).length,
        responses,
      };
    },
    reset() {
      visit = [];
    },
    async warm() {
      const files = await filesUnder(root);
      // Files of an earlier build (a swapped data folder) leave the cache.
      const present = new Set(files);
      for (const file of gzipped.keys()) if (!present.has(file)) gzipped.delete(file);
      let count = 0;
      for (const file of files) {
        if (!compressible(contentTypeOf(file), settings.gzipOctetStream)) continue;
        const info = await stat(file);
        await gzipOf(file, info.mtimeMs, info.size);
        count++;
      }
      return count;
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
