// `npm run --silent recommend -- (--id N | --title T | --ids-file F | --likes-file F) [--k N] [--data DIR]`:
// films like one film, or (--likes-file, one profile a line: comma-separated TMDB ids) films for a
// visitor's likes, as JSON lines, from the same assets and src/lib code as the worker. Exit 2 on bad
// arguments or an id the build lacks.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { ShardedEngine } from "../src/lib/sharded-engine.ts";
import { openShardedFromDisk } from "./lib/node-engine.ts";
import { LIST_LENGTH } from "../src/lib/shards/families.ts";
import { parseLikes } from "../src/site/likes.ts";
import { ProfileError } from "../src/lib/profile.ts";

/** Thrown for unusable command-line arguments. */
class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `usage: npm run --silent recommend -- (--id <tmdb id> | --title <title> | --ids-file <file> | --likes-file <file>) [--k N] [--data DIR]

Prints the films like one film as JSON, as its film page lists them: {id, title, items}, the items
in rank order, each with its rank, id, title, year, score and the reasons it was chosen.

  --id N           the film's TMDB id
  --title T        the film whose title matches T best (accents, case and a typo forgiven)
  --ids-file F     one TMDB id a line: one JSON line each
  --likes-file F   one profile a line (comma-separated TMDB ids): one JSON line each,
                   {likes, items}, the films for those likes (never a liked one)
  --k N            how many films (default 10); past ${LIST_LENGTH}, the film's precomputed list is
                   continued with the best of the whole catalogue
  --data DIR       the data folder (default public/data)
  -h, --help       this text

exit codes: 0 answered, 1 the data cannot load, 2 bad arguments or an unknown film`;

async function answer(engine: ShardedEngine, id: number, k: number) {
  const film = await engine.film(id);
  if (!film) throw new UsageError(`no film with id ${id} in this build`);
  // The film page's list first, in its order; past its length, the whole catalogue's best
  // (scored as the worker scores it when asked) continue it.
  const listed = await engine.recommendById(id, { k: Math.min(k, LIST_LENGTH) });
  const more =
    k > listed.length
      ? (await engine.recommendById(id, { k: k + listed.length, wholeCatalogue: true })).filter(
          (r) => !listed.some((l) => l.id === r.id),
        )
      : [];
  const items = [...listed, ...more].slice(0, k).map((r, i) => ({
    rank: i + 1,
    id: r.id,
    title: r.title,
    year: r.year,
    score: Number(r.score.toFixed(6)),
    reasons: r.reasons,
  }));
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
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        id: { type: "string" },
        title: { type: "string" },
        "ids-file": { type: "string" },
        "likes-file": { type: "string" },
        k: { type: "string", default: "10" },
        data: { type: "string", default: "public/data" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
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
    if (!best) {
      // As the query command does: the titles nearest to what was typed.
      const answer = await engine.query("retorno", { titulo: values.title! });
      const near = (answer.sugerencias as string[] | undefined) ?? [];
      throw new UsageError(
        `no film titled like "${values.title}"` +
          (near.length ? `; did you mean ${near.map((t) => `"${t}"`).join(", ")}?` : ""),
      );
    }
    id = best.id;
  }
  process.stdout.write(JSON.stringify(await answer(engine, id, k)) + "\n");
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
