import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as Plot from "@observablehq/plot";
import { renderChart } from "../../../src/charts/ssr.ts";

describe("renderChart(options)", () => {
  const chart = () =>
    renderChart({
      ariaLabel: "Films per year",
      ariaDescription: "Three bars, one per year.",
      marks: [
        Plot.barY(
          [
            { y: 1995, n: 2 },
            { y: 1996, n: 5 },
            { y: 1997, n: 1 },
          ],
          { x: "y", y: "n" },
        ),
      ],
    });
  it("draws one rect per datum into standalone SVG text", () => {
    const svg = chart();
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.equal(svg.match(/<rect /g)?.length, 3);
  });
  it("labels the chart for screen readers", () => {
    assert.match(chart(), /aria-label="Films per year"/);
    assert.match(chart(), /aria-description="Three bars, one per year."/);
  });
  it("is deterministic", () => {
    assert.equal(chart(), chart());
  });
});
