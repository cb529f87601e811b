// The vectors asset's codec: each film's quantised vector and scale, as Arrow IPC.
import { makeVector, tableFromIPC, tableToIPC, vectorFromArray } from "apache-arrow";
import { vectorFields } from "../arrow-schema.ts";
import { AssetError } from "../catalog.ts";
import { VECTOR_COLUMN } from "../schema.ts";
import type { ItemVectors } from "../vectors.ts";
import { checkSchemaVersion, flatValues, tableOf, withVersion } from "./arrow-table.ts";

/** The vectors asset as Arrow IPC bytes. */
export function vectorsToIPC(vectors: ItemVectors): Uint8Array {
  const schema = withVersion(vectorFields(vectors.dims));
  const rows = Array.from({ length: vectors.size }, (_, i) =>
    vectors.values.subarray(i * vectors.dims, (i + 1) * vectors.dims),
  );
  const columns = [vectorFromArray(rows, schema.fields[0].type), makeVector(vectors.scale)];
  return tableToIPC(tableOf(schema, columns, vectors.size), "file");
}

/** Reads the vectors asset. */
export function vectorsFromIPC(bytes: Uint8Array): ItemVectors {
  const table = tableFromIPC(bytes);
  checkSchemaVersion(table, "vectors");
  const vector = table.getChild(VECTOR_COLUMN.vector);
  const scaleColumn = table.getChild(VECTOR_COLUMN.scale);
  if (!vector || !scaleColumn) throw new AssetError(`asset "vectors" lacks its columns`);
  const dims = (vector.type as { listSize: number }).listSize;
  const values = flatValues(vector, "vectors", new Int8Array(table.numRows * dims));
  const scale = Float32Array.from(scaleColumn.toArray() as Float32Array);
  return { size: table.numRows, dims, values, scale };
}
