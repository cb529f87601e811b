import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tradeOffChart } from "../../../src/charts/eval-charts.ts";

const POINTS = [
  { id: "most popular", name: "the most liked", x: 0.002, y: 0.94 },
  { id: "ours", name: "ours in words", x: 0.3, y: 0.941 },
  { id: "budget 6%", name: "strict limit", x: 0.35, y: 0.93 },
  { id: "original", name: "the original", x: 0.81, y: 0.47 },
];
const LABELS = { title: "Trade-off", description: "Dots.", x: "Variety", y: "Hits" };

describe("tradeOffChart(points, labels, options)", () => {
  const svg = tradeOffChart(POINTS, LABELS, {
    chosen: "ours",
    labelled: ["ours", "most popular"],
    xRule: 0.2,
    yRule: 0.94,
  });
  it("draws a dot for each method, with its name and both figures in a tooltip", () => {
    assert.equal(svg.split("<circle").length - 1, 4);
    assert.match(svg, /<title>strict limit: 35\.0 % · 93\.0 %<\/title>/);
  });
  it("names only the labelled methods beside their dots, the chosen one in red", () => {
    assert.match(svg, />ours in words</);
    assert.match(svg, />the most liked</);
    assert.doesNotMatch(svg, />strict limit</);
    assert.equal(svg.split('fill="#b3261e"').length - 1, 1);
  });
  it("draws the two dashed reference lines", () => {
    assert.equal(svg.split('stroke-dasharray="4 3"').length - 1, 2);
  });
  it("leaves out the methods below the start of its y axis", () => {
    const zoomed = tradeOffChart(POINTS, LABELS, { chosen: "ours", labelled: [], yFrom: 0.8 });
    assert.equal(zoomed.split("<circle").length - 1, 3);
    assert.doesNotMatch(zoomed, /the original/);
  });
  it("labels its axes and is labelled for screen readers", () => {
    assert.match(svg, /Variety \(%\) →/);
    assert.match(svg, /↑ Hits \(%\)/);
    assert.match(svg, /aria-label="Trade-off"/);
    assert.match(svg, /aria-description="Dots\."/);
  });
});
