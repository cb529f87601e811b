// The DOM renderers under a linkedom document: data from strangers must come out as text.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseHTML } from "linkedom";
import type { RecommendedFilm } from "../../../src/lib/engine.ts";
import type { Film } from "../../../src/lib/schema.ts";

const XSS = "<img src=x onerror=alert(1)>";

before(() => {
  const { document } = parseHTML('<!doctype html><html lang="es"><body></body></html>');
  Object.assign(globalThis, { document });
});

const film = (over: Partial<RecommendedFilm> = {}): RecommendedFilm => ({
  id: 1,
  title: XSS,
  year: 1995,
  genres: ["Animation", "Comedy"],
  poster_path: null,
  score: 0.9,
  reasons: [{ kind: "director", values: [XSS] }],
  ...over,
});

describe("renderFilmCards(films, lang)", () => {
  it("shows a title made of markup as those characters and creates no element from it", async () => {
    const { renderFilmCards } = await import("../../../src/client/render.ts");
    const list = renderFilmCards([film()], "es");
    assert.equal(list.querySelector(".film-card-title")!.textContent, XSS);
    assert.equal(list.querySelectorAll("img").length, 0);
    assert.equal(list.querySelector(".reasons li")!.textContent, `Mismo director: ${XSS}`);
  });
  it("links each card to its film page and says the genres in the page's language", async () => {
    const { renderFilmCards } = await import("../../../src/client/render.ts");
    const card = renderFilmCards([film({ id: 862, title: "Toy Story" })], "es").querySelector("a")!;
    assert.equal(card.getAttribute("href"), "/pelicula/?id=862");
    assert.equal(card.querySelector(".film-card-meta")!.textContent, "1995 · Animación · Comedia");
    const en = renderFilmCards([film({ id: 862 })], "en").querySelector("a")!;
    assert.equal(en.getAttribute("href"), "/en/film/?id=862");
  });
});

describe("reasonText(reason, lang)", () => {
  it("turns each kind of reason into a phrase in both languages", async () => {
    const { reasonText } = await import("../../../src/client/render.ts");
    assert.equal(
      reasonText({ kind: "collection", value: "Toy Story Collection" }, "es"),
      "De la misma saga: Toy Story Collection",
    );
    assert.equal(
      reasonText({ kind: "genres", values: ["Animation", "Family"] }, "es"),
      "Comparten género: Animación y Familia",
    );
    assert.equal(
      reasonText({ kind: "cast", values: ["Tom Hanks", "Tim Allen"] }, "en"),
      "Same cast: Tom Hanks and Tim Allen",
    );
    assert.equal(reasonText({ kind: "keywords", values: ["toy"] }, "en"), "Common themes: toy");
  });
});

describe("posterElement(title, posterPath)", () => {
  it("points at TMDB's CDN for a plain file name and keeps the placeholder underneath", async () => {
    const { posterElement } = await import("../../../src/client/poster.ts");
    const box = posterElement("Toy Story", "/rhIRbceoE9lR4veEXuwCC2wARtG.jpg");
    assert.equal(
      box.querySelector("img")!.getAttribute("src"),
      "https://image.tmdb.org/t/p/w342/rhIRbceoE9lR4veEXuwCC2wARtG.jpg",
    );
    assert.equal(box.querySelector(".poster-placeholder")!.textContent, "T");
    assert.equal(box.dataset.state, "loading");
  });
  it("refuses a path that could lead elsewhere and shows the placeholder", async () => {
    const { posterElement } = await import("../../../src/client/poster.ts");
    for (const path of ["//evil.example/x.jpg", '/x.jpg" onerror="alert(1)', null]) {
      const box = posterElement(XSS, path);
      assert.equal(box.querySelectorAll("img").length, 0);
      assert.equal(box.dataset.state, "placeholder");
      assert.equal(box.querySelector(".poster-placeholder")!.textContent, "<");
    }
  });
});

describe("renderFilm(root, film, lang)", () => {
  it("spells unknown money as unknown and renders the overview as text", async () => {
    const { renderFilm } = await import("../../../src/client/film-view.ts");
    const root = document.createElement("article");
    root.innerHTML = `<h1 id="film-title"></h1><p id="film-subtitle"></p><ul id="film-genres"></ul>
      <p id="film-tagline"></p><section id="film-overview"><p></p></section><dl id="film-facts"></dl>
      <div id="film-poster"></div>`;
    const f: Film = {
      id: 5,
      imdb_id: null,
      title: XSS,
      original_title: null,
      overview: XSS,
      tagline: null,
      release_date: "1995-10-30",
      release_year: 1995,
      budget: 0,
      revenue: 0,
      return: 0,
      runtime: 81,
      popularity: null,
      vote_average: null,
      vote_count: null,
      original_language: "en",
      collection: "A & B",
      genres: ["Animation"],
      production_companies: ["Pixar"],
      production_countries: ["United States of America"],
      production_country_codes: ["US"],
      spoken_languages: null,
      keywords: null,
      directors: ["John Lasseter"],
      cast: null,
      poster_path: null,
      movielens_id: null,
      certification: null,
    };
    renderFilm(root, f, "es");
    assert.equal(root.querySelector("#film-title")!.textContent, XSS);
    assert.equal(root.querySelector("#film-overview p")!.textContent, XSS);
    assert.equal(root.querySelectorAll("img").length, 0);
    const facts = Object.fromEntries(
      [...root.querySelectorAll("dt")].map((dt) => [
        dt.textContent,
        dt.nextElementSibling!.textContent,
      ]),
    );
    assert.equal(facts["Presupuesto"], "desconocido");
    assert.equal(facts["Recaudación"], "desconocido");
    assert.equal(facts["Retorno"], "desconocido");
    assert.equal(facts["Valoración"], "desconocido");
    assert.equal(facts["Dirección"], "John Lasseter");
    const saga = root.querySelector('a[href^="/consultas/franquicia/"]')!;
    assert.equal(saga.getAttribute("href"), "/consultas/franquicia/?franquicia=A+%26+B");
    assert.equal(
      root.querySelector('a[href^="/consultas/peliculas_pais/"]')!.getAttribute("href"),
      "/consultas/peliculas_pais/?pais=United+States+of+America",
    );
    assert.equal(
      root.querySelector('a[href^="/consultas/productoras/"]')!.getAttribute("href"),
      "/consultas/productoras/?productora=Pixar",
    );
  });
});
