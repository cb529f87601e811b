// `npm run --silent recommend -- (--id N | --title T | --ids-file F | --likes-file F) [--k N] [--data DIR]`:
// films like one film, or (--likes-file, one profile a line: comma-separated TMDB ids) films for a
// visitor's likes, as JSON lines, from the same assets and src/lib code as the worker. Exit 2 on bad
// arguments or an id the build lacks.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { ShardedEngine } from "../src/lib/sharded-engine.ts";
import { openShardedFromDisk } from "./lib/node-engine.ts";
import { LIST_LENGTH } from "../src/lib/shards/families.ts";
import { parseLikes } from "../src/lib/likes.ts";
import { ProfileError } from "../src/lib/profile.ts";

/** Thrown for unusable command-line arguments. */
class UsageError extends Error {
  override name = "UsageError";
}

const USAGE =
  "usage: npm run --silent recommend -- (--id <tmdb id> | --title <title> | --ids-file <file> | --likes-file <file>) [--k N] [--data DIR]";

async function answer(engine: ShardedEngine, id: number, k: number) {
  const film = await engine.film(id);
  if (!film) throw new UsageError(`no film with id ${id} in this build`);
  // More than a list holds: the whole catalogue is scored, as the worker does when asked.
  const items = (await engine.recommendById(id, { k, wholeCatalogue: k > LIST_LENGTH })).map(
    (r) => ({
      id: r.id,
      title: r.title,
      year: r.year,
      score: Number(r.score.toFixed(6)),
      reasons: r.reasons,
    }),
  );
  return { id, title: film.title, items };
}

/** One profile's answer: the likes as given, then the list (never a liked film). */
async function forLikes(engine: ShardedEngine, line: string, k: number) {
  const { ids: likes, invalid } = parseLikes(line);
  if (invalid.length > 0)
    throw new UsageError(
      `profile "${line}": invalid id "${invalid[0]}": expected a TMDB id (a positive integer)`,
    );
  try {
    const answer = await engine.recommendForLikes(likes, { k });
    return {
      likes,
      items: answer.items.map((r) => ({
        id: r.id,
        title: r.title,
        year: r.year,
        score: Number(r.score.toFixed(6)),
        reasons: r.reasons,
      })),
    };
  } catch (error) {
    if (error instanceof ProfileError) throw new UsageError(`profile "${line}": ${error.message}`);
    throw error;
  }
}

/** The non-blank lines of a file. */
const linesOf = async (file: string) =>
  (await readFile(file, "utf8")).split(/\r?\n/).filter((l) => l.trim());

function integer(text: string, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n)) throw new UsageError(`invalid ${what} "${text}": expected an integer`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      id: { type: "string" },
      title: { type: "string" },
      "ids-file": { type: "string" },
      "likes-file": { type: "string" },
      k: { type: "string", default: "10" },
      data: { type: "string", default: "public/data" },
    },
  });
  const chosen = [values.id, values.title, values["ids-file"], values["likes-file"]].filter(
    (v) => v !== undefined,
  );
  if (chosen.length !== 1) throw new UsageError(USAGE);
  const k = integer(values.k!, "--k");
  if (k < 1) throw new UsageError(`invalid --k "${values.k}": expected an integer >= 1`);
  const engine = await openShardedFromDisk(values.data);
  if (values["likes-file"] !== undefined) {
    // Every answer is computed before any is printed: an unknown id prints nothing but its error.
    const answers = [];
    for (const line of await linesOf(values["likes-file"]))
      answers.push(await forLikes(engine, line, k));
    for (const a of answers) process.stdout.write(JSON.stringify(a) + "\n");
    return;
  }
  if (values["ids-file"] !== undefined) {
    const lines = await linesOf(values["ids-file"]);
    for (const line of lines)
      process.stdout.write(
        JSON.stringify(await answer(engine, integer(line.trim(), "id"), k)) + "\n",
      );
    return;
  }
  let id: number;
  if (values.id !== undefined) id = integer(values.id, "--id");
  else {
    const [best] = await engine.searchTitles(values.title!, 1);
    if (!best) throw new UsageError(`no film titled like "${values.title}"`);
    id = best.id;
  }
  process.stdout.write(JSON.stringify(await answer(engine, id, k)) + "\n");
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
