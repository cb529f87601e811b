// The performance page's controller: the in-browser benchmark for `npm run bench` and the
// "measure in your browser" button, which times the bench's number of recommendations in this visitor's worker.
import { BENCH_DEFAULTS } from "../bench/defaults.ts";
import { formatFixed } from "../lib/numbers.ts";
import { installBenchHarness, runInWorker } from "./bench-harness.ts";
import { pageLang } from "./render.ts";

/** Starts the performance page inside `root` (the page's main element). */
export function startPerformancePage(root: HTMLElement): void {
  installBenchHarness();
  const button = root.querySelector<HTMLButtonElement>("#bench-try")!;
  const out = root.querySelector<HTMLElement>("#bench-try-result")!;
  const detail = root.querySelector<HTMLDetailsElement>("#bench-try-detail")!;
  const text = button.dataset.result!;
  const lang = pageLang();
  const ms = (v: number) => formatFixed(lang, v, 3);
  button.addEventListener("click", async () => {
    button.disabled = true;
    out.textContent = button.dataset.trying!;
    detail.hidden = true;
    try {
      const r = await runInWorker({
        method: "recommendById",
        calls: BENCH_DEFAULTS.calls,
        seed: BENCH_DEFAULTS.seed,
      });
      out.textContent = text.replace("{p50}", ms(r.p50)).replace("{p95}", ms(r.p95));
    } catch (error) {
      // The sentence in the page's language; the engine's own words (English) as the detail.
      out.textContent = button.dataset.error!;
      detail.querySelector("pre")!.textContent = String((error as Error)?.message ?? error);
      detail.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
}
