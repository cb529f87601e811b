import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { consoleEffects } from "../../../build-data/progress.ts";

describe("consoleEffects(options)", () => {
  it("writes one plain line per stage when not on a terminal", () => {
    const lines: string[] = [];
    const effects = consoleEffects({ tty: false, write: (l) => lines.push(l) });
    const stage = effects.stage("credits.csv", 188_200_000, "bytes");
    stage.update(100_000_000);
    stage.update(188_200_000);
    stage.stop();
    effects.stage("clean", 46036, "records").stop();
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^credits\.csv: 188\.2 MB in \d+\.\d s$/);
    assert.match(lines[1], /^clean: 46,036 records in \d+\.\d s$/);
  });

  it("writes nothing with quiet, not even the log", () => {
    const lines: string[] = [];
    const effects = consoleEffects({ quiet: true, tty: false, write: (l) => lines.push(l) });
    effects.log("hello");
    effects.stage("write", 4, "assets").stop();
    assert.deepEqual(lines, []);
  });
});
