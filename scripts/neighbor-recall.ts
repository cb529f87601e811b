// `npx tsx scripts/neighbor-recall.ts [--input DIR] [--sample N] [--candidates N,N]`: how much of each
// film's exact top 12 (cosine + prior, a full scan) the coarse index keeps, and at what cost, on a
// stride sample of films. The build's neighbour lists take their similar films from the index.
import { parseArgs } from "node:util";
import { readSource } from "../build-data/build.ts";
import { clean } from "../build-data/etl/clean.ts";
import { ratingsFromColumns, silentEffects } from "../build-data/etl/types.ts";
import { candidateRows, coarseIndex } from "../build-data/features/coarse-index.ts";
import { CANDIDATES, NEIGHBORS_K } from "../build-data/features/neighbors.ts";
import { buildVectors } from "../build-data/features/vectors.ts";
import { weightedRatings } from "../src/lib/popularity.ts";
import { createRecommender } from "../src/lib/recommend.ts";
import { profileVector, topK } from "../src/lib/vector-scoring.ts";
import { quantize } from "../src/lib/vectors.ts";
import { SHARED_DATA } from "./lib/shared-data.ts";
import { filmsToIPC, catalogFromIPC } from "../src/lib/codecs/films.ts";

const { values } = parseArgs({
  options: {
    input: { type: "string", default: SHARED_DATA },
    sample: { type: "string", default: "500" },
    candidates: { type: "string", default: `${CANDIDATES / 2},${CANDIDATES},${CANDIDATES * 2}` },
  },
});
const source = await readSource("kaggle", values.input, silentEffects);
const films = clean(source).films;
const joined = source.join ? await source.join(films, silentEffects) : null;
const ratings = joined?.ratings ? ratingsFromColumns(joined.ratings) : null;
const floats = buildVectors(films, ratings);
const catalog = catalogFromIPC(filmsToIPC(films));
const { vectors, bias } = createRecommender(catalog, quantize(floats.values, floats.dims), {
  prior: weightedRatings(catalog),
});
let started = performance.now();
const index = coarseIndex(vectors);
console.log(
  `${vectors.size} films, ${index.cells} cells, index built in ${(performance.now() - started).toFixed(0)} ms`,
);
const sample = Number(values.sample);
const rows = Array.from({ length: Math.min(sample, vectors.size) }, (_, i) =>
  Math.floor((i * vectors.size) / Math.min(sample, vectors.size)),
);
started = performance.now();
const exact = rows.map((row) =>
  topK(vectors, profileVector(vectors, [row]), NEIGHBORS_K, new Set([row]), null, bias).map(
    (h) => h.row,
  ),
);
const fullMs = (performance.now() - started) / rows.length;
console.log(`full scan: ${fullMs.toFixed(2)} ms a film`);
for (const count of values.candidates!.split(",").map(Number)) {
  let kept = 0;
  let scored = 0;
  started = performance.now();
  rows.forEach((row, i) => {
    const query = profileVector(vectors, [row]);
    const among = candidateRows(index, query, count);
    scored += among.length;
    const found = new Set(
      topK(vectors, query, NEIGHBORS_K, new Set([row]), null, bias, among).map((h) => h.row),
    );
    kept += exact[i].filter((r) => found.has(r)).length;
  });
  const ms = (performance.now() - started) / rows.length;
  console.log(
    `candidates ${count}: recall@${NEIGHBORS_K} ${((100 * kept) / (rows.length * NEIGHBORS_K)).toFixed(1)}%, ` +
      `${Math.round(scored / rows.length)} films scored, ${ms.toFixed(2)} ms a film ` +
      `(${((ms * vectors.size) / 1000).toFixed(1)} s for the catalogue)`,
  );
}
