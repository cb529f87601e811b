// What a page fetches, for the browser tests that count requests.
import type { Page } from "@playwright/test";

/** The data files the page asks for from now on, as paths under /data/, in order. */
export function dataRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes("/data/")) asked.push(path.slice(path.indexOf("/data/") + 6));
  });
  return asked;
}

/** The shard family of a requested path ("shards/lists.0123…/7.bin" → "lists"), else the path. */
export const familyOf = (path: string) =>
  path.match(/^shards\/([a-z_.]+)\.[0-9a-f]{12}\//)?.[1] ?? path;
