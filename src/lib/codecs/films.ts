// The films asset's codec: films → Arrow IPC (the build) and Arrow IPC → Catalog (the
// whole-catalogue engine), converted from Arrow once at load time. The shards a cold visit reads
// need no Arrow decoder.
import {
  makeVector,
  tableFromIPC,
  tableToIPC,
  vectorFromArray,
  type Table,
  type Vector,
} from "apache-arrow";
import { filmSchema } from "../arrow-schema.ts";
import {
  AssetError,
  CATALOG_COLUMNS,
  typedColumn,
  unknownOrZero,
  withRowOfId,
  type Catalog,
  type CatalogColumn,
  type TextColumn,
} from "../catalog.ts";
import { FILM_FIELDS, type Film, type FilmColumn } from "../schema.ts";
import { stringVector } from "./arrow-strings.ts";
import { checkSchemaVersion, tableOf } from "./arrow-table.ts";

/** The films asset as Arrow IPC (file format) bytes. */
export function filmsToIPC(films: readonly Film[]): Uint8Array {
  const schema = filmSchema();
  const columns = FILM_FIELDS.map((f, i) => {
    const values = films.map((film) => film[f.name]);
    const type = schema.fields[i].type;
    return stringVector(type, values) ?? vectorFromArray(values, type);
  });
  return tableToIPC(tableOf(schema, columns, films.length), "file");
}

function vectorOf(table: Table, name: string): Vector {
  const vector = table.getChild(name);
  if (!vector) throw new AssetError(`asset "films" lacks column "${name}"`);
  return vector;
}

function strings(table: Table, name: string): (string | null)[] {
  const v = vectorOf(table, name);
  const out = new Array<string | null>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v.get(i) ?? null;
  return out;
}

function texts(table: Table, name: string): TextColumn {
  const v = vectorOf(table, name);
  return { get: (row) => (v.get(row) as string | null) ?? null };
}

function lists(table: Table, name: string): (string[] | null)[] {
  const v = vectorOf(table, name);
  const out = new Array<string[] | null>(v.length);
  // v.get(i) builds a Vector per row (tens of µs each: a third of a cold page load); slicing each
  // chunk's offsets over its child strings, decoded once, is far faster.
  let row = 0;
  for (const chunk of v.data) {
    const offsets = chunk.valueOffsets as Int32Array;
    const values = makeVector(chunk.children[0]).toArray() as string[];
    for (let i = 0; i < chunk.length; i++, row++) {
      const at = chunk.offset + i;
      out[row] = v.isValid(row) ? values.slice(offsets[at], offsets[at + 1]) : null;
    }
  }
  return out;
}

/** A typed column: unknown values as {@link unknownOrZero} says. */
function numbers(table: Table, column: CatalogColumn) {
  const v = vectorOf(table, column.name);
  const out = typedColumn(column.kind, v.length);
  const missing = unknownOrZero(column);
  for (let i = 0; i < v.length; i++) out[i] = v.isValid(i) ? Number(v.get(i)) : missing;
  return out;
}

/**
 * List columns that no start-up path reads (search, the popular list and facets need titles, years
 * and genres): decoded on first use, 80–100 ms less for a cold worker to be ready.
 */
const LAZY_LISTS: ReadonlySet<FilmColumn> = new Set([
  "production_companies",
  "production_countries",
  "production_country_codes",
  "spoken_languages",
  "keywords",
  "directors",
  "cast",
]);

/** Builds the columnar catalogue from the bytes of a films Arrow IPC file. */
export function catalogFromIPC(bytes: Uint8Array): Catalog {
  const table = tableFromIPC(bytes);
  checkSchemaVersion(table, "films");
  const catalog: Record<string, unknown> = { size: table.numRows };
  for (const column of CATALOG_COLUMNS) {
    const { name, key } = column;
    if (column.holds === "integers" || column.holds === "floats")
      catalog[key] = numbers(table, column);
    else if (column.holds === "texts") catalog[key] = texts(table, name);
    else if (column.holds === "strings") catalog[key] = strings(table, name);
    else if (!LAZY_LISTS.has(name)) catalog[key] = lists(table, name);
    else {
      vectorOf(table, name); // a missing column is still refused now
      let value: (string[] | null)[] | undefined;
      Object.defineProperty(catalog, key, {
        get: () => (value ??= lists(table, name)),
        enumerable: true,
      });
    }
  }
  return withRowOfId(catalog);
}
