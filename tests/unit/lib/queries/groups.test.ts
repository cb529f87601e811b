import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { Engine } from "../../../../src/lib/engine.ts";
import { ALL_FIELDS, openFixtures } from "./fixture.ts";

let engine: Engine;
/** The same films from a source that knows no collections, countries, companies or languages. */
let bare: Engine;
before(async () => {
  const grouping = [
    "collection",
    "production_countries",
    "production_companies",
    "original_language",
  ];
  [engine, bare] = await openFixtures(
    ALL_FIELDS,
    ALL_FIELDS.filter((f) => !grouping.includes(f)),
  );
});

describe("franquicia(franquicia)", () => {
  const toyStory = {
    franquicia: "Toy Story Collection",
    cantidad: 3,
    // (373,554,033 − 30,000,000) + (497,366,869 − 90,000,000) + (0 − 0): Toy Story of Terror! has
    // no known budget or revenue, so it adds 0, and the average is over the three films, as the
    // original API's were.
    ganancia_total: 750_920_902,
    ganancia_promedio: 750_920_902 / 3,
    con_ambos_datos: 2,
    dudosas: 0,
    peliculas: [
      { id: 862, titulo: "Toy Story", año: 1995, inversion: 30_000_000, ganancia: 373_554_033 },
      { id: 863, titulo: "Toy Story 2", año: 1999, inversion: 90_000_000, ganancia: 497_366_869 },
      { id: 213121, titulo: "Toy Story of Terror!", año: 2013, inversion: 0, ganancia: 0 },
    ],
  };
  it("matches Toy Story to Toy Story Collection", () => {
    assert.deepEqual(engine.query("franquicia", { franquicia: "Toy Story" }), toyStory);
  });
  it("matches the whole name loosely: case and spaces", () => {
    assert.deepEqual(
      engine.query("franquicia", { franquicia: "  toy STORY   collection " }),
      toyStory,
    );
  });
  it("does not match a part of the name, and suggests the closest collections", () => {
    assert.deepEqual(engine.query("franquicia", { franquicia: "Toy" }), {
      error: '"Toy" no coincide con ninguna franquicia de los datos',
      sugerencias: ["Toy Story Collection"],
    });
  });
  it("says plainly when the data has no collections", () => {
    assert.deepEqual(bare.query("franquicia", { franquicia: "Toy Story" }), {
      error:
        "estos datos (fuente kaggle) no tienen las franquicias (colecciones): hacen falta los datos de TMDB (movies_metadata.csv)",
      sugerencias: [],
    });
  });
});

describe("peliculas_pais(pais)", () => {
  const us = {
    pais: "United States of America",
    cantidad: 4,
    // Most votes first.
    peliculas: [
      { id: 862, titulo: "Toy Story", año: 1995 },
      { id: 863, titulo: "Toy Story 2", año: 1999 },
      { id: 2103, titulo: "Solaris", año: 2002 },
      { id: 213121, titulo: "Toy Story of Terror!", año: 2013 },
    ],
  };
  it("counts the films produced in a country named as the data names it", () => {
    assert.deepEqual(engine.query("peliculas_pais", { pais: "united states of america" }), us);
  });
  it("accepts the ISO code and the Spanish and English names Intl gives it", () => {
    for (const pais of ["US", "us", "Estados Unidos", "United States"])
      assert.deepEqual(engine.query("peliculas_pais", { pais }), us);
    assert.deepEqual(engine.query("peliculas_pais", { pais: "España" }), {
      pais: "Spain",
      cantidad: 1,
      peliculas: [{ id: 1417, titulo: "Pan's Labyrinth", año: 2006 }],
    });
    const mexico = engine.query("peliculas_pais", { pais: "mexico" });
    assert.deepEqual([mexico.pais, mexico.cantidad], ["Mexico", 1]);
  });
  it("answers an unknown country with the closest ones", () => {
    assert.deepEqual(engine.query("peliculas_pais", { pais: "Franse" }), {
      error: '"Franse" no coincide con ningún país de producción de los datos',
      sugerencias: ["France"],
    });
  });
});

describe("productoras(productora)", () => {
  it("sums the revenue of every film of the company (an unknown revenue adds 0)", () => {
    assert.deepEqual(engine.query("productoras", { productora: "pixar animation studios" }), {
      productora: "Pixar Animation Studios",
      ganancia_total: 870_920_902,
      cantidad: 3,
      con_recaudacion: 2,
      dudosas: 0,
      peliculas: [
        { id: 862, titulo: "Toy Story", año: 1995 },
        { id: 863, titulo: "Toy Story 2", año: 1999 },
        { id: 213121, titulo: "Toy Story of Terror!", año: 2013 },
      ],
    });
  });
  it("does not count Pixar inside another company's name, as the original did", () => {
    assert.deepEqual(engine.query("productoras", { productora: "Pixar" }), {
      error: '"Pixar" no coincide con ninguna productora de los datos',
      sugerencias: ["Pixar Animation Studios"],
    });
  });
  it("ignores accents", () => {
    assert.deepEqual(engine.query("productoras", { productora: "Estudios Picassó" }), {
      productora: "Estudios Picasso",
      ganancia_total: 83_258_226,
      cantidad: 1,
      con_recaudacion: 1,
      dudosas: 0,
      peliculas: [{ id: 1417, titulo: "Pan's Labyrinth", año: 2006 }],
    });
  });
});

describe("peliculas_idioma(idioma)", () => {
  it("counts films by original language from the code or its Spanish or English name", () => {
    for (const idioma of ["es", "Spanish", "español", "ESPANOL"])
      assert.deepEqual(engine.query("peliculas_idioma", { idioma }), {
        idioma: "es",
        cantidad: 1,
      });
    assert.deepEqual(engine.query("peliculas_idioma", { idioma: "inglés" }), {
      idioma: "en",
      cantidad: 4,
    });
    assert.deepEqual(engine.query("peliculas_idioma", { idioma: "French" }), {
      idioma: "fr",
      cantidad: 1,
    });
  });
  it("answers an unknown language with the closest ones", () => {
    assert.deepEqual(engine.query("peliculas_idioma", { idioma: "klingon" }), {
      error: '"klingon" no coincide con ningún idioma original de los datos',
      sugerencias: ["en", "es", "fr", "ru"],
    });
  });
  it("says plainly when the data has no languages", () => {
    assert.match(
      (bare.query("peliculas_idioma", { idioma: "es" }) as { error: string }).error,
      /no tienen el idioma original/,
    );
  });
});

describe("Engine.suggest(kind, text)", () => {
  it("completes countries from a prefix, with their film counts", () => {
    assert.deepEqual(engine.suggest("country", "unit"), [
      { value: "United States of America", films: 4 },
    ]);
  });
  it("names languages in Spanish and English", () => {
    assert.deepEqual(engine.suggest("language", "espa"), [
      { value: "es", films: 1, names: ["español", "Spanish"] },
    ]);
  });
  it("offers titles with their years", () => {
    assert.deepEqual(engine.suggest("title", "solaris"), [
      { value: "Solaris", year: 2002 },
      { value: "Solaris", year: 1972 },
    ]);
  });
  it("completes months in Spanish", () => {
    assert.deepEqual(engine.suggest("month", "ma"), [{ value: "marzo" }, { value: "mayo" }]);
  });
});
