// The queries over money the data does not trust and over credits that cover part of the
// catalogue: real films' figures (the Amityville Horror Collection, Modern Times, Never Talk to
// Strangers) in a small catalogue made here, with credits for only some of its films.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { catalogFromFilms } from "../../../../src/lib/catalog.ts";
import { runQuery, type QueryContext } from "../../../../src/lib/queries/index.ts";
import type { Film } from "../../../../src/lib/schema.ts";
import { createNameIndex } from "../../../../src/lib/suggest.ts";
import { film } from "../../../fixtures/films.ts";
import { ALL_FIELDS } from "./fixture.ts";

const AMITYVILLE = "The Amityville Horror Collection";
const amityville = (
  id: number,
  title: string,
  year: number,
  budget: number,
  revenue: number,
): Film =>
  film({ id, title, release_year: year, budget, revenue, collection: AMITYVILLE, vote_count: id });

const FILMS: Film[] = [
  amityville(10765, "The Amityville Horror", 1979, 0, 86_432_000),
  amityville(11834, "Amityville II: The Possession", 1982, 0, 12_534_817),
  amityville(17203, "Amityville 3-D", 1983, 0, 6_333_135),
  amityville(41434, "Amityville: A New Generation", 1993, 1_500_000, 0),
  amityville(41436, "Amityville: It's About Time", 1992, 0, 0),
  amityville(41437, "The Amityville Curse", 1990, 0, 0),
  amityville(41438, "Amityville: Dollhouse", 1996, 0, 0),
  film({
    id: 3082,
    title: "Modern Times",
    release_year: 1936,
    budget: 1,
    revenue: 8_500_000,
    return: 8_500_000,
    production_companies: ["Charles Chaplin Productions"],
    directors: ["Charlie Chaplin"],
    cast: ["Charlie Chaplin", "Paulette Goddard"],
  }),
  film({
    id: 48781,
    title: "Never Talk to Strangers",
    release_year: 1995,
    budget: 6_400_000,
    revenue: 6,
    production_companies: ["Charles Chaplin Productions"],
    directors: ["Peter Hall"],
    cast: ["Rebecca De Mornay"],
  }),
  film({
    id: 3086,
    title: "The Great Dictator",
    release_year: 1940,
    budget: 2_000_000,
    revenue: 11_000_000,
    production_companies: ["Charles Chaplin Productions"],
    directors: ["Charlie Chaplin"],
    cast: ["Charlie Chaplin", "Paulette Goddard"],
  }),
];

function context(films: Film[]): QueryContext {
  const catalog = catalogFromFilms(films);
  return {
    catalog,
    source: "kaggle",
    fields: new Set(ALL_FIELDS),
    titles: createNameIndex(catalog.title),
    recommendTitles: () => [],
    cache: new Map(),
  };
}

const ctx = context(FILMS);

describe("franquicia over unknown money", () => {
  it("keeps the original's sum: The Amityville Horror Collection gained 103,799,952", () => {
    const answer = runQuery(ctx, "franquicia", { franquicia: AMITYVILLE });
    assert.equal(answer.cantidad, 7);
    assert.equal(answer.ganancia_total, 103_799_952);
    assert.equal(answer.ganancia_promedio, 103_799_952 / 7);
    // None of the seven has both figures known.
    assert.equal(answer.con_ambos_datos, 0);
    assert.equal(answer.dudosas, 0);
  });
  it("lists its films in release order, each with its id", () => {
    const answer = runQuery(ctx, "franquicia", { franquicia: "the amityville horror" });
    const films = answer.peliculas as { id: number; titulo: string; año: number }[];
    assert.deepEqual(
      films.map((f) => [f.id, f.año]),
      [
        [10765, 1979],
        [11834, 1982],
        [17203, 1983],
        [41437, 1990],
        [41436, 1992],
        [41434, 1993],
        [41438, 1996],
      ],
    );
    assert.deepEqual(films[0], {
      id: 10765,
      titulo: "The Amityville Horror",
      año: 1979,
      inversion: 0,
      ganancia: 86_432_000,
    });
  });
});

describe("doubtful money", () => {
  it("retorno keeps the original's figures and names the doubtful ones", () => {
    assert.deepEqual(runQuery(ctx, "retorno", { titulo: "Modern Times" }), {
      pelicula: "Modern Times",
      inversion: 1,
      ganancia: 8_500_000,
      retorno: 8_500_000,
      año: 1936,
      dato_dudoso: ["inversion", "retorno"],
    });
    assert.deepEqual(runQuery(ctx, "retorno", { titulo: "Never Talk to Strangers" }).dato_dudoso, [
      "ganancia",
      "retorno",
    ]);
    assert.equal(runQuery(ctx, "retorno", { titulo: "The Great Dictator" }).dato_dudoso, undefined);
  });
  it("a return sum leaves out the film with a doubtful figure and says so", () => {
    const answer = runQuery(ctx, "get_director", { director: "Charlie Chaplin" });
    assert.equal(answer.retorno_total, 5.5);
    assert.equal(answer.dudosas, 1);
    assert.equal(answer.con_ambos_datos, 1);
    const films = answer.peliculas as { titulo: string; dato_dudoso?: boolean }[];
    assert.deepEqual(
      films.map((f) => [f.titulo, f.dato_dudoso ?? false]),
      [
        ["Modern Times", true],
        ["The Great Dictator", false],
      ],
    );
    const actor = runQuery(ctx, "get_actor", { actor: "Paulette Goddard" });
    assert.deepEqual([actor.cantidad, actor.retorno_total, actor.retorno_promedio], [2, 5.5, 5.5]);
    assert.equal(actor.dudosas, 1);
  });
  it("a revenue sum leaves out only the doubtful revenues", () => {
    const answer = runQuery(ctx, "productoras", { productora: "Charles Chaplin Productions" });
    assert.equal(answer.ganancia_total, 8_500_000 + 11_000_000);
    assert.equal(answer.cantidad, 3);
    assert.equal(answer.con_recaudacion, 2);
    assert.equal(answer.dudosas, 1);
  });
});

describe("credits that cover part of the catalogue", () => {
  it("a person's answer says how many films have credits", () => {
    const answer = runQuery(ctx, "get_actor", { actor: "Charlie Chaplin" });
    assert.equal(answer.cantidad, 2);
    assert.equal(answer.con_creditos, 3);
    assert.equal(answer.catalogo, 10);
  });
  it("a name not found may be among the films without credits, and no stranger is offered", () => {
    assert.deepEqual(runQuery(ctx, "get_director", { director: "Steven Spielberg" }), {
      error:
        '"Steven Spielberg" no coincide con ningún director de los datos: solo 3 de las 10 películas (30\u00a0%) tienen su director en los créditos, y puede estar entre las demás',
      sugerencias: [],
      con_creditos: 3,
      catalogo: 10,
    });
  });
  it("still offers a name that resembles the one asked for", () => {
    const answer = runQuery(ctx, "get_director", { director: "Charlie Chaplinn" });
    assert.deepEqual(answer.sugerencias, ["Charlie Chaplin"]);
  });
});

describe("lists of what the answer counts", () => {
  it("are capped at 20 films, most voted first", () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      film({
        id: 100 + i,
        title: `Film ${i}`,
        release_year: 2000,
        vote_count: i,
        production_countries: ["Spain"],
      }),
    );
    const answer = runQuery(context(many), "peliculas_pais", { pais: "Spain" });
    const films = answer.peliculas as { id: number }[];
    assert.equal(answer.cantidad, 25);
    assert.equal(films.length, 20);
    assert.equal(films[0].id, 124);
  });
});
