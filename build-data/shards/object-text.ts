// The JSON text of an object from the JSON texts of its values: what
// JSON.stringify(Object.fromEntries(entries)) writes for the parsed values, without parsing each
// record back only to write it again (the browse and answer families keep their records as text).

/** Whether `key` is an array index ("0", "1995"): such keys come first, ascending, in an object. */
const isIndex = (key: string) => {
  const n = Number(key) >>> 0;
  return String(n) === key && n !== 2 ** 32 - 1;
};

/**
 * `{"key":value,…}` from [key, JSON.stringify(value)] pairs, in the order an object keeps its
 * properties: array-index keys ascending, then the others in first-seen order; a repeated key keeps
 * its first place and its last value.
 */
export function objectText(entries: Iterable<readonly [string, string]>): string {
  const values = new Map<string, string>();
  for (const [key, text] of entries) values.set(key, text);
  const keys = [...values.keys()];
  const indexes = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  const names = keys.filter((key) => !isIndex(key));
  return `{${[...indexes, ...names].map((key) => `${JSON.stringify(key)}:${values.get(key)}`).join(",")}}`;
}
