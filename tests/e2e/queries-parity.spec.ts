import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";

// The worker (through the page) and the CLI answer the same inputs identically, over the same built
// assets (public/data, which dist/ serves), on the real Movies Dataset build that .ci/run makes
// (E2E_DATASET=kaggle). Skipped in `npm test`'s vega run to keep it lean: 15 CLI processes.
test.skip(process.env.E2E_DATASET !== "kaggle", "runs on the real data build in .ci/run");

const exec = promisify(execFile);

const CASES: [query: string, param: string, value: string, year?: string][] = [
  ["peliculas_mes", "mes", "enero"],
  ["peliculas_dia", "dia", "Miercoles"],
  ["franquicia", "franquicia", "Toy Story"],
  ["peliculas_pais", "pais", "US"],
  ["productoras", "productora", "Pixar Animation Studios"],
  ["productoras", "productora", "Pixar"],
  ["retorno", "titulo", "Toy Story"],
  ["retorno", "titulo", "Alice in Wonderland", "1951"],
  ["recomendacion", "titulo", "Toy Story"],
  ["peliculas_idioma", "idioma", "español"],
  ["peliculas_duracion", "titulo", "Jumanji"],
  ["score_titulo", "titulo", "Heat"],
  ["votos_titulo", "titulo", "Toy Story"],
  ["get_director", "director", "John Lasseter"],
  ["get_actor", "actor", "Tom Hanks"],
];

async function cli(query: string, value: string, year?: string): Promise<unknown> {
  const args = ["--import", "tsx", "scripts/query.ts", query, value];
  if (year) args.push("--year", year);
  // Exit 1 (an error answer) still prints the answer to compare.
  const { stdout } = await exec(process.execPath, args).catch((e: { stdout: string }) => e);
  return JSON.parse(stdout);
}

test.describe("the CLI and the worker give identical answers", () => {
  for (const [query, param, value, year] of CASES) {
    const params = new URLSearchParams({ [param]: value });
    if (year) params.set("año", year);
    test(`for ${query} ${params}`, async ({ page }) => {
      const [expected] = await Promise.all([
        cli(query, value, year),
        page.goto(`/consultas/${query}/?${params}`),
      ]);
      const json = page.getByTestId("answer-json");
      await expect(json).not.toBeEmpty();
      expect(JSON.parse((await json.textContent())!)).toEqual(expected);
    });
  }
});
