// The JSON assets' bytes (quality, eda, summary, the manifest): the browser reads them with JSON.parse.
/** JSON with sorted-insertion keys as given and a final newline: stable bytes for stable input. */
export const jsonBytes = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value, null, 1) + "\n");
