// A Playwright reporter that ends the run with every skipped test and the reason it gave (the list
// reporter shows a skip as a bare dash): a suite that did not run says why, e.g. "runs on the real
// data build in .ci/run".
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class SkipReasons implements Reporter {
  private readonly lines: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== "skipped") return;
    const reasons = [...test.annotations, ...result.annotations]
      .filter((a) => a.type === "skip" || a.type === "fixme")
      .map((a) => a.description)
      .filter((d): d is string => Boolean(d));
    const why = [...new Set(reasons)].join("; ") || "no reason given";
    this.lines.push(`  - ${test.titlePath().filter(Boolean).join(" › ")}: ${why}`);
  }

  onEnd(): void {
    if (this.lines.length)
      console.log(`\nSkipped (${this.lines.length}):\n${this.lines.join("\n")}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
