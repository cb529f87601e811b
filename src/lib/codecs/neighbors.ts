// The neighbors asset's codec: `k` neighbour rows per film and where each comes from, as Arrow IPC.
import { tableFromIPC, tableToIPC, vectorFromArray, type DataType } from "apache-arrow";
import { neighborFields } from "../arrow-schema.ts";
import { AssetError } from "../catalog.ts";
import type { Neighbors } from "../recommend.ts";
import { NEIGHBOR_COLUMN, NEIGHBOR_SOURCE } from "../schema.ts";
import { checkSchemaVersion, flatValues, tableOf, withVersion } from "./arrow-table.ts";

/**
 * The neighbors asset: `k` neighbour rows per film, row-major, and where each comes from; without
 * `sources`, every entry is marked similar (as Neighbors reads an absent `sources`).
 */
export function neighborsToIPC(
  rows: Int32Array,
  k: number,
  sources: Uint8Array = new Uint8Array(rows.length).fill(NEIGHBOR_SOURCE.similar),
): Uint8Array {
  const schema = withVersion(neighborFields(k));
  const n = rows.length / k;
  if (sources.length !== rows.length)
    throw new RangeError(`neighbour sources hold ${sources.length} entries, rows ${rows.length}`);
  const lists = (values: Int32Array | Uint8Array, type: DataType) =>
    vectorFromArray(
      Array.from({ length: n }, (_, i) => values.subarray(i * k, (i + 1) * k)),
      type,
    );
  const columns = [lists(rows, schema.fields[0].type), lists(sources, schema.fields[1].type)];
  return tableToIPC(tableOf(schema, columns, n), "file");
}

/** Reads the neighbors asset: `k` rows per film, row-major. */
export function neighborsFromIPC(bytes: Uint8Array): Neighbors {
  const table = tableFromIPC(bytes);
  checkSchemaVersion(table, "neighbors");
  const rowsColumn = table.getChild(NEIGHBOR_COLUMN.rows);
  if (!rowsColumn) throw new AssetError(`asset "neighbors" lacks its rows column`);
  const k = (rowsColumn.type as { listSize: number }).listSize;
  const rows = flatValues(rowsColumn, "neighbors", new Int32Array(table.numRows * k));
  const sourcesColumn = table.getChild(NEIGHBOR_COLUMN.sources);
  if (!sourcesColumn) throw new AssetError(`asset "neighbors" lacks its sources column`);
  const sources = flatValues(sourcesColumn, "neighbors", new Uint8Array(table.numRows * k));
  return { k, rows, sources };
}
