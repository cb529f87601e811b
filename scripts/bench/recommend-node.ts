// `npm run bench -- recommend [--data DIR] [--queries N]`: measures the recommender of a
// build in Node: gzip size of its assets, load time, and p50/p95 of top-10 requests (one film, one
// film with filters, a five-film profile, the original method). Prints one JSON object.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Engine } from "../../src/lib/engine.ts";
import { recommend } from "../../src/lib/recommend.ts";
import { seededRandom, summarize } from "../../src/bench/timing.ts";
import { loadEngineFromDisk } from "../lib/node-engine.ts";

/** Times the recommender in Node; prints one JSON object. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: "string", default: "public/data" },
      queries: { type: "string", default: "1000" },
    },
  });
  const dir = values.data!;
  const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8"));
  const sizes: Record<string, { bytes: number; gzip: number }> = {};
  for (const name of ["vectors", "neighbors"]) {
    const entry = manifest.assets[name];
    if (!entry) continue;
    const bytes = await readFile(join(dir, entry.file));
    sizes[name] = { bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
  }
  const loadStart = performance.now();
  const engine: Engine = await loadEngineFromDisk(dir);
  const loadMs = performance.now() - loadStart;
  const n = engine.catalog.size;
  const random = seededRandom(7);
  const count = Number(values.queries);
  const ids = Array.from({ length: count }, () => engine.catalog.id[Math.floor(random() * n)]);

  function percentiles(run: (i: number) => void, times = count) {
    for (let i = 0; i < Math.min(50, times); i++) run(i); // warm-up: let the JIT compile the loops
    const ms: number[] = [];
    for (let i = 0; i < times; i++) {
      const t = performance.now();
      run(i);
      ms.push(performance.now() - t);
    }
    return summarize(ms);
  }

  const rows = ids.map((id) => engine.catalog.rowOfId.get(id)!);
  console.log(
    JSON.stringify(
      {
        data: dir,
        films: n,
        assets: sizes,
        recommenderGzipBytes: Object.values(sizes).reduce((s, x) => s + x.gzip, 0),
        loadMs: Number(loadMs.toFixed(1)),
        top10: percentiles((i) => engine.recommendById(ids[i], { k: 10 })),
        top10Filtered: percentiles((i) =>
          engine.recommendById(ids[i], { k: 10, yearFrom: 1990, minVotes: 50 }),
        ),
        top10Profile5: percentiles((i) =>
          recommend(engine.recommender, rows.slice(i % (count - 5), (i % (count - 5)) + 5), {
            k: 10,
          }),
        ),
        top10Diverse: percentiles((i) => engine.recommendById(ids[i], { k: 10, diversity: 0.3 })),
        original: percentiles((i) => engine.recommendOriginal(ids[i], 10), Math.min(100, count)),
      },
      null,
      1,
    ),
  );
  return 0;
}
