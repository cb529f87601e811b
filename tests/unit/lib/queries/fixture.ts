// A small catalogue for the query tests, written as real assets (the build's own writers) so the
// engine, the CLI and the tests read it exactly as they read a real build. Facts of real films,
// rounded and written by hand; "Toy Story of Terror!" has its money and runtime blanked (synthetic)
// to stand for the data's unknowns.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recommenderAssets } from "../../../../build-data/features/recommender-assets.ts";
import { writeSite } from "../../../../build-data/build.ts";
import type { Engine } from "../../../../src/lib/engine.ts";
import type { Film, FilmColumn } from "../../../../src/lib/schema.ts";
import { film as baseFilm } from "../../../fixtures/films.ts";
import { loadEngineFromDisk } from "../../../../scripts/lib/node-engine.ts";
import { filmsToIPC } from "../../../../src/lib/codecs/films.ts";

const US = { production_countries: ["United States of America"], production_country_codes: ["US"] };

/** A fixture film: votes unknown unless given; year and return derived as the ETL derives them. */
function film(id: number, fields: Partial<Film> & Pick<Film, "title" | "release_date">): Film {
  const budget = fields.budget ?? 0;
  const revenue = fields.revenue ?? 0;
  return baseFilm({
    vote_average: null,
    vote_count: null,
    id,
    release_year: Number(fields.release_date.slice(0, 4)),
    return: budget > 0 ? revenue / budget : 0,
    ...fields,
  });
}

/** What the first two Toy Story films share: their collection, studio, director and leads. */
const TOY_STORY = {
  collection: "Toy Story Collection",
  genres: ["Animation", "Family"],
  production_companies: ["Pixar Animation Studios"],
  ...US,
  directors: ["John Lasseter"],
  cast: ["Tom Hanks", "Tim Allen"],
};

export const FILMS: Film[] = [
  film(862, {
    title: "Toy Story",
    release_date: "1995-10-30",
    budget: 30_000_000,
    revenue: 373_554_033,
    runtime: 81,
    popularity: 21.946943,
    vote_average: 7.7,
    vote_count: 5415,
    ...TOY_STORY,
  }),
  film(863, {
    title: "Toy Story 2",
    release_date: "1999-10-30",
    budget: 90_000_000,
    revenue: 497_366_869,
    runtime: 92,
    popularity: 17.547693,
    vote_average: 7.3,
    vote_count: 3914,
    ...TOY_STORY,
  }),
  film(213121, {
    title: "Toy Story of Terror!",
    release_date: "2013-10-16",
    popularity: 8.2,
    vote_average: 7.1,
    vote_count: 300,
    collection: "Toy Story Collection",
    genres: ["Animation", "Family"],
    production_companies: ["Pixar Animation Studios"],
    ...US,
    directors: ["Angus MacLane"],
    cast: ["Tom Hanks"],
  }),
  film(1417, {
    title: "Pan's Labyrinth",
    original_title: "El laberinto del fauno",
    release_date: "2006-10-11",
    budget: 19_000_000,
    revenue: 83_258_226,
    runtime: 118,
    popularity: 13.2,
    vote_average: 7.6,
    vote_count: 3041,
    original_language: "es",
    genres: ["Fantasy", "Drama"],
    production_companies: ["Tequila Gang", "Estudios Picasso"],
    production_countries: ["Spain", "Mexico"],
    production_country_codes: ["ES", "MX"],
    directors: ["Guillermo del Toro"],
    cast: ["Ivana Baquero", "Sergi López"],
  }),
  film(194, {
    title: "Amélie",
    release_date: "2001-04-25",
    budget: 10_000_000,
    revenue: 173_921_954,
    runtime: 122,
    popularity: 12.5,
    vote_average: 7.8,
    vote_count: 3403,
    original_language: "fr",
    genres: ["Comedy", "Romance"],
    production_companies: ["Claudie Ossard Productions"],
    production_countries: ["France"],
    production_country_codes: ["FR"],
    directors: ["Jean-Pierre Jeunet"],
    cast: ["Audrey Tautou"],
  }),
  film(593, {
    title: "Solaris",
    release_date: "1972-03-20",
    runtime: 167,
    popularity: 7.1,
    vote_average: 7.7,
    vote_count: 364,
    original_language: "ru",
    genres: ["Drama", "Science Fiction"],
    production_companies: ["Mosfilm"],
    production_countries: ["Soviet Union"],
    production_country_codes: ["SU"],
    directors: ["Andrei Tarkovsky"],
    cast: ["Natalya Bondarchuk"],
  }),
  film(2103, {
    title: "Solaris",
    release_date: "2002-11-27",
    budget: 47_000_000,
    revenue: 30_002_758,
    runtime: 99,
    popularity: 9.4,
    vote_average: 5.9,
    vote_count: 624,
    genres: ["Drama", "Science Fiction"],
    production_companies: ["Twentieth Century Fox Film Corporation"],
    ...US,
    directors: ["Steven Soderbergh"],
    cast: ["George Clooney"],
  }),
];

/** Every column the films above fill: the fields of a Kaggle build with credits.csv. */
export const ALL_FIELDS = Object.keys(FILMS[0]) as FilmColumn[];

/** Writes the fixture as a build into a new temporary folder; `fields` says what the source knows. */
export async function writeFixture(fields: FilmColumn[] = ALL_FIELDS): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "filmoteca-queries-"));
  await writeSite(dir, {
    films: FILMS,
    filmsAsset: filmsToIPC(FILMS),
    features: await recommenderAssets(FILMS, null),
    assets: {},
    body: {
      source: "kaggle",
      inputFingerprint: "fixture",
      counts: {
        input: FILMS.length,
        kept: FILMS.length,
        duplicates: 0,
        quarantined: 0,
        dropped: 0,
      },
      fields,
    },
  });
  return dir;
}

/** Engines over the fixture, one per list of known fields (the engine reads its files at once). */
export async function openFixtures(...fieldLists: FilmColumn[][]): Promise<Engine[]> {
  return Promise.all(
    fieldLists.map(async (fields) => {
      const dir = await writeFixture(fields);
      try {
        return await loadEngineFromDisk(dir);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }),
  );
}
