import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { Engine } from "../../../../src/lib/engine.ts";
import { ALL_FIELDS, openFixtures } from "./fixture.ts";

let engine: Engine;
/** As the vega default: directors, but no cast. */
let noCast: Engine;
before(async () => {
  [engine, noCast] = await openFixtures(
    ALL_FIELDS,
    ALL_FIELDS.filter((f) => f !== "cast"),
  );
});

describe("get_director(director)", () => {
  it("lists the director's films, oldest first, with the return of each and their sum", () => {
    assert.deepEqual(engine.query("get_director", { director: "  JOHN lasseter " }), {
      director: "John Lasseter",
      retorno_total: 17.978099644444445,
      peliculas: [
        {
          titulo: "Toy Story",
          año: 1995,
          retorno: 12.4518011,
          inversion: 30_000_000,
          ganancia: 373_554_033,
          id: 862,
        },
        {
          titulo: "Toy Story 2",
          año: 1999,
          retorno: 5.526298544444445,
          inversion: 90_000_000,
          ganancia: 497_366_869,
          id: 863,
        },
      ],
      con_ambos_datos: 2,
      dudosas: 0,
      // Every film of the fixture has credits.
      con_creditos: 7,
      catalogo: 7,
    });
  });
  it("does not match a surname alone, and suggests the director", () => {
    assert.deepEqual(engine.query("get_director", { director: "Lasseter" }), {
      error: '"Lasseter" no coincide con ningún director de los datos',
      sugerencias: ["John Lasseter"],
    });
  });
});

describe("get_actor(actor)", () => {
  it("counts every film and averages the return over them all (an unknown one is 0)", () => {
    assert.deepEqual(engine.query("get_actor", { actor: "tom hanks" }), {
      actor: "Tom Hanks",
      cantidad: 3,
      retorno_total: 17.978099644444445,
      retorno_promedio: 17.978099644444445 / 3,
      con_ambos_datos: 2,
      dudosas: 0,
      con_creditos: 7,
      catalogo: 7,
      peliculas: [
        { id: 862, titulo: "Toy Story", año: 1995 },
        { id: 863, titulo: "Toy Story 2", año: 1999 },
        { id: 213121, titulo: "Toy Story of Terror!", año: 2013 },
      ],
    });
  });
  it("offers no unrelated names for a name it does not know", () => {
    assert.deepEqual(engine.query("get_actor", { actor: "Nobody Atall" }), {
      error: '"Nobody Atall" no coincide con ningún actor ni actriz de los datos',
      sugerencias: [],
    });
  });
  it("ignores accents", () => {
    assert.equal(engine.query("get_actor", { actor: "Sergi Lopez" }).actor, "Sergi López");
  });
  it("says plainly when the data has no cast (the vega default)", () => {
    assert.deepEqual(noCast.query("get_actor", { actor: "Tom Hanks" }), {
      error:
        "estos datos (fuente kaggle) no tienen el reparto: hace falta credits.csv al construir los datos",
      sugerencias: [],
    });
    assert.equal(
      noCast.query("get_director", { director: "John Lasseter" }).director,
      "John Lasseter",
    );
  });
});

describe("Engine.query(name, input)", () => {
  it("refuses a query it does not know, naming the valid ones", () => {
    assert.throws(() => engine.query("peliculas_anio", { anio: "1995" }), {
      name: "UnknownQueryError",
      message:
        'unknown query "peliculas_anio": expected one of peliculas_mes, peliculas_dia, franquicia, peliculas_pais, productoras, retorno, recomendacion, peliculas_idioma, peliculas_duracion, score_titulo, votos_titulo, get_director, get_actor',
    });
  });
});
