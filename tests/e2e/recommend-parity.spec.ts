import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";

// The worker and the CLI run the same src/lib code over the same assets: they must agree exactly.
const TITLE = process.env.E2E_TITLE ?? "Toy Story";

interface Answer {
  id: number;
  items: { id: number; title: string }[];
}

function cli(...args: string[]): Answer {
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/recommend.ts", ...args], {
    encoding: "utf8",
  });
  return JSON.parse(out) as Answer;
}

test("the worker and the CLI return the same top 10 for the same film", async ({ page }) => {
  const expected = cli("--title", TITLE, "--k", "10");
  expect(expected.items).toHaveLength(10);
  await page.goto("/");
  await expect(page.locator("#search-form[data-ready=true]")).toBeAttached();
  // A second worker from the page's own worker script, spoken to in comlink's wire format, so the
  // test needs no hook in the page.
  const ids = await page.evaluate(async (id) => {
    const entry = performance
      .getEntriesByType("resource")
      .find((e) => e.name.includes("engine.worker"));
    if (!entry) throw new Error("the page loaded no engine worker");
    const worker = new Worker(entry.name, { type: "module" });
    let next = 0;
    const call = (method: string, ...args: unknown[]) =>
      new Promise<unknown>((resolve, reject) => {
        const callId = `parity-${next++}`;
        worker.addEventListener("message", function listen(event: MessageEvent) {
          if (event.data?.id !== callId) return;
          worker.removeEventListener("message", listen);
          if (event.data.type === "HANDLER") reject(new Error(JSON.stringify(event.data.value)));
          else resolve(event.data.value);
        });
        worker.postMessage({
          id: callId,
          type: "APPLY",
          path: [method],
          argumentList: args.map((value) => ({ type: "RAW", value })),
        });
      });
    await call("init", new URL("/data/", location.href).href);
    const items = (await call("recommendById", id, { k: 10 })) as { id: number }[];
    worker.terminate();
    return items.map((item) => item.id);
  }, expected.id);
  expect(ids).toEqual(expected.items.map((item) => item.id));
});
