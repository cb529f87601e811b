// A parser for the Python literals The Movies Dataset stores in its nested columns
// (`[{'id': 16, 'name': 'Animation'}]`, `None`, names with apostrophes in double quotes).
// Written by hand because no maintained JavaScript package parses Python literals; it is a small
// recursive-descent parser over the subset `ast.literal_eval` accepts that the data uses.

/** A parsed Python literal. */
export type PyValue = null | boolean | number | string | PyValue[] | { [key: string]: PyValue };

/** Thrown for text that is not a Python literal; the message names the position and what was expected. */
export class LiteralError extends Error {
  override name = "LiteralError";
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
  v: "\v",
  a: "\x07",
  "0": "\0",
};

// Sticky patterns: they match at `i` without copying the rest of the text (credits rows are large).
const PLAIN_RUN = { "'": /[^'\\\n]*/y, '"': /[^"\\\n]*/y } as const;
const NUMBER = /[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/y;

/** Parses one Python literal (dict, list, tuple, str, int, float, True, False, None). */
export function parseLiteral(text: string): PyValue {
  let i = 0;
  // Deep nesting is never legitimate here; refusing it keeps hostile input from blowing the stack.
  const MAX_DEPTH = 64;

  const fail = (expected: string): never => {
    const found = i < text.length ? JSON.stringify(text.slice(i, i + 12)) : "end of text";
    throw new LiteralError(
      `invalid Python literal at ${i}: expected ${expected}, found ${found}`,
      i,
    );
  };
  const skipSpace = () => {
    for (
      let c = text.charCodeAt(i);
      c === 32 || c === 10 || c === 9 || c === 13;
      c = text.charCodeAt(++i)
    );
  };

  const parseString = (): string => {
    const quote = text[i] as "'" | '"';
    const plain = PLAIN_RUN[quote];
    i++;
    let out = "";
    while (i < text.length) {
      // Copy the run up to the next quote, backslash or newline in one slice.
      plain.lastIndex = i;
      plain.exec(text);
      if (plain.lastIndex > i) {
        out += text.slice(i, plain.lastIndex);
        i = plain.lastIndex;
      }
      const ch = text[i];
      if (ch === quote) {
        i++;
        return out;
      }
      if (ch === "\n") fail(`closing ${quote}`);
      if (ch === "\\") {
        const next = text[i + 1];
        if (next === undefined) fail("an escape sequence");
        if (next in SIMPLE_ESCAPES) {
          out += SIMPLE_ESCAPES[next];
          i += 2;
        } else if (next === "x" || next === "u" || next === "U") {
          const width = next === "x" ? 2 : next === "u" ? 4 : 8;
          const hex = text.slice(i + 2, i + 2 + width);
          if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex))
            fail(`${width} hex digits after \\${next}`);
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) fail("a valid code point");
          out += String.fromCodePoint(code);
          i += 2 + width;
        } else if (next === "\n") {
          i += 2; // line continuation
        } else {
          // Python keeps unknown escapes literally.
          out += "\\" + next;
          i += 2;
        }
      }
    }
    return fail(`closing ${quote}`);
  };

  const parseNumber = (): number => {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) return fail("a number");
    i = NUMBER.lastIndex;
    return Number(match[0]);
  };

  const parseSequence = (close: "]" | ")", depth: number): PyValue[] => {
    i++;
    const items: PyValue[] = [];
    skipSpace();
    while (text[i] !== close) {
      items.push(parseValue(depth + 1));
      skipSpace();
      if (text[i] === ",") {
        i++;
        skipSpace();
      } else if (text[i] !== close) fail(`"," or "${close}"`);
    }
    i++;
    return items;
  };

  const parseDict = (depth: number): { [key: string]: PyValue } => {
    i++;
    const out: { [key: string]: PyValue } = {};
    skipSpace();
    while (text[i] !== "}") {
      skipSpace();
      const keyAt = i;
      const key = parseValue(depth + 1);
      if (typeof key !== "string" && typeof key !== "number") {
        i = keyAt; // point at the key, not past it
        fail("a string or number key");
      }
      skipSpace();
      if (text[i] !== ":") fail('":"');
      i++;
      const name = String(key);
      const value = parseValue(depth + 1);
      // A "__proto__" key must stay data, never a prototype: define it rather than assign it.
      if (name === "__proto__") {
        Object.defineProperty(out, name, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else out[name] = value;
      skipSpace();
      if (text[i] === ",") {
        i++;
        skipSpace();
      } else if (text[i] !== "}") fail('"," or "}"');
    }
    i++;
    return out;
  };

  const parseValue = (depth: number): PyValue => {
    if (depth > MAX_DEPTH) fail(`nesting of at most ${MAX_DEPTH} levels`);
    skipSpace();
    const ch = text[i];
    if (ch === "[") return parseSequence("]", depth);
    if (ch === "(") return parseSequence(")", depth);
    if (ch === "{") return parseDict(depth);
    if (ch === "'" || ch === '"') return parseString();
    if (text.startsWith("None", i)) return ((i += 4), null);
    if (text.startsWith("True", i)) return ((i += 4), true);
    if (text.startsWith("False", i)) return ((i += 5), false);
    if (ch !== undefined && /[-+.\d]/.test(ch)) return parseNumber();
    return fail("a value");
  };

  const value = parseValue(0);
  skipSpace();
  if (i !== text.length) fail("end of text");
  return value;
}

/** The `name` of every dict in a literal list (`[{'name': 'Animation'}, …]`), in order. */
export function namesOf(value: PyValue, key = "name"): string[] {
  if (!Array.isArray(value))
    throw new LiteralError(`expected a list of dicts, found ${typeof value}`, 0);
  const names: string[] = [];
  for (const item of value) {
    if (item && typeof item === "object" && !Array.isArray(item) && typeof item[key] === "string") {
      names.push(item[key] as string);
    }
  }
  return names;
}
