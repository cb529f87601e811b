import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_SCALE, parseBenchArgs } from "../../../scripts/bench/args.ts";

describe("parseBenchArgs(argv)", () => {
  it("defaults to the vega data, 1,000 recommendation and 200 query calls, no scale", () => {
    const args = parseBenchArgs([]);
    assert.equal(args.input, null);
    assert.equal(args.calls, 1000);
    assert.equal(args.queryCalls, 200);
    assert.deepEqual(args.scale, []);
    assert.equal(args.port, 4417);
    assert.equal(args.timeoutMin, 20);
  });
  it("reads a bare --scale as the default sizes, even before another flag", () => {
    assert.deepEqual(parseBenchArgs(["--scale"]).scale, DEFAULT_SCALE);
    assert.deepEqual(parseBenchArgs(["--scale", "--json"]).scale, [10000, 50000, 200000, 1000000]);
  });
  it("reads a list of sizes", () => {
    const args = parseBenchArgs(["--json", "--input", "data", "--scale", "50000,1_000"]);
    assert.deepEqual(args.scale, [50000, 1000]);
    assert.equal(args.input, "data");
    assert.equal(args.json, true);
  });
  it("names a bad size and an unknown flag", () => {
    assert.throws(() => parseBenchArgs(["--scale", "10k"]), {
      name: "ArgsError",
      message: 'invalid --scale "10k": expected a positive whole number',
    });
    assert.throws(() => parseBenchArgs(["--fast"]), { code: "ERR_PARSE_ARGS_UNKNOWN_OPTION" });
  });
});
