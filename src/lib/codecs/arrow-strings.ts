// Arrow string and list-of-string columns built directly from JavaScript values: each string encoded
// once, natively, into a single buffer. apache-arrow's generic builder (vectorFromArray) spends
// seconds on 45,000 overviews; the bytes it would write are the same.
import {
  makeData,
  makeVector,
  Type,
  type Data,
  type DataType,
  type List,
  type Utf8,
  type Vector,
} from "apache-arrow";

const encoder = new TextEncoder();

/** A validity bitmap (bit set = value present) and the null count, or none when nothing is null. */
function validity(length: number, isNull: (i: number) => boolean) {
  let nullCount = 0;
  const bitmap = new Uint8Array((length + 7) >> 3);
  for (let i = 0; i < length; i++) {
    if (isNull(i)) nullCount++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return nullCount === 0 ? { nullCount } : { nullCount, nullBitmap: bitmap };
}

/** Utf8 data for `values` (null stays null). */
export function utf8Data(type: Utf8, values: readonly (string | null)[]): Data<Utf8> {
  const length = values.length;
  const valueOffsets = new Int32Array(length + 1);
  // Room for the worst case (3 bytes per UTF-16 unit), cut to what was written.
  let room = 0;
  for (let i = 0; i < length; i++) room += 3 * (values[i]?.length ?? 0);
  const buffer = new Uint8Array(room);
  let bytes = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v !== null) bytes += encoder.encodeInto(v, buffer.subarray(bytes)).written;
    valueOffsets[i + 1] = bytes;
  }
  const data = buffer.slice(0, bytes);
  return makeData({
    type,
    length,
    valueOffsets,
    data,
    ...validity(length, (i) => values[i] === null),
  });
}

/** List<Utf8> data for `values` (a null list stays null; an empty list stays empty). */
export function listOfUtf8Data(
  type: List<Utf8>,
  values: readonly (readonly string[] | null)[],
): Data<List<Utf8>> {
  const length = values.length;
  const valueOffsets = new Int32Array(length + 1);
  const items: string[] = [];
  for (let i = 0; i < length; i++) {
    const list = values[i];
    if (list !== null) for (const item of list) items.push(item);
    valueOffsets[i + 1] = items.length;
  }
  const child = utf8Data(type.children[0].type, items);
  return makeData({
    type,
    length,
    valueOffsets,
    child,
    ...validity(length, (i) => values[i] === null),
  });
}

/** A vector of Utf8 or List<Utf8> values, or null for any other type (left to apache-arrow). */
export function stringVector(type: DataType, values: readonly unknown[]): Vector | null {
  if (type.typeId === Type.Utf8)
    return makeVector(utf8Data(type as Utf8, values as (string | null)[]));
  const list = type as List;
  if (list.typeId === Type.List && list.children[0].type.typeId === Type.Utf8) {
    return makeVector(listOfUtf8Data(list as List<Utf8>, values as (string[] | null)[]));
  }
  return null;
}
