// A squarified treemap of label counts (all genres): tile area proportional to films. The layout is
// the squarify algorithm of Bruls, Huizing and van Wijk (2000), a few lines, so no extra package.
import * as Plot from "@observablehq/plot";
import type { Tally } from "../eda/eda-types.ts";
import { base, COLOR, type ChartText, type Format } from "./theme.ts";
import type { ChartOptions } from "./ssr.ts";

/** A placed tile, in pixels from the top-left corner. */
export interface Tile extends Tally {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The worst aspect ratio of a row of `areas` (sum `s`) laid along a side of length `w`. */
function worst(areas: readonly number[], s: number, w: number): number {
  let worstRatio = 0;
  for (const a of areas)
    worstRatio = Math.max(worstRatio, (w * w * a) / (s * s), (s * s) / (w * w * a));
  return worstRatio;
}

/** Tiles for counts sorted from largest, filling a width × height rectangle exactly. */
export function squarify(items: readonly Tally[], width: number, height: number): Tile[] {
  const positive = items.filter((t) => t.count > 0);
  const total = positive.reduce((a, t) => a + t.count, 0);
  const scale = (width * height) / Math.max(1, total);
  const rect = { x0: 0, y0: 0, x1: width, y1: height };
  const tiles: Tile[] = [];
  let i = 0;
  while (i < positive.length) {
    const side = Math.min(rect.x1 - rect.x0, rect.y1 - rect.y0);
    const row = [positive[i]];
    const areas = [positive[i].count * scale];
    let s = areas[0];
    for (i++; i < positive.length; i++) {
      const a = positive[i].count * scale;
      if (worst([...areas, a], s + a, side) > worst(areas, s, side)) break;
      row.push(positive[i]);
      areas.push(a);
      s += a;
    }
    // The row runs along the shorter side and takes a strip of the remaining rectangle.
    if (rect.x1 - rect.x0 >= rect.y1 - rect.y0) {
      const thickness = s / (rect.y1 - rect.y0);
      let y = rect.y0;
      row.forEach((t, k) => {
        const h = areas[k] / thickness;
        tiles.push({ ...t, x0: rect.x0, x1: rect.x0 + thickness, y0: y, y1: y + h });
        y += h;
      });
      rect.x0 += thickness;
    } else {
      const thickness = s / (rect.x1 - rect.x0);
      let x = rect.x0;
      row.forEach((t, k) => {
        const w = areas[k] / thickness;
        tiles.push({ ...t, x0: x, x1: x + w, y0: rect.y0, y1: rect.y0 + thickness });
        x += w;
      });
      rect.y0 += thickness;
    }
  }
  return tiles;
}

/** Every label as a tile; labels are printed where the tile has room for them. */
export function treemap(
  items: readonly Tally[],
  text: ChartText,
  format: Format,
  size: { width: number; height: number } = { width: 720, height: 360 },
): ChartOptions {
  const { width, height } = size;
  const tiles = squarify(items, width, height);
  const roomy = tiles.filter((t) => t.x1 - t.x0 > 64 && t.y1 - t.y0 > 30);
  const centre = { x: (t: Tile) => (t.x0 + t.x1) / 2, y: (t: Tile) => (t.y0 + t.y1) / 2 };
  return {
    ...base(text, width),
    height,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.rect(tiles, {
        x1: "x0",
        x2: "x1",
        y1: "y0",
        y2: "y1",
        inset: 1,
        fill: COLOR.bar,
        title: (t: Tile) => `${t.key}: ${format(t.count)}`,
      }),
      Plot.text(roomy, {
        ...centre,
        text: (t: Tile) => `${t.key}\n${format(t.count)}`,
        fill: "white",
        fontWeight: 600,
        lineAnchor: "middle",
      }),
    ],
  };
}
