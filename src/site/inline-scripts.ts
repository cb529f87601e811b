// The site's only inline scripts, each allowed by its hash in the Content-Security-Policy
// (src/site/csp.ts): what must run before the first paint, where an external script would cost
// a round trip on a phone link.
import { createHash } from "node:crypto";
import { FACET_PARAM } from "../client/browse-params.ts";

const facetParams = [
  ...new Set(Object.values(FACET_PARAM).flatMap((words) => Object.values(words))),
];

/**
 * The browse page's mode on `<html data-browse>` before it paints: "facet" when the address names
 * a facet's value (either language's word), else "index", where the page's CSS hides the results'
 * skeleton at once, so the genres and decades below it never jump up when the script starts.
 */
export const BROWSE_MODE_SCRIPT = `document.documentElement.dataset.browse=[${facetParams
  .map((p) => JSON.stringify(p))
  .join(
    ",",
  )}].some(function(p){return(new URLSearchParams(location.search).get(p)||"").trim()})?"facet":"index"`;

/** A script's CSP source expression: 'sha256-<base64 of its text's digest>'. */
export const scriptHash = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Every inline script of the site, by the hash the CSP allows. */
export const INLINE_SCRIPTS: readonly string[] = [BROWSE_MODE_SCRIPT];
