// The DOM renderers under a linkedom document: data from strangers must come out as text.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseHTML } from "linkedom";
import type { RecommendedFilm } from "../../../src/lib/engine.ts";
import { emptyFilm, type Film } from "../../../src/lib/schema.ts";

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

describe("the like toggle on every card", () => {
  it("is a button that names its film and says with aria-pressed whether it is liked", async () => {
    const { renderFilmCards } = await import("../../../src/client/render.ts");
    const [a, b] = [film({ id: 862, title: "Toy Story" }), film({ id: 863, title: "Toy Story 2" })];
    const store = new Map([["filmoteca.likes", "863"]]);
    Object.assign(globalThis, {
      localStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => store.set(k, v),
        removeItem: (k: string) => store.delete(k),
      },
    });
    try {
      const buttons = renderFilmCards([a, b], "en").querySelectorAll("button.like");
      assert.deepEqual(
        [...buttons].map((x) => [
          x.getAttribute("type"),
          x.getAttribute("aria-label"),
          x.getAttribute("aria-pressed"),
          x.textContent,
        ]),
        [
          ["button", "I liked Toy Story", "false", "I liked it"],
          ["button", "I liked Toy Story 2", "true", "I liked it"],
        ],
      );
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
  it("shows every film as not liked when storage is unavailable", async () => {
    const { renderFilmCards } = await import("../../../src/client/render.ts");
    const button = renderFilmCards([film()], "es").querySelector("button.like")!;
    assert.equal(button.getAttribute("aria-pressed"), "false");
    assert.equal(button.getAttribute("aria-label"), `Me gustó ${XSS}`);
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
    assert.equal(reasonText({ kind: "keywords", values: ["toy"] }, "en"), "Common themes: “toy”");
  });
  it("says which liked films lead to a film for you, naming three at most", async () => {
    const { reasonText } = await import("../../../src/client/render.ts");
    const liked = (...values: string[]) => ({ kind: "youLiked" as const, values });
    assert.equal(reasonText(liked("Heat"), "es"), "Porque te gustó Heat");
    assert.equal(reasonText(liked("Heat", "Se7en"), "es"), "Porque te gustaron Heat y Se7en");
    assert.equal(reasonText(liked("A", "B"), "en"), "Because you liked A and B");
    assert.equal(reasonText(liked("A", "B", "C", "D"), "en"), "Because you liked A, B, C, and D");
    assert.equal(
      reasonText(liked("A", "B", "C", "D", "E"), "es"),
      "Porque te gustaron A, B, C y 2 más",
    );
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

/** A film with unknown money and markup for a title. */
const FILM: Film = {
  ...emptyFilm(),
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
};

describe("renderFilm(root, film, lang)", () => {
  it("spells unknown money as unknown and renders the overview as text", async () => {
    const { renderFilm } = await import("../../../src/client/film-view.ts");
    const root = document.createElement("article");
    root.innerHTML = `<h1 id="film-title"></h1><p id="film-subtitle"></p><ul id="film-genres"></ul>
      <p id="film-tagline"></p><section id="film-overview"><p></p></section><dl id="film-facts"></dl>
      <div id="film-poster"></div>`;
    renderFilm(root, FILM, "es", { source: "vega" });
    assert.equal(root.querySelector("#film-title")!.textContent, XSS);
    assert.equal(root.querySelector("#film-overview p")!.textContent, XSS);
    assert.equal(root.querySelectorAll("img").length, 0);
    const facts = Object.fromEntries(
      [...root.querySelectorAll("dt")].map((dt) => [
        dt.textContent,
        dt.nextElementSibling!.textContent,
      ]),
    );
    // "Unknown" agrees with each row's noun, and no row is dropped.
    assert.equal(facts["Presupuesto"], "desconocido");
    assert.equal(facts["Recaudación"], "desconocida");
    assert.equal(facts["Retorno"], "desconocido");
    assert.equal(facts["Valoración"], "desconocida");
    assert.equal(facts["Reparto"], "desconocido");
    assert.equal(facts["Duración"], "81 min");
    assert.equal(facts["Dirección"], "John Lasseter");
    assert.equal(facts["Países"], "Estados Unidos");
    assert.equal(facts["Idioma original"], "Inglés");
    assert.equal(facts["Enlaces"], "desconocidos");
    const href = (text: string) =>
      [...root.querySelectorAll("a")].find((a) => a.textContent === text)?.getAttribute("href");
    assert.equal(href("A & B"), "/explorar/?saga=A+%26+B");
    assert.equal(href("Estados Unidos"), "/explorar/?pais=United+States+of+America");
    assert.equal(href("Pixar"), "/explorar/?productora=Pixar");
    assert.equal(href("John Lasseter"), "/explorar/?director=John+Lasseter");
    assert.equal(href("Animación"), "/explorar/?genero=Animation");
    assert.equal(href("Inglés"), "/explorar/?idioma=en");
  });

  it("links a Kaggle film to IMDb and TMDB", async () => {
    const { renderFilm } = await import("../../../src/client/film-view.ts");
    const { emptyFilm } = await import("../../../src/lib/schema.ts");
    const root = document.createElement("article");
    root.innerHTML = `<h1 id="film-title"></h1><p id="film-subtitle"></p><ul id="film-genres"></ul>
      <p id="film-tagline"></p><section id="film-overview"><p></p></section><dl id="film-facts"></dl>
      <div id="film-poster"></div>`;
    const film = { ...emptyFilm(), id: 862, title: "Toy Story", imdb_id: "tt0114709" };
    renderFilm(root, film, "en", { source: "kaggle" });
    const hrefs = [...root.querySelectorAll("a[rel~=external]")].map((a) => a.getAttribute("href"));
    assert.deepEqual(hrefs, [
      "https://www.imdb.com/title/tt0114709/",
      "https://www.themoviedb.org/movie/862",
    ]);
  });
  it("flags Modern Times' budget of $1 and gives no return made of it", async () => {
    const { renderFilm } = await import("../../../src/client/film-view.ts");
    const root = document.createElement("article");
    root.innerHTML = `<h1 id="film-title"></h1><p id="film-subtitle"></p><ul id="film-genres"></ul>
      <p id="film-tagline"></p><section id="film-overview"><p></p></section><dl id="film-facts"></dl>
      <div id="film-poster"></div>`;
    renderFilm(root, { ...FILM, title: "Modern Times", budget: 1, revenue: 8_500_000 }, "es");
    const facts = Object.fromEntries(
      [...root.querySelectorAll("dt")].map((dt) => [
        dt.textContent,
        // Intl puts a no-break space before "US$".
        dt.nextElementSibling!.textContent!.replace(/\u00a0/g, " "),
      ]),
    );
    assert.equal(facts["Presupuesto"], "1 US$dato dudoso: menos de 1.000 US$");
    assert.equal(facts["Recaudación"], "8.500.000 US$");
    assert.equal(facts["Retorno"], "dato dudoso: sale de una cifra de menos de 1.000 US$");
    assert.equal(root.querySelectorAll("[data-testid=doubtful]").length, 2);
  });
});
