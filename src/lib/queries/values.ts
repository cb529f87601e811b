// The distinct values of one catalogue column (collections, countries, companies, languages, people)
// with the rows holding each, built once: lookups are a map hit, never a scan over the films.
import { fold } from "../text.ts";
import { createNameIndex, type NameIndex } from "../suggest.ts";
import { errorAnswer, required, type Answer, type QueryInput } from "./answer.ts";

/** Options of {@link createValueIndex}. */
export interface ValueIndexOptions {
  /** Further texts that name a value (an ISO code, a translated name). Default: none. */
  aliases?: (name: string) => readonly string[];
}

export interface ValueIndex {
  /** The distinct values, most films first (ties by name), as the data spells them. */
  names: string[];
  /** Rows of the catalogue holding each value, aligned with `names`, in row order. */
  rows: Int32Array[];
  /** Position in `names` of the value `text` names as a whole (loosely), or -1. */
  find(text: string): number;
  /** Positions of the values best matching typed text (prefix, a typo tolerated), best first. */
  suggest(text: string, limit?: number): number[];
  /**
   * Up to `limit` valid names closest to an unknown `text` (for error answers), default 5; when
   * none resembles it as a whole, those sharing one of its words, then the values with most films,
   * unless `strict`: then only names resembling the whole text.
   */
  closest(text: string, limit?: number, strict?: boolean): string[];
}

/** Indexes a string column, or a list column whose rows hold several values. */
export function createValueIndex(
  column: readonly (string | readonly string[] | null)[],
  options: ValueIndexOptions = {},
): ValueIndex {
  const rowsOf = new Map<string, number[]>();
  const add = (value: string, row: number) => {
    const list = rowsOf.get(value);
    if (!list) rowsOf.set(value, [row]);
    // A film listing a company twice still counts once.
    else if (list[list.length - 1] !== row) list.push(row);
  };
  column.forEach((cell, row) => {
    if (cell === null) return;
    if (typeof cell === "string") add(cell, row);
    else for (const value of cell) add(value, row);
  });
  const names = [...rowsOf.keys()].sort(
    (a, b) => rowsOf.get(b)!.length - rowsOf.get(a)!.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  return valueIndexOf(
    names,
    names.map((name) => Int32Array.from(rowsOf.get(name)!)),
    options,
  );
}

/** The index over values already counted: `names` in rank order, `rows` their films' rows. */
export function valueIndexOf(
  names: string[],
  rows: Int32Array[],
  options: ValueIndexOptions = {},
): ValueIndex {
  const index: NameIndex = createNameIndex(names, {
    boost: (i) => rows[i].length,
    aliases: options.aliases ? (i) => options.aliases!(names[i]) : undefined,
  });
  return {
    names,
    rows,
    // exact() lists matches in input order, i.e. the value with most films first.
    find: (text) => index.exact(text)[0] ?? -1,
    suggest: (text, limit = 8) => index.suggest(text, { limit }),
    closest(text, limit = 5, strict = false) {
      if (strict) return index.suggest(text, { limit }).map((i) => names[i]);
      // The values with most films come first in `names`: they are the last resort.
      return nearest(index, text, limit, [...names.keys()].slice(0, limit)).map((i) => names[i]);
    },
  };
}

/**
 * Positions of up to `limit` values near an unknown text, without scanning the names: the whole
 * text (every word must match, a typo tolerated), else its words one at a time, longest first
 * ("Toy Stroy": "stroy" is two edits from "story", so "toy" finds it), skipping words of one or two
 * letters, which would match thousands of titles; else `fallback`, so an error answer offers
 * something.
 */
export function nearest(
  index: NameIndex,
  text: string,
  limit: number,
  fallback: readonly number[] = [],
): number[] {
  const whole = index.suggest(text, { limit });
  if (whole.length > 0) return whole;
  const words = [...new Set(fold(text).split(" "))].filter((w) => w.length >= 3);
  if (words.length > 1)
    for (const word of words.sort((a, b) => b.length - a.length)) {
      const some = index.suggest(word, { limit });
      if (some.length > 0) return some;
    }
  return fallback.slice(0, limit);
}

/** A value found by {@link findValue}: its name as the data spells it and its films' rows. */
export interface ValueHit {
  name: string;
  rows: Int32Array;
}

export const isHit = (x: ValueHit | Answer): x is ValueHit => x.rows instanceof Int32Array;

/** Options of {@link findValue}. */
export interface FindValueOptions {
  /**
   * Whether a miss offers only values resembling the input as a whole (a person: another Steven is
   * not who was meant), rather than also those sharing a word, then the most common. Default false.
   */
  strict?: boolean;
  /** Appended to a miss's message (after a colon): why the value may still exist. Default none. */
  note?: string;
  /** Fields added to a miss's answer. Default none. */
  extra?: Answer;
}

/**
 * The value `input[param]` names as a whole, or the error answer: a missing value, or no such
 * value (`what` says what was expected, e.g. "ninguna productora") with the closest ones.
 */
export function findValue(
  index: ValueIndex,
  input: QueryInput,
  param: string,
  what: string,
  options: FindValueOptions = {},
): ValueHit | Answer {
  const value = required(input, param);
  if (typeof value !== "string") return value;
  const at = index.find(value);
  if (at < 0) {
    const note = options.note ? `: ${options.note}` : "";
    return {
      ...errorAnswer(
        `"${value}" no coincide con ${what} de los datos${note}`,
        index.closest(value, 5, options.strict ?? false),
      ),
      ...options.extra,
    };
  }
  return { name: index.names[at], rows: index.rows[at] };
}
