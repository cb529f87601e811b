import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { Engine } from "../../../../src/lib/engine.ts";
import { calendarNames } from "../../../../src/lib/queries/dates.ts";
import { ALL_FIELDS, openFixtures } from "./fixture.ts";

let engine: Engine;
before(async () => {
  [engine] = await openFixtures(ALL_FIELDS);
});

describe("calendarNames(unit, lang)", () => {
  it("names the months and weekdays from Monday in Spanish and English", () => {
    assert.equal(calendarNames("month", "es")[8], "septiembre");
    assert.equal(calendarNames("month", "en")[0], "January");
    assert.deepEqual(calendarNames("weekday", "es"), [
      "lunes",
      "martes",
      "miércoles",
      "jueves",
      "viernes",
      "sábado",
      "domingo",
    ]);
  });
});

describe("peliculas_mes(mes)", () => {
  it("counts the films released in October of every year", () => {
    assert.deepEqual(engine.query("peliculas_mes", { mes: "octubre" }), {
      mes: "octubre",
      cantidad: 4,
    });
  });
  it("accepts case, spaces and English, and answers with the Spanish name", () => {
    for (const mes of [" OCTUBRE ", "October", "oct"])
      assert.deepEqual(engine.query("peliculas_mes", { mes }), { mes: "octubre", cantidad: 4 });
    assert.deepEqual(engine.query("peliculas_mes", { mes: "April" }), {
      mes: "abril",
      cantidad: 1,
    });
    assert.deepEqual(engine.query("peliculas_mes", { mes: "setiembre" }), {
      mes: "septiembre",
      cantidad: 0,
    });
  });
  it("answers an unknown month with an error and month names", () => {
    assert.deepEqual(engine.query("peliculas_mes", { mes: "marzoo" }), {
      error: '"marzoo" no es un mes',
      sugerencias: ["marzo", "mayo"],
    });
  });
  it("answers a missing month with an error naming the parameter", () => {
    assert.deepEqual(engine.query("peliculas_mes", {}), {
      error: 'falta el valor de "mes"',
      sugerencias: [],
    });
  });
});

describe("peliculas_dia(dia)", () => {
  it("counts the films released on a Wednesday, with or without the accent, in English too", () => {
    for (const dia of ["miércoles", "Miercoles", "wednesday"])
      assert.deepEqual(engine.query("peliculas_dia", { dia }), { dia: "miércoles", cantidad: 4 });
  });
  it("counts Mondays and Saturdays from the date in UTC", () => {
    assert.deepEqual(engine.query("peliculas_dia", { dia: "lunes" }), {
      dia: "lunes",
      cantidad: 2,
    });
    assert.deepEqual(engine.query("peliculas_dia", { dia: "SABADO" }), {
      dia: "sábado",
      cantidad: 1,
    });
  });
  it("answers a weekday it does not know with the valid names", () => {
    assert.deepEqual(engine.query("peliculas_dia", { dia: "finde" }), {
      error: '"finde" no es un día de la semana',
      sugerencias: ["lunes", "martes", "miércoles", "jueves", "viernes"],
    });
  });
});
