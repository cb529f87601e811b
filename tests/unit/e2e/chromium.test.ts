import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chromiumExecutable, DEBIAN_CHROMIUM } from "../../../scripts/lib/chromium.ts";

const none = () => {
  throw new Error("no bundled browser");
};

describe("chromiumExecutable()", () => {
  it("prefers CHROMIUM_PATH", () => {
    assert.equal(
      chromiumExecutable({ envPath: "/opt/c", exists: () => true, bundledPath: none }),
      "/opt/c",
    );
  });
  it("names a CHROMIUM_PATH that points nowhere", () => {
    assert.throws(
      () => chromiumExecutable({ envPath: "/opt/c", exists: () => false, bundledPath: none }),
      {
        message:
          "CHROMIUM_PATH is /opt/c, but no file is there: point it at a Chromium executable.",
      },
    );
  });
  it("falls back to Debian's chromium", () => {
    const exists = (p: string) => p === DEBIAN_CHROMIUM;
    assert.equal(
      chromiumExecutable({ envPath: undefined, exists, bundledPath: none }),
      DEBIAN_CHROMIUM,
    );
  });
  it("uses Playwright's own browser when it has one", () => {
    const exists = (p: string) => p === "/pw/chrome";
    assert.equal(
      chromiumExecutable({ envPath: undefined, exists, bundledPath: () => "/pw/chrome" }),
      undefined,
    );
  });
  it("says in one sentence how to get a Chromium when there is none", () => {
    assert.throws(
      () => chromiumExecutable({ envPath: undefined, exists: () => false, bundledPath: none }),
      {
        message:
          "No Chromium found: install one with `apt-get install chromium` or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.",
      },
    );
  });
});
