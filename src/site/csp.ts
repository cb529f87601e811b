// The site's Content-Security-Policy, in one place: Base.astro puts it in a <meta> tag, and
// public/_headers repeats it (with the header-only directives) for hosts that set headers.
import { INLINE_SCRIPTS, scriptHash } from "./inline-scripts.ts";

/** Where film posters come from: the one origin besides our own the pages may load from. */
export const POSTER_ORIGIN = "https://image.tmdb.org";

/**
 * Directives the meta tag carries. No third-party script and no inline script but the few of
 * src/site/inline-scripts.ts, each allowed by its hash: scripts and the worker come from our
 * origin only. Styles may be inline (Astro inlines small stylesheets, charts carry style
 * attributes); CSS cannot run script.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  ["script-src 'self'", ...INLINE_SCRIPTS.map(scriptHash)].join(" "),
  "worker-src 'self'",
  "connect-src 'self'",
  `img-src 'self' ${POSTER_ORIGIN}`,
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives only an HTTP header can deliver (browsers ignore them in a meta tag, with a warning). */
export const CSP_HEADER_ONLY: readonly string[] = ["frame-ancestors 'none'"];

/** The policy as the meta tag's content. */
export const CSP_META = CSP_DIRECTIVES.join("; ");

/** The policy as a Content-Security-Policy header value. */
export const CSP_HEADER = [...CSP_DIRECTIVES, ...CSP_HEADER_ONLY].join("; ");
