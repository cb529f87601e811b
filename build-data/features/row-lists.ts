// A short list of rows per film (and optionally a number per entry), packed in two typed arrays
// (CSR: film i's entries at start[i] .. start[i+1]) instead of an array per film: at 200,000 films
// the lists hold tens of millions of entries, which as JS arrays and maps cost gigabytes and the
// collector's time.

/** Per film, a list of rows and, when built with values, a number for each. */
export interface RowLists {
  start: Int32Array;
  rows: Int32Array;
  values: Float32Array | null;
}

/** Appends one film's list at a time, in film order; {@link RowListsBuilder.build} packs them. */
export class RowListsBuilder {
  private readonly start: Int32Array;
  private rows: Int32Array;
  private values: Float32Array | null;
  private films = 0;

  /** `films` lists will be pushed; `withValues`: each entry also holds a number. */
  constructor(films: number, withValues: boolean, capacity = 1024) {
    this.start = new Int32Array(films + 1);
    this.rows = new Int32Array(capacity);
    this.values = withValues ? new Float32Array(capacity) : null;
  }

  /** The next film's list: `rows`, and `valueOf(row)` for each when built with values. */
  push(rows: readonly number[], valueOf?: (row: number) => number): void {
    const at = this.start[this.films];
    if (at + rows.length > this.rows.length) this.grow(at + rows.length);
    for (let p = 0; p < rows.length; p++) {
      this.rows[at + p] = rows[p];
      if (this.values) this.values[at + p] = valueOf!(rows[p]);
    }
    this.start[++this.films] = at + rows.length;
  }

  private grow(needed: number) {
    const capacity = Math.max(needed, this.rows.length * 2);
    const rows = new Int32Array(capacity);
    rows.set(this.rows);
    this.rows = rows;
    if (this.values) {
      const values = new Float32Array(capacity);
      values.set(this.values);
      this.values = values;
    }
  }

  /** The lists pushed so far, trimmed to their length. */
  build(): RowLists {
    const end = this.start[this.films];
    return {
      start: this.start,
      rows: this.rows.slice(0, end),
      values: this.values ? this.values.slice(0, end) : null,
    };
  }
}

/** Film `film`'s rows (a view, not a copy). */
export const rowsOf = (lists: RowLists, film: number): Int32Array =>
  lists.rows.subarray(lists.start[film], lists.start[film + 1]);

/** A typed array of `length` on shared memory (threads read it without a copy) or not. */
function allocate<T extends Int32Array | Float32Array>(
  Type: { new (buffer: ArrayBufferLike): T; new (length: number): T; BYTES_PER_ELEMENT: number },
  length: number,
  shared: boolean,
): T {
  return shared
    ? new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT))
    : new Type(length);
}

/**
 * The lists of consecutive ranges of films, one after the other: the lists of all of them. On
 * shared memory when `shared` (worker threads then read them without a copy).
 */
export function joinRowLists(parts: readonly RowLists[], shared = false): RowLists {
  const films = parts.reduce((n, part) => n + part.start.length - 1, 0);
  const entries = parts.reduce((n, part) => n + part.rows.length, 0);
  const withValues = parts.length > 0 && parts[0].values !== null;
  const start = allocate(Int32Array, films + 1, shared);
  const rows = allocate(Int32Array, entries, shared);
  const values = withValues ? allocate(Float32Array, entries, shared) : null;
  let film = 0;
  let at = 0;
  for (const part of parts) {
    for (let i = 1; i < part.start.length; i++) start[film + i] = at + part.start[i];
    rows.set(part.rows, at);
    values?.set(part.values!, at);
    film += part.start.length - 1;
    at += part.rows.length;
  }
  return { start, rows, values };
}
