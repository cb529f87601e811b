import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { Engine } from "../../../../src/lib/engine.ts";
import { ALL_FIELDS, openFixtures } from "./fixture.ts";

let engine: Engine;
let bare: Engine;
before(async () => {
  [engine, bare] = await openFixtures(
    ALL_FIELDS,
    ALL_FIELDS.filter((f) => f !== "popularity" && f !== "runtime"),
  );
});

describe("retorno(titulo)", () => {
  it("answers budget, revenue, revenue/budget and year", () => {
    assert.deepEqual(engine.query("retorno", { titulo: "toy story" }), {
      pelicula: "Toy Story",
      inversion: 30_000_000,
      ganancia: 373_554_033,
      retorno: 12.4518011,
      año: 1995,
    });
  });
  it("ignores accents and case", () => {
    assert.equal(engine.query("retorno", { titulo: "AMELIE" }).pelicula, "Amélie");
  });
  it("answers a return of 0 when the budget is unknown", () => {
    assert.deepEqual(engine.query("retorno", { titulo: "Toy Story of Terror!" }), {
      pelicula: "Toy Story of Terror!",
      inversion: 0,
      ganancia: 0,
      retorno: 0,
      año: 2013,
    });
  });
  it("answers a shared title for the most-voted film and lists the others with their years", () => {
    assert.deepEqual(engine.query("retorno", { titulo: "Solaris" }), {
      pelicula: "Solaris",
      inversion: 47_000_000,
      ganancia: 30_002_758,
      retorno: 0.6383565531914893,
      año: 2002,
      otras: [{ titulo: "Solaris", año: 1972 }],
    });
  });
  it("picks the film of the year `año` names", () => {
    assert.deepEqual(engine.query("retorno", { titulo: "Solaris", año: "1972" }), {
      pelicula: "Solaris",
      inversion: 0,
      ganancia: 0,
      retorno: 0,
      año: 1972,
      otras: [{ titulo: "Solaris", año: 2002 }],
    });
  });
  it("answers a year with no such film with the years there are", () => {
    assert.deepEqual(engine.query("retorno", { titulo: "Solaris", año: "1990" }), {
      error: 'ninguna película titulada "Solaris" es de 1990',
      sugerencias: ["2002", "1972"],
    });
  });
  it("refuses a year that is not a number", () => {
    assert.deepEqual(engine.query("retorno", { titulo: "Solaris", año: "setenta" }), {
      error: '"setenta" no es un año: se esperaba un número de cuatro cifras',
      sugerencias: [],
    });
  });
  it("does not match part of a title, and suggests the closest titles", () => {
    assert.deepEqual(engine.query("retorno", { titulo: "Toy" }), {
      error: 'ninguna película se titula "Toy"',
      sugerencias: ["Toy Story", "Toy Story 2", "Toy Story of Terror!"],
    });
  });
  it("suggests through a typo", () => {
    assert.deepEqual(
      (engine.query("retorno", { titulo: "Pan's Labirynth" }) as { sugerencias: string[] })
        .sugerencias,
      ["Pan's Labyrinth"],
    );
  });
});

describe("recomendacion(titulo)", () => {
  it("lists the titles of the 5 films the recommender finds most alike", () => {
    const answer = engine.query("recomendacion", { titulo: "Toy Story" });
    const expected = engine.recommendById(862, { k: 5 }).map((f) => f.title);
    assert.deepEqual(answer, { "lista recomendada": expected });
    assert.equal(expected.length, 5);
    assert.ok(!expected.includes("Toy Story"));
  });
  it("recommends for the film `año` picks among films of the same title", () => {
    const answer = engine.query("recomendacion", { titulo: "solaris", año: "1972" });
    assert.deepEqual(answer, {
      "lista recomendada": engine.recommendById(593, { k: 5 }).map((f) => f.title),
      otras: [{ titulo: "Solaris", año: 2002 }],
    });
  });
});

describe("peliculas_duracion(titulo)", () => {
  it("answers the runtime in minutes", () => {
    assert.deepEqual(engine.query("peliculas_duracion", { titulo: "Pan's Labyrinth" }), {
      pelicula: "Pan's Labyrinth",
      duracion: 118,
      año: 2006,
    });
  });
  it("answers null, said plainly, when the runtime is unknown", () => {
    assert.deepEqual(engine.query("peliculas_duracion", { titulo: "Toy Story of Terror!" }), {
      pelicula: "Toy Story of Terror!",
      duracion: null,
      año: 2013,
      nota: "la duración de esta película no consta en los datos",
    });
  });
  it("says plainly when the data has no runtimes", () => {
    assert.deepEqual(bare.query("peliculas_duracion", { titulo: "Toy Story" }), {
      error: "estos datos (fuente kaggle) no tienen la duración: la fuente no la trae",
      sugerencias: [],
    });
  });
});

describe("score_titulo(titulo)", () => {
  it("answers the popularity as the data wrote it", () => {
    assert.deepEqual(engine.query("score_titulo", { titulo: "Toy Story" }), {
      titulo: "Toy Story",
      año: 1995,
      popularidad: 21.94694,
    });
  });
  it("says plainly when the data has no popularity", () => {
    assert.match(
      (bare.query("score_titulo", { titulo: "Toy Story" }) as { error: string }).error,
      /no tienen la popularidad/,
    );
  });
});

describe("votos_titulo(titulo)", () => {
  it("answers votes and average", () => {
    assert.deepEqual(engine.query("votos_titulo", { titulo: "Amélie" }), {
      titulo: "Amélie",
      año: 2001,
      votos: 3403,
      promedio: 7.8,
    });
  });
  it("adds a note when fewer than 2,000 votes make the average", () => {
    assert.deepEqual(engine.query("votos_titulo", { titulo: "Solaris", año: "1972" }), {
      titulo: "Solaris",
      año: 1972,
      votos: 364,
      promedio: 7.7,
      nota: "menos de 2000 votos: el promedio se apoya en pocos votos",
      otras: [{ titulo: "Solaris", año: 2002 }],
    });
  });
});
