// The Arrow layout of the whole-catalogue assets (films, vectors, neighbors), from the
// data contract in schema.ts. Only the build's writer and the Arrow readers import it, so the
// worker's own bundle carries no Arrow code.
import {
  Dictionary,
  Field,
  FixedSizeList,
  Float32,
  Float64,
  Int16,
  Int32,
  Int8,
  Uint8,
  List,
  Schema,
  Utf8,
  type DataType,
} from "apache-arrow";
import {
  FILM_FIELDS,
  NEIGHBOR_COLUMN,
  SCHEMA_VERSION,
  SCHEMA_VERSION_KEY,
  VECTOR_COLUMN,
  type ColumnKind,
} from "./schema.ts";

const listOfUtf8 = () => new List(new Field("item", new Utf8(), true));

/** The Arrow type of a column kind. */
export function arrowType(kind: ColumnKind): DataType {
  switch (kind) {
    case "int16":
      return new Int16();
    case "int32":
      return new Int32();
    case "float32":
      return new Float32();
    case "float64":
      return new Float64();
    case "utf8":
      return new Utf8();
    case "dictionary-utf8":
      // An explicit dictionary id: Arrow JS otherwise numbers dictionaries from a process-wide
      // counter, and two builds in one process would differ by that number.
      return new Dictionary(new Utf8(), new Int32(), 0);
    case "list-utf8":
      return listOfUtf8();
  }
}

/** Arrow schema of the vectors asset: one int8 vector of `dims` values and its float scale per film. */
export function vectorFields(dims: number): Field[] {
  return [
    new Field(
      VECTOR_COLUMN.vector,
      new FixedSizeList(dims, new Field("v", new Int8(), false)),
      false,
    ),
    new Field(VECTOR_COLUMN.scale, new Float32(), false),
  ];
}

/**
 * Arrow schema of the neighbors asset: the `k` nearest films (row indices) in ranked order, and
 * where each comes from ({@link NEIGHBOR_SOURCE}). No scores: the worker rescores the few candidates
 * exactly, and shipping them cost a third of the recommender's download (schema version 2).
 */
export function neighborFields(k: number): Field[] {
  return [
    new Field(
      NEIGHBOR_COLUMN.rows,
      new FixedSizeList(k, new Field("r", new Int32(), false)),
      false,
    ),
    new Field(
      NEIGHBOR_COLUMN.sources,
      new FixedSizeList(k, new Field("s", new Uint8(), false)),
      false,
    ),
  ];
}

/** Arrow schema of the films asset. */
export function filmSchema(metadata = new Map<string, string>()): Schema {
  return new Schema(
    FILM_FIELDS.map((f) => new Field(f.name, arrowType(f.kind), f.nullable)),
    new Map([...metadata, [SCHEMA_VERSION_KEY, String(SCHEMA_VERSION)]]),
  );
}
