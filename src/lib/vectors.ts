// Item vectors as flat typed arrays: int8 values (one row of `dims` per film) and a float scale per film.
import { tableFromIPC, type Data, type Vector } from "apache-arrow";
import { AssetError } from "./catalog.ts";
import { checkSchemaVersion } from "./films-ipc.ts";
import type { Neighbors } from "./recommend.ts";
import { NEIGHBOR_COLUMN, VECTOR_COLUMN } from "./schema.ts";

/** Quantised unit vectors: film `i` is `values[i*dims .. (i+1)*dims) * scale[i]`. */
export interface ItemVectors {
  size: number;
  dims: number;
  values: Int8Array;
  scale: Float32Array;
}

/** Quantises unit-length float vectors (row-major) to int8 with a per-row scale. */
export function quantize(floats: Float32Array, dims: number): ItemVectors {
  const size = floats.length / dims;
  const values = new Int8Array(floats.length);
  const scale = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(floats[i * dims + d]));
    const s = max > 0 ? max / 127 : 0;
    scale[i] = s;
    for (let d = 0; d < dims; d++)
      values[i * dims + d] = s > 0 ? Math.round(floats[i * dims + d] / s) : 0;
  }
  return { size, dims, values, scale };
}

/** The values of a fixed-size-list column, copied into `out` (one typed array for all batches). */
function flatValues<T extends Int8Array | Uint8Array | Int32Array | Float32Array>(
  vector: Vector,
  asset: string,
  out: T,
): T {
  let at = 0;
  for (const d of vector.data as Data[]) {
    const child = d.children[0];
    if (!child) throw new AssetError(`asset "${asset}" column is not a fixed-size list`);
    out.set(child.values.subarray(child.offset, child.offset + child.length), at);
    at += child.length;
  }
  return out;
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
