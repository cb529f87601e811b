// What the XSS tests inject and how they tell that nothing ran: payloads, a dialog recorder, and a
// scan of the live DOM for elements or attributes a payload would have created.
import { expect, type Page } from "@playwright/test";

/** Each payload calls alert() with its own marker if it ever runs. */
export const PAYLOADS = {
  script: `<script>alert("xss-script")</script>`,
  img: `<img src=x onerror=alert("xss-img")>`,
  javascript: `javascript:alert("xss-javascript")`,
  svg: `"><svg onload=alert("xss-svg")>`,
  quote: `'-alert("xss-quote")-'`,
} as const;

/** Records every dialog the page opens (and dismisses it, so the page goes on). */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Fails when the DOM holds an inline script, an event-handler attribute or a javascript: link. */
export async function expectNoInjectedMarkup(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    inlineScripts: [...document.querySelectorAll("script:not([src])")].map((s) => s.outerHTML),
    handlers: [...document.querySelectorAll("*")]
      .filter((e) => [...e.attributes].some((a) => a.name.startsWith("on")))
      .map((e) => e.outerHTML.slice(0, 120)),
    javascriptLinks: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")]
      .filter((a) => a.protocol === "javascript:")
      .map((a) => a.href),
    imgX: document.querySelectorAll('img[src="x"]').length,
  }));
  expect(found).toEqual({ inlineScripts: [], handlers: [], javascriptLinks: [], imgX: 0 });
}

/** True when `text` is on the page as text (in the body's text or as an input's value). */
export async function showsLiterally(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (t) =>
      document.body.innerText.includes(t) ||
      [...document.querySelectorAll("input")].some((i) => i.value === t),
    text,
  );
}
