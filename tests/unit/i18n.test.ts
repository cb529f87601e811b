import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { translatePath } from "../../src/i18n/routes.ts";

describe("translatePath(pathname, from, to)", () => {
  it("swaps the section prefix and keeps the rest", () => {
    assert.equal(
      translatePath("/consultas/peliculas_mes/", "es", "en"),
      "/en/queries/peliculas_mes/",
    );
    assert.equal(translatePath("/en/queries/retorno/", "en", "es"), "/consultas/retorno/");
  });
  it("maps the page for you to its other language", () => {
    assert.equal(translatePath("/para-ti/", "es", "en"), "/en/for-you/");
    assert.equal(translatePath("/en/for-you/", "en", "es"), "/para-ti/");
  });
  it("maps the home pages to each other", () => {
    assert.equal(translatePath("/", "es", "en"), "/en/");
    assert.equal(translatePath("/en/", "en", "es"), "/");
    assert.equal(translatePath("/en", "en", "es"), "/");
  });
  it("falls back to the home page for an unknown path", () => {
    assert.equal(translatePath("/nowhere/", "en", "es"), "/");
  });
});
