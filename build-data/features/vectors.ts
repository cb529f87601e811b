// Item vectors from what describes a film: weighted, IDF-scaled features hashed into a few dense
// dimensions (signed feature hashing), normalised to unit length. Shared tokens mean high cosine.
import type { Film } from "../../src/lib/schema.ts";
import { fold } from "../../src/lib/text.ts";

/** Options of {@link buildVectors}. */
export interface VectorOptions {
  /** Dimensions of each vector. Default 64. */
  dims?: number;
}

/** Weight of each kind of feature: what makes two films alike, most telling first. */
export const FEATURE_WEIGHTS = {
  collection: 3,
  director: 2,
  genre: 1.5,
  keyword: 1,
  cast: 0.8,
  company: 0.5,
  language: 0.5,
  decade: 0.7,
  word: 0.3,
} as const;

const STOP = new Set(
  "a an and are as at be by for from has he her his in is it its of on or she that the their they this to was when who with".split(
    " ",
  ),
);

/** The weighted features of one film, e.g. `genre:animation` → 1.5. */
export function featuresOf(film: Film): Map<string, number> {
  const out = new Map<string, number>();
  const add = (
    kind: keyof typeof FEATURE_WEIGHTS,
    values: readonly string[] | null | undefined,
  ) => {
    for (const v of values ?? []) out.set(`${kind}:${fold(v)}`, FEATURE_WEIGHTS[kind]);
  };
  if (film.collection) add("collection", [film.collection]);
  add("director", film.directors);
  add("genre", film.genres);
  add("keyword", film.keywords);
  add("cast", film.cast?.slice(0, 5));
  add("company", film.production_companies?.slice(0, 3));
  if (film.original_language) add("language", [film.original_language]);
  add("decade", [String(Math.floor(film.release_year / 10) * 10)]);
  const words = fold(`${film.overview ?? ""} ${film.tagline ?? ""}`).match(/[a-z0-9]{3,}/g) ?? [];
  add(
    "word",
    words.filter((w) => !STOP.has(w)),
  );
  return out;
}

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Unit-length float vectors, row-major, one per film in the order given. */
export function buildVectors(films: readonly Film[], options: VectorOptions = {}): Float32Array {
  const dims = options.dims ?? 64;
  const features = films.map(featuresOf);
  const documentFrequency = new Map<string, number>();
  for (const f of features)
    for (const key of f.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const out = new Float32Array(films.length * dims);
  features.forEach((f, i) => {
    for (const [key, weight] of f) {
      const df = documentFrequency.get(key) ?? 1;
      // A feature only one film has says nothing about similarity.
      if (df < 2) continue;
      const h = fnv1a(key);
      const sign = h & 1 ? 1 : -1;
      out[i * dims + ((h >>> 1) % dims)] += sign * weight * Math.log(films.length / df);
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += out[i * dims + d] ** 2;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let d = 0; d < dims; d++) out[i * dims + d] /= norm;
  });
  return out;
}
