// Where the real Movies Dataset files are for integration tests, evaluation and benchmarks:
// $FILMOTECA_SHARED_DATA, else ../shared/data/the-movies-dataset beside the repository (as in CI).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED_DATA = resolve(
  process.env.FILMOTECA_SHARED_DATA ??
    join(process.cwd(), "..", "shared", "data", "the-movies-dataset"),
);

/** True when the real files are present (they are in CI and in development, not on a fresh clone). */
export const hasSharedData = () => existsSync(join(SHARED_DATA, "movies_metadata.csv"));
