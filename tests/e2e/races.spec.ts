// Impatient users: typing fast sends a request per keystroke; the worker is slowed down (test-only
// hook, src/workers/test-delay.ts) so early answers come back last. None may replace a newer one.
import { expect, test } from "@playwright/test";
import type { TestDelayStats, TestDelays } from "../../src/workers/test-delay.ts";

const TYPED = "toy sto";
// Earlier prefixes answer later: "t" comes back last of all, long after "toy sto".
const DELAYS: TestDelays = {
  search: { t: 1800, to: 1500, toy: 1200, "toy ": 900, "toy s": 600 },
};

test("a stale suggestion list never replaces the one for the newest text", async ({ page }) => {
  await page.addInitScript((delays) => {
    (globalThis as Record<string, unknown>).__FILMOTECA_TEST_DELAYS__ = delays;
  }, DELAYS);
  await page.goto("/");
  await expect(page.locator("form[data-ready=true]")).toBeAttached();
  const box = page.getByRole("combobox").first();
  // Slower than the combobox's debounce, so every prefix is asked for.
  await box.pressSequentially(TYPED, { delay: 120 });
  const options = page.getByRole("option");
  await expect(options.first()).toContainText("Toy Story");
  const newest = await options.allTextContents();

  // Let every held answer arrive, then look again.
  const worker = page.workers()[0];
  await expect
    .poll(() =>
      worker.evaluate(
        () =>
          (globalThis as unknown as { __FILMOTECA_TEST_DELAY_STATS__: TestDelayStats })
            .__FILMOTECA_TEST_DELAY_STATS__,
      ),
    )
    .toEqual({ held: 5, released: 5 });
  await page.waitForTimeout(100); // one more turn for a stale answer to be (wrongly) drawn
  expect(await options.allTextContents()).toEqual(newest);
  await expect(box).toHaveValue(TYPED);
});
