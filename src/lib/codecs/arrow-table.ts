// What the Arrow assets' codecs share: a table made from whole columns under a schema that carries
// the schema version, the version check on reading, and a fixed-size-list column read flat.
import {
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  type Data,
  type Field,
  type Vector,
} from "apache-arrow";
import { AssetError } from "../catalog.ts";
import { SCHEMA_VERSION, SCHEMA_VERSION_KEY } from "../schema.ts";

/** Builds a table from whole columns under an explicit schema (keeps nullability and metadata). */
export function tableOf(schema: Schema, columns: Vector[], length: number): Table {
  const data = makeData({
    type: new Struct(schema.fields),
    length,
    nullCount: 0,
    children: columns.map((c) => c.data[0]),
  });
  return new Table(schema, [new RecordBatch(schema, data)]);
}

export const withVersion = (fields: Field[]) =>
  new Schema(fields, new Map([[SCHEMA_VERSION_KEY, String(SCHEMA_VERSION)]]));

export /** Checks the schema version an Arrow table carries in its metadata. */
function checkSchemaVersion(table: Table, asset: string): void {
  const version = table.schema.metadata.get(SCHEMA_VERSION_KEY);
  if (version !== String(SCHEMA_VERSION)) {
    throw new AssetError(
      `asset "${asset}" has schema version ${version ?? "(none)"}, expected ${SCHEMA_VERSION}: rebuild the data`,
    );
  }
}

export /** The values of a fixed-size-list column, copied into `out` (one typed array for all batches). */
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
