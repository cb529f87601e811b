// The correlation matrix as an annotated heatmap: one cell per pair of columns, coloured on a
// discrete diverging scale (a threshold legend SSR can draw) and labelled with r.
import * as Plot from "@observablehq/plot";
import { base, type ChartText } from "./theme.ts";
import type { ChartOptions } from "./ssr.ts";

/** One cell: row and column names, and r (null when undefined). */
interface Cell {
  row: string;
  column: string;
  r: number | null;
}

/** Edges of the colour classes of r. */
const THRESHOLDS = [-0.6, -0.3, -0.1, 0.1, 0.3, 0.6];

export function correlationHeatmap(
  names: readonly string[],
  matrix: readonly (readonly (number | null)[])[],
  text: ChartText,
  format: (r: number) => string,
  /** Side of a cell, px; below 40 the cells hold no number (their tooltips do). Default 56. */
  size = 56,
): ChartOptions {
  const cells: Cell[] = names.flatMap((row, i) =>
    names.map((column, j) => ({ row, column, r: matrix[i][j] })),
  );
  return {
    ...base(text, 140 + names.length * size),
    height: 100 + names.length * size,
    marginLeft: 110,
    marginBottom: 90,
    x: { label: text.x, domain: names, tickRotate: -30 },
    y: { label: text.y || null, domain: names },
    color: {
      type: "threshold",
      domain: THRESHOLDS,
      range: ["#2166ac", "#67a9cf", "#d1e5f0", "#f0f0f0", "#fddbc7", "#ef8a62", "#b2182b"],
      legend: true,
      label: "r",
      tickFormat: format,
    },
    marks: [
      Plot.cell(cells, {
        x: "column",
        y: "row",
        fill: (c: Cell) => c.r ?? NaN,
        inset: 1,
        title: (c: Cell) => `${c.row} × ${c.column}: ${c.r === null ? "—" : format(c.r)}`,
      }),
      Plot.text(cells, {
        x: "column",
        y: "row",
        text: (c: Cell) => (size < 40 ? "" : c.r === null ? "—" : format(c.r)),
        // Dark cells get white text; the pale middle classes keep black for contrast.
        fill: (c: Cell) => (c.r !== null && Math.abs(c.r) >= 0.3 ? "white" : "black"),
      }),
    ],
  };
}
