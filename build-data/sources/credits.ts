// credits.csv (~190 MB in full): streamed, hashed, and parsed to top-billed cast and directors in a
// worker thread, so its parsing overlaps the reading of movies_metadata.csv on a second core.
import { createHash } from "node:crypto";
import { parseLiteral, type PyValue } from "./parse-literal.ts";
import { tsWorker } from "../threads.ts";
import { InputError, readCsv } from "./csv.ts";

/** How many top-billed actors the films asset keeps. */
export const TOP_CAST = 8;

/** People of one film. */
export interface Credits {
  cast: string[];
  directors: string[];
}

/** What a pass over credits.csv found. */
export interface CreditsRead {
  /** Each record's id in file order; -1 when it is not an integer. */
  ids: Int32Array;
  /** The first record of each id, parsed; null when its literals could not be read. */
  people: Map<number, Credits | null>;
  sha256: string;
}

const people = (value: PyValue) =>
  (Array.isArray(value) ? value : []) as { name?: unknown; job?: unknown; order?: unknown }[];

/** Top-billed cast (by `order`) and directors of one credits record. */
export function creditsOf(cast: string, crew: string): Credits {
  const actors = people(parseLiteral(cast))
    .filter((p) => typeof p.name === "string")
    .map((p, i) => ({ name: p.name as string, order: typeof p.order === "number" ? p.order : i }))
    .sort((a, b) => a.order - b.order)
    .slice(0, TOP_CAST)
    .map((p) => p.name);
  const directors = people(parseLiteral(crew))
    .filter((p) => p.job === "Director" && typeof p.name === "string")
    .map((p) => p.name as string);
  return { cast: actors, directors };
}

const EXPECTED = "The Movies Dataset's credits.csv with cast, crew and id columns";

/** Streams credits.csv in this thread. */
export async function readCredits(
  path: string,
  onBytes: (bytes: number) => void = () => {},
): Promise<CreditsRead> {
  const hash = createHash("sha256");
  const ids: number[] = [];
  const parsed = new Map<number, Credits | null>();
  let at: number[] | null = null;
  for await (const { fields } of readCsv(path, { hash, raw: false, onBytes })) {
    if (!at) {
      const header = fields.map((f) => f.trim());
      at = ["cast", "crew", "id"].map((c) => header.indexOf(c));
      if (at.includes(-1)) throw new InputError(`${path} lacks a column: expected ${EXPECTED}`);
      continue;
    }
    const text = (fields[at[2]] ?? "").trim();
    const id = /^\d+$/.test(text) && Number(text) <= 0x7fffffff ? Number(text) : -1;
    ids.push(id);
    if (id === -1 || parsed.has(id)) continue;
    try {
      parsed.set(id, creditsOf(fields[at[0]] ?? "", fields[at[1]] ?? ""));
    } catch {
      parsed.set(id, null);
    }
  }
  if (!at) throw new InputError(`${path} is empty: expected ${EXPECTED}`);
  return { ids: Int32Array.from(ids), people: parsed, sha256: hash.digest("hex") };
}

type Message =
  | { kind: "bytes"; bytes: number }
  | { kind: "done"; result: CreditsRead }
  | { kind: "error"; name: string; message: string };

/** Runs {@link readCredits} in a worker thread; errors keep their class (InputError) and message. */
export function readCreditsInWorker(
  path: string,
  onBytes: (bytes: number) => void = () => {},
): Promise<CreditsRead> {
  return new Promise((resolve, reject) => {
    const worker = tsWorker(new URL("./credits.worker.ts", import.meta.url), { path });
    worker.on("message", (m: Message) => {
      if (m.kind === "bytes") onBytes(m.bytes);
      else if (m.kind === "done") resolve(m.result);
      else reject(m.name === "InputError" ? new InputError(m.message) : new Error(m.message));
    });
    worker.unref(); // a failed build must not wait for it
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (code !== 0) reject(new Error(`the credits.csv worker exited with code ${code}`));
    });
  });
}
