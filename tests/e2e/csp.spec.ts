// The Content-Security-Policy holds: every built page carries it and no inline script but the hashed
// ones of src/site/inline-scripts.ts; the pages
// work under it without a single violation; and it really blocks a script injected into the page.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { CSP_META } from "../../src/site/csp.ts";
import { INLINE_SCRIPTS, scriptHash } from "../../src/site/inline-scripts.ts";

/** Pages to load under the policy, each with what shows it has started its worker and answered.
 *  Add new ones here, e.g. { path: "/pelicula/?id=862", ready: "body[data-ready=true]" }. */
const PAGES = [
  { path: "/", ready: "form[data-ready=true]" },
  { path: "/en/", ready: "form[data-ready=true]" },
  { path: "/?q=Toy%20Story", ready: "#results li" },
  // The browse index's inline script ran (allowed by its hash): it marked the page's mode.
  { path: "/explorar/", ready: "html[data-browse=index]" },
];

/** Collects `securitypolicyviolation` events and CSP console errors from the page and its workers. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    );
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
  ];
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.name.endsWith(".html")).map((e) => join(e.parentPath, e.name));
}

test.describe("the Content-Security-Policy", () => {
  test("is in every built page, which holds no inline script but the hashed ones, and no event-handler attribute", async () => {
    const files = await htmlFiles("dist");
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const html = await readFile(file, "utf8");
      expect(html, file).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`,
      );
      const inline = [...html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/gi)].filter(
        ([, attributes]) =>
          !/\bsrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes),
      );
      // Each inline script is one of src/site/inline-scripts.ts, which the policy allows by hash.
      for (const [tag, , text] of inline) {
        expect(INLINE_SCRIPTS, `${file}: ${tag}`).toContain(text);
        expect(CSP_META, file).toContain(scriptHash(text));
      }
      expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [], file).toEqual([]);
    }
  });

  for (const { path, ready } of PAGES) {
    test(`lets ${path} load, start its worker and answer with no violation`, async ({ page }) => {
      const violations = await recordViolations(page);
      await page.goto(path);
      await expect(page.locator(ready).first()).toBeAttached();
      expect(await violations()).toEqual([]);
    });
  }

  test("blocks a script injected into the page, and reports it", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("/");
    await expect(page.locator("form[data-ready=true]")).toBeAttached();
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      const external = document.createElement("script");
      external.src = "https://example.com/evil.js";
      document.body.append(external);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected ?? false;
    });
    expect(ran).toBe(false);
    expect(await violations()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src(-elem)? blocked inline/),
        expect.stringMatching(/^script-src(-elem)? blocked https:\/\/example\.com/),
      ]),
    );
  });
});
