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
  it("times 3 cold visits of each kind, 240 s each, on a free port, gzipping the data", () => {
    const args = parseBenchArgs([]);
    assert.equal(args.coldRuns, 3);
    assert.equal(args.coldTimeoutS, 240);
    assert.equal(args.coldPort, 0);
    assert.equal(args.octetGzip, true);
    assert.equal(parseBenchArgs(["--no-octet-gzip"]).octetGzip, false);
    assert.equal(parseBenchArgs(["--cold-port", "4418", "--cold-runs", "1"]).coldPort, 4418);
    assert.throws(() => parseBenchArgs(["--cold-port", "70000"]), {
      name: "ArgsError",
      message: 'invalid --cold-port "70000": expected a port from 0 (any free one) to 65535',
    });
    assert.throws(() => parseBenchArgs(["--cold-runs", "0"]), { name: "ArgsError" });
  });
});
