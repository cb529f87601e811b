// A static file server for browser tests that need their own copy of the site (tampered data, a
// hostile build): serves a folder as a static host would, on a free port of 127.0.0.1.
import { cp, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".arrow": "application/vnd.apache.arrow.file",
};

export interface StaticSite {
  /** The folder served (a copy: tests may tamper with it). */
  root: string;
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

/** Copies `source` (default dist/) to a temporary folder and serves the copy. */
export async function serveCopy(source = "dist"): Promise<StaticSite> {
  const root = await mkdtemp(join(tmpdir(), "filmoteca-site-"));
  await cp(source, root, { recursive: true });
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file = join(root, normalize(path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end(`${path} not found`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    root,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => (server as Server).close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}
