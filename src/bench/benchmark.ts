// The in-worker benchmark: draws seeded inputs from the catalogue, calls one engine method by name
// and summarises the per-call times. A method the engine lacks is an error, never a number.
import type { Catalog } from "../lib/catalog.ts";
import { ORIGINAL_QUERY_NAMES } from "../lib/queries/registry.ts";
import { sampleIndices, summarize, timeCalls, type Summary } from "./timing.ts";

/** The in-worker bench times the original API's seven queries (the registry names them). */
export const QUERY_NAMES = ORIGINAL_QUERY_NAMES;
export type QueryName = (typeof QUERY_NAMES)[number];

/** The engine methods the benchmark can time. */
export const BENCH_METHODS = ["recommendById", "recommendOriginal", "query"] as const;
export type BenchMethod = (typeof BENCH_METHODS)[number];

/** What to time. */
export interface BenchmarkSpec {
  method: BenchMethod;
  /** The query to time; required when `method` is "query". */
  query?: QueryName;
  /** Timed calls, each on its own seeded input. */
  calls: number;
  /** Untimed calls first. Default 50. */
  warmup?: number;
  /** Seed of the input draw. Default 42. */
  seed?: number;
  /** Films per recommendation. Default 10. */
  k?: number;
}

export interface BenchmarkResult extends Summary {
  method: BenchMethod;
  query?: QueryName;
  /** The timer's step in the worker, ms (set by the worker). */
  clockResolutionMs?: number;
  /** Whether the worker was cross-origin isolated, which gives the finer timer (set by the worker). */
  crossOriginIsolated?: boolean;
}

/** A benchmark that cannot give an honest number: a missing method, no inputs, a failing call. */
export class BenchmarkError extends Error {
  override name = "BenchmarkError";
}

const MONTHS =
  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre";
const DAYS = "lunes martes miércoles jueves viernes sábado domingo";

/** Film rows' values of a list or text column, drawn with the seed; only rows that have one. */
function drawValues(
  values: readonly (string | string[] | null)[],
  count: number,
  seed: number,
  what: string,
): string[] {
  const present: string[] = [];
  for (const v of values) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first) present.push(first);
  }
  if (present.length === 0)
    throw new BenchmarkError(`the catalogue has no ${what}: cannot draw inputs for this query`);
  return Array.from(sampleIndices(present.length, count, seed), (i) => present[i]);
}

/** `count` inputs of a query, in the shape the worker's `query(name, input)` takes. */
export function queryInputs(
  catalog: Catalog,
  query: QueryName,
  count: number,
  seed: number,
): Record<string, string>[] {
  const cycle = (list: string, key: string) =>
    Array.from({ length: count }, (_, i) => ({
      [key]: list.split(" ")[i % list.split(" ").length],
    }));
  const draw = (values: readonly (string | string[] | null)[], key: string, what: string) =>
    drawValues(values, count, seed, what).map((v) => ({ [key]: v }));
  switch (query) {
    case "peliculas_mes":
      return cycle(MONTHS, "mes");
    case "peliculas_dia":
      return cycle(DAYS, "dia");
    case "franquicia":
      return draw(catalog.collection, "franquicia", "collections");
    case "peliculas_pais":
      return draw(catalog.countryCodes, "pais", "production countries");
    case "productoras":
      return draw(catalog.companies, "productora", "production companies");
    case "retorno":
    case "recomendacion":
      return draw(catalog.title, "titulo", "titles");
  }
}

function method(target: object, name: string): (...args: unknown[]) => unknown {
  const fn = (target as Record<string, unknown>)[name];
  if (typeof fn !== "function")
    throw new BenchmarkError(
      `the worker has no method "${name}": this build cannot be measured for it`,
    );
  return (fn as (...args: unknown[]) => unknown).bind(target);
}

/** Times `spec.calls` calls of one method of `target` (the worker's API) over seeded inputs. */
export async function runBenchmark(
  target: object,
  catalog: Catalog,
  spec: BenchmarkSpec,
  now?: () => number,
): Promise<BenchmarkResult> {
  const { calls, warmup = 50, seed = 42, k = 10 } = spec;
  if (!BENCH_METHODS.includes(spec.method))
    throw new BenchmarkError(
      `unknown benchmark method "${spec.method}": expected one of ${BENCH_METHODS.join(", ")}`,
    );
  if (!(Number.isInteger(calls) && calls > 0))
    throw new BenchmarkError(`invalid calls ${calls}: expected a positive integer`);
  const fn = method(target, spec.method);
  let call: (input: never) => unknown;
  let inputs: unknown[];
  if (spec.method === "query") {
    const query = spec.query;
    if (!query || !QUERY_NAMES.includes(query))
      throw new BenchmarkError(
        `invalid query "${query}": expected one of ${QUERY_NAMES.join(", ")}`,
      );
    inputs = queryInputs(catalog, query, calls, seed);
    call = (input: Record<string, string>) => fn(query, input);
  } else {
    inputs = Array.from(sampleIndices(catalog.size, calls, seed), (row) => catalog.id[row]);
    call =
      spec.method === "recommendById" ? (id: number) => fn(id, { k }) : (id: number) => fn(id, k);
  }
  const guarded = async (input: never) => {
    try {
      return await call(input);
    } catch (error) {
      throw new BenchmarkError(
        `${spec.method}${spec.query ? ` "${spec.query}"` : ""} failed on ${JSON.stringify(input)}: ${(error as Error).message}`,
      );
    }
  };
  const durations = await timeCalls(guarded, inputs as never[], { warmup, now });
  return {
    method: spec.method,
    ...(spec.query ? { query: spec.query } : {}),
    ...summarize(durations),
  };
}
