// A browser test that skips says why (the skip-reasons reporter prints it at the end of the run):
// every `test.skip(condition, reason)` in tests/e2e passes its reason as a string.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";

const DIR = "tests/e2e";

/** The argument text of every `test.skip(…)` / `test.fixme(…)` call in `text`. */
function skipCalls(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\btest\.(?:skip|fixme)\(/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++)
      if (text[i] === "(") depth++;
      else if (text[i] === ")") depth--;
    out.push(text.slice(start, i - 1));
  }
  return out;
}

/** Whether the arguments end with a string literal after a top-level comma. */
const hasReason = (args: string) => /,\s*(["'`])[^]*\1\s*,?\s*$/.test(args);

describe("the browser tests' skips", () => {
  it("each give a reason", () => {
    const bare: string[] = [];
    let calls = 0;
    for (const name of readdirSync(DIR).filter((n) => n.endsWith(".spec.ts")))
      for (const args of skipCalls(readFileSync(join(DIR, name), "utf8"))) {
        calls++;
        if (!hasReason(args)) bare.push(`${name}: test.skip(${args})`);
      }
    assert.ok(calls > 0, "the skips were found");
    assert.deepEqual(bare, []);
  });
});
