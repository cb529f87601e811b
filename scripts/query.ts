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

Answers one of the original API's queries (and its sister projects') over a build's data, as the
site does, and prints the one-line JSON answer. An unknown value is answered with the closest
valid ones, also printed (to stderr) as commands to run.

  <query>      one of ${QUERY_NAMES.join(", ")}
  <value>      what the query asks about: a month, a weekday, a collection, a country, a company,
               a title, a language, a director or an actor (quoted, or as several words)
  --year N     for a title shared by several films, the year of the one meant
  --data DIR   the data folder (default public/data)
  -h, --help   this text

exit codes: 0 answered, 1 an error answer (or the data cannot load), 2 bad arguments`;

/** The query names closest to a misspelt one (at most two edits away), closest first. */
export function closeQueryNames(name: string): string[] {
  const distance = (a: string, b: string) => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++)
        row[j] = Math.min(
          prev[j] + 1,
          row[j - 1] + 1,
          prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      prev = row;
    }
    return prev[b.length];
  };
  const typed = name.toLowerCase();
  return QUERY_NAMES.map((q) => ({ q, d: distance(typed, q) }))
    .filter(({ q, d }) => d <= 2 || q.startsWith(typed) || typed.startsWith(q))
    .sort((a, b) => a.d - b.d)
    .map(({ q }) => q);
}

/** Thrown for command-line arguments that do not make a query. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The query, its input (as URL parameters) and the data folder named by `argv`; null for --help. */
export function parseQueryArgs(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        year: { type: "string" },
        data: { type: "string", default: "public/data" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return null;
  const [name, ...words] = parsed.positionals;
  if (!name) throw new UsageError("missing the query name");
  if (!isQueryName(name)) {
    const close = closeQueryNames(name);
    throw new UsageError(
      close.length
        ? `unknown query "${name}": did you mean ${close.map((q) => `"${q}"`).join(" or ")}?`
        : `unknown query "${name}": expected one of ${QUERY_NAMES.join(", ")}`,
    );
  }
  // The value may arrive as several words when it was not quoted.
  const value = words.join(" ");
  if (!value.trim()) throw new UsageError(`missing the value of "${QUERIES[name].param}"`);
  const input: Record<string, string> = { [QUERIES[name].param]: value };
  if (parsed.values.year !== undefined) input[YEAR_PARAM] = parsed.values.year;
  return { name, input, data: parsed.values.data };
}

/** The commands that ask again with each suggested value (for a year error, each year). */
export function suggestionCommands(
  name: string,
  input: Record<string, string>,
  suggestions: readonly string[],
): string[] {
  const param = QUERIES[name as keyof typeof QUERIES].param;
  const quote = (text: string) => `"${text.replace(/(["\\$`])/g, "\\$1")}"`;
  return suggestions.map((s) =>
    /^\d{4}$/.test(s) && input[param]
      ? `npm run --silent query -- ${name} ${quote(input[param])} --year ${s}`
      : `npm run --silent query -- ${name} ${quote(s)}`,
  );
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseQueryArgs>;
  try {
    args = parseQueryArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === null) {
    console.log(USAGE);
    return 0;
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
  if (!isError(answer)) return 0;
  const commands = suggestionCommands(args.name, args.input, answer.sugerencias);
  if (commands.length > 0) console.error(`did you mean:\n  ${commands.join("\n  ")}`);
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
