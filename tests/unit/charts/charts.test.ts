// SVG snapshot tests of every chart family: each chart is rendered with a small fixture through the
// same SSR path the pages use, and compared with the committed file in __snapshots__/.
// After an intended change, refresh them: UPDATE_SNAPSHOTS=1 npm run test:unit
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { orderedBars, rankedBars } from "../../../src/charts/bars.ts";
import { correlationHeatmap } from "../../../src/charts/heatmap.ts";
import { binnedHistogram } from "../../../src/charts/histogram.ts";
import { revenueBudgetHexbin } from "../../../src/charts/scatter.ts";
import { renderChart, type ChartOptions } from "../../../src/charts/ssr.ts";
import { powersOfTen, thin } from "../../../src/charts/theme.ts";
import { yearBars } from "../../../src/charts/timeline.ts";
import { squarify, treemap } from "../../../src/charts/treemap.ts";

const DIR = join(import.meta.dirname, "__snapshots__");
const UPDATE = process.env.UPDATE_SNAPSHOTS === "1";
const text = (title: string) => ({ title, description: `${title}.`, x: "x (unit) →", y: "↑ y" });
const int = (n: number) => String(Math.round(n));

function matchSnapshot(name: string, options: ChartOptions) {
  const html = renderChart(options);
  const file = join(DIR, `${name}.svg.html`);
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE && process.env.CI) assert.fail(`no snapshot ${file}: run UPDATE_SNAPSHOTS=1`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, html);
  }
  assert.equal(html, readFileSync(file, "utf8"), `${name} differs from ${file}`);
  return html;
}

const count = (html: string, tag: string) => html.split(`<${tag}`).length - 1;

describe("chart snapshots", () => {
  it("rankedBars: one bar and one label per item, with a tooltip", () => {
    const html = matchSnapshot(
      "ranked-bars",
      rankedBars(
        [
          { label: "Drama", value: 20 },
          { label: "Comedy", value: 13 },
          { label: "A title longer than the thirty-four characters kept", value: 2 },
        ],
        text("Genres"),
        int,
      ),
    );
    assert.match(html, /aria-label="Genres"/);
    assert.match(html, /<title>Drama: 20<\/title>/);
    assert.match(html, /A title longer than the thirty-fo…/);
  });

  it("orderedBars: the largest bar in the highlight colour", () => {
    const html = matchSnapshot(
      "ordered-bars",
      orderedBars(
        ["Mon", "Tue", "Wed"].map((label, i) => ({ label, value: [3, 9, 4][i] })),
        text("Weekdays"),
        int,
      ),
    );
    assert.equal(html.split('fill="#e15759"').length - 1, 1);
  });

  it("binnedHistogram: a rect per bin", () => {
    const bins = [0, 1, 2, 3].map((x) => ({ x0: x, x1: x + 1, count: [4, 0, 7, 2][x] }));
    const html = matchSnapshot(
      "histogram",
      binnedHistogram(bins, text("Votes"), int, { highlight: [0] }),
    );
    assert.ok(count(html, "rect") >= 4);
  });

  it("yearBars: shades the years from the collection on", () => {
    const rows = [2014, 2015, 2016, 2017, 2018].map((year, i) => ({
      year,
      value: [30, 32, 35, 12, 1][i],
    }));
    const html = matchSnapshot(
      "year-bars",
      yearBars(rows, text("Films per year"), int, {
        incompleteFrom: 2017,
        incompleteLabel: "incomplete",
      }),
    );
    assert.match(html, />incomplete</);
  });

  it("correlationHeatmap: a cell and a label per pair, and a threshold legend", () => {
    const html = matchSnapshot(
      "heatmap",
      correlationHeatmap(
        ["a", "b"],
        [
          [1, -0.5],
          [-0.5, 1],
        ],
        text("Correlations"),
        (r) => r.toFixed(2),
      ),
    );
    assert.match(html, />-0.50</);
    assert.ok(count(html, "svg") === 2, "the legend is a second SVG");
  });

  it("revenueBudgetHexbin: hexagons on log axes", () => {
    const points: [number, number][] = [
      [1e6, 2e6],
      [1e6, 2.1e6],
      [5e7, 1e8],
      [2e8, 9e8],
    ];
    const html = matchSnapshot(
      "hexbin",
      revenueBudgetHexbin(points, text("Revenue vs budget"), int, "Films"),
    );
    assert.ok(count(html, "path") > 3);
  });

  it("revenueBudgetHexbin: takes the figures of 200,000 films and more (no spread of them all)", () => {
    const points = Array.from({ length: 300_000 }, (_, i): [number, number] => [1e3 + i, 2e9 - i]);
    const options = revenueBudgetHexbin(points, text("Revenue vs budget"), int, "Films");
    const domain = (options.x as { domain: [number, number] }).domain;
    assert.ok(domain[0] <= 1e3 && domain[1] >= 2e9, `the axes cover every film: ${domain}`);
  });
});

describe("treemap snapshot and squarify(items, width, height)", () => {
  const items = [6, 6, 4, 3, 2, 2, 1].map((count, i) => ({ key: "abcdefg"[i], count }));

  it("lays out the example of Bruls et al. (2000) as the paper does", () => {
    const round = (n: number) => Math.round(n * 100) / 100;
    assert.deepEqual(
      squarify(items, 6, 4).map((t) => [t.key, round(t.x0), round(t.y0), round(t.x1), round(t.y1)]),
      [
        ["a", 0, 0, 3, 2],
        ["b", 0, 2, 3, 4],
        ["c", 3, 0, 4.71, 2.33],
        ["d", 4.71, 0, 6, 2.33],
        ["e", 3, 2.33, 4.2, 4],
        ["f", 4.2, 2.33, 5.4, 4],
        ["g", 5.4, 2.33, 6, 4],
      ],
    );
  });

  it("gives every tile an area proportional to its count, filling the rectangle", () => {
    const tiles = squarify(items, 720, 360);
    const area = (t: (typeof tiles)[number]) => (t.x1 - t.x0) * (t.y1 - t.y0);
    for (const t of tiles) assert.ok(Math.abs(area(t) - (t.count / 24) * 720 * 360) < 1e-6);
  });

  it("draws a rect per label", () => {
    const html = matchSnapshot("treemap", treemap(items, text("All genres"), int));
    assert.ok(count(html, "rect") >= 7);
  });
});

describe("thin(values, max) and powersOfTen(lo, hi)", () => {
  it("keeps every k-th value so that at most max remain", () => {
    assert.deepEqual(thin([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), [1, 3, 5, 7, 9]);
    assert.deepEqual(thin([1, 2, 3], 8), [1, 2, 3]);
  });

  it("covers the range with whole powers of ten", () => {
    assert.deepEqual(powersOfTen(3, 4500), {
      domain: [1, 10_000],
      ticks: [1, 10, 100, 1000, 10_000],
    });
  });
});
