// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { addModulePreloads } from "./src/build-time/module-preload.ts";

// A static site: every page is prerendered, all data work happens at build time or in a Web Worker.
export default defineConfig({
  // The site's origin, for absolute hreflang alternates; the deploy sets it from GitHub Pages.
  site: process.env.SITE_URL || undefined,
  output: "static",
  trailingSlash: "ignore",
  i18n: {
    locales: ["es", "en"],
    defaultLocale: "es",
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    {
      name: "filmoteca:module-preload",
      hooks: {
        "astro:build:done": ({ dir }) => addModulePreloads(fileURLToPath(dir)),
      },
    },
  ],
  server: { host: "127.0.0.1", port: 4321 },
  vite: {
    // Never inline a script into the HTML: the Content-Security-Policy allows scripts from files only.
    build: { assetsInlineLimit: 0 },
    worker: { format: "es" },
  },
});
