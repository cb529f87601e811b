// `npm run bench -- queries [--data DIR] [--runs N] [--scale N]`: p50/p95 per query over
// the built assets in Node, after the engine is ready and each query has run once (its indexes are
// built on first use). Inputs cycle through several values per query, plus one unknown value.
// --scale N tiles the catalogue N times (synthetic copies, new ids) to time a larger catalogue.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { Catalog } from "../../src/lib/catalog.ts";
import { Engine } from "../../src/lib/engine.ts";
import { QUERIES, QUERY_NAMES, type QueryName } from "../../src/lib/queries/index.ts";
import { createRecommender } from "../../src/lib/recommend.ts";
import { summarize } from "../../src/bench/timing.ts";
import type { ItemVectors } from "../../src/lib/vectors.ts";
import { loadEngineFromDisk } from "../lib/node-engine.ts";

/** Repeats every column `n` times; copy k's ids are offset by k × 10^7 (synthetic rows). */
function tile(catalog: Catalog, n: number): Catalog {
  const out: Record<string, unknown> = { size: catalog.size * n };
  for (const [key, column] of Object.entries(catalog)) {
    if (key === "size" || key === "rowOfId") continue;
    if (ArrayBuffer.isView(column)) {
      const typed = column as unknown as Int32Array;
      const copy = new (typed.constructor as Int32ArrayConstructor)(typed.length * n);
      for (let k = 0; k < n; k++) copy.set(typed, k * typed.length);
      out[key] = copy;
    } else out[key] = Array.from({ length: n }, () => column as unknown[]).flat(1);
  }
  const id = out.id as Int32Array;
  for (let i = catalog.size; i < id.length; i++) id[i] += Math.floor(i / catalog.size) * 1e7;
  out.rowOfId = new Map(Array.from(id, (x, i) => [x, i]));
  return out as unknown as Catalog;
}

function tileVectors(v: ItemVectors, n: number): ItemVectors {
  const values = new Int8Array(v.values.length * n);
  const scales = new Float32Array(v.scale.length * n);
  for (let k = 0; k < n; k++) {
    values.set(v.values, k * v.values.length);
    scales.set(v.scale, k * v.scale.length);
  }
  return { size: v.size * n, dims: v.dims, values, scale: scales };
}

/** Times every query in Node; prints a table. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: "string", default: "public/data" },
      runs: { type: "string", default: "300" },
      scale: { type: "string", default: "1" },
    },
  });
  const runs = Number(values.runs);
  const scale = Number(values.scale);

  let engine = await loadEngineFromDisk(values.data);
  if (scale > 1) {
    const catalog = tile(engine.catalog, scale);
    const vectors = tileVectors(engine.recommender.vectors, scale);
    engine = new Engine(engine.manifest, catalog, createRecommender(catalog, vectors));
  }
  const c = engine.catalog;

  /** A few valid values per kind, taken from the data itself (the most-voted films, etc.). */
  const byVotes = [...c.voteCount.keys()].sort((a, b) => c.voteCount[b] - c.voteCount[a]);
  const titles = byVotes.slice(0, 20).map((row) => c.title[row]);
  const firstOf = (column: (string | readonly string[] | null)[]) => {
    const out: string[] = [];
    for (const row of byVotes) {
      const cell = column[row];
      const value = typeof cell === "string" ? cell : cell?.[0];
      if (value && !out.includes(value)) out.push(value);
      if (out.length === 10) break;
    }
    return out;
  };
  const samples: Record<QueryName, string[]> = {
    peliculas_mes: ["enero", "Febrero", "agosto", "December", "setiembre"],
    peliculas_dia: ["lunes", "miercoles", "Sábado", "friday"],
    franquicia: firstOf(c.collection),
    peliculas_pais: [...firstOf(c.countries), "US", "Estados Unidos"],
    productoras: firstOf(c.companies),
    retorno: titles,
    recomendacion: titles,
    peliculas_idioma: ["en", "es", "Spanish", "français", ...firstOf(c.originalLanguage)],
    peliculas_duracion: titles,
    score_titulo: titles,
    votos_titulo: titles,
    get_director: firstOf(c.directors),
    get_actor: firstOf(c.cast),
  };

  function time(name: QueryName, inputs: string[]) {
    const param = QUERIES[name].param;
    const make = (v: string) => ({ [param]: v });
    for (const v of inputs) engine.query(name, make(v)); // warm: builds the indexes once
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const input = make(inputs[i % inputs.length]);
      const start = performance.now();
      engine.query(name, input);
      ms.push(performance.now() - start);
    }
    return summarize(ms);
  }

  console.log(
    `${c.size} films from ${engine.manifest.source} (${values.data}); ${runs} runs per query`,
  );
  console.log(
    "query".padEnd(20),
    "p50 ms".padStart(8),
    "p95 ms".padStart(8),
    "  unknown-value p95 ms",
  );
  for (const name of QUERY_NAMES) {
    const inputs = samples[name].filter(Boolean);
    const known = inputs.length > 0 ? time(name, inputs) : null;
    const unknown = time(name, ["zzqx nothing like it"]);
    const f = (x: number | undefined) => (x === undefined ? "-" : x.toFixed(3)).padStart(8);
    console.log(name.padEnd(20), f(known?.p50), f(known?.p95), f(unknown.p95).padStart(23));
  }
  return 0;
}
