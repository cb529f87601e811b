// `npx tsx scripts/bench-queries.ts [--data DIR] [--runs N]`: p50/p95 per query over the built
// assets in Node, after the engine is ready and each query has run once (its indexes are built
// on first use). Inputs cycle through several values per query, plus one unknown value.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { QUERIES, QUERY_NAMES, type QueryName } from "../src/lib/queries/index.ts";
import { loadEngineFromDisk } from "./lib/node-engine.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "public/data" },
    runs: { type: "string", default: "300" },
  },
});
const runs = Number(values.runs);
const engine = await loadEngineFromDisk(values.data);
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

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

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
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1] };
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
