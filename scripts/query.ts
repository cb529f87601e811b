// `npm run --silent query -- <query> <value> [--year N] [--data DIR]`: one of the original API's
// queries over the built assets, through the same src/lib code as the worker. Prints the one-line
// JSON answer. Exit codes: 0 answered, 1 an error answer (or the data cannot load), 2 bad arguments.
import { parseArgs } from "node:util";
import {
  isError,
  isQueryName,
  QUERIES,
  QUERY_NAMES,
  YEAR_PARAM,
} from "../src/lib/queries/index.ts";
import { openShardedFromDisk } from "./lib/node-engine.ts";

export const USAGE = `usage: npm run --silent query -- <query> <value> [--year N] [--data DIR]
queries: ${QUERY_NAMES.join(", ")}`;

/** Thrown for command-line arguments that do not make a query. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The query, its input (as URL parameters) and the data folder named by `argv`. */
export function parseQueryArgs(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { year: { type: "string" }, data: { type: "string", default: "public/data" } },
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [name, ...words] = parsed.positionals;
  if (!name) throw new UsageError("missing the query name");
  if (!isQueryName(name))
    throw new UsageError(`unknown query "${name}": expected one of ${QUERY_NAMES.join(", ")}`);
  // The value may arrive as several words when it was not quoted.
  const value = words.join(" ");
  if (!value.trim()) throw new UsageError(`missing the value of "${QUERIES[name].param}"`);
  const input: Record<string, string> = { [QUERIES[name].param]: value };
  if (parsed.values.year !== undefined) input[YEAR_PARAM] = parsed.values.year;
  return { name, input, data: parsed.values.data };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseQueryArgs>;
  try {
    args = parseQueryArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  let engine;
  try {
    engine = await openShardedFromDisk(args.data);
  } catch (error) {
    console.error(`cannot load the data: ${(error as Error).message}`);
    return 1;
  }
  const answer = await engine.query(args.name, args.input);
  console.log(JSON.stringify(answer));
  return isError(answer) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
