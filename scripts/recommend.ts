// `npm run --silent recommend -- (--id N | --title T | --ids-file F) [--k N] [--data DIR]`: films like
// one film, as JSON, from the same assets and src/lib code as the worker. Exit 2 on bad arguments.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { ShardedEngine } from "../src/lib/sharded-engine.ts";
import { openShardedFromDisk } from "./lib/node-engine.ts";
import { LIST_LENGTH } from "../src/lib/shards/families.ts";

/** Thrown for unusable command-line arguments. */
class UsageError extends Error {
  override name = "UsageError";
}

const USAGE =
  "usage: npm run --silent recommend -- (--id <tmdb id> | --title <title> | --ids-file <file>) [--k N] [--data DIR]";

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
      k: { type: "string", default: "10" },
      data: { type: "string", default: "public/data" },
    },
  });
  const chosen = [values.id, values.title, values["ids-file"]].filter((v) => v !== undefined);
  if (chosen.length !== 1) throw new UsageError(USAGE);
  const k = integer(values.k!, "--k");
  if (k < 1) throw new UsageError(`invalid --k "${values.k}": expected an integer >= 1`);
  const engine = await openShardedFromDisk(values.data);
  if (values["ids-file"] !== undefined) {
    const lines = (await readFile(values["ids-file"], "utf8"))
      .split(/\r?\n/)
      .filter((l) => l.trim());
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
