import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { browseHref, browseRequest } from "../../../src/client/browse-params.ts";

describe("browse addresses", () => {
  it("spell facet, order and page in the page's language, defaults left out", () => {
    assert.equal(browseHref("es", "genre", "Animation"), "/explorar/?genero=Animation");
    assert.equal(
      browseHref("en", "actor", "Tom Hanks", "rating", 2),
      "/en/browse/?actor=Tom+Hanks&sort=rating&page=2",
    );
    assert.equal(
      browseHref("es", "year", "1995", "year", 3),
      "/explorar/?a%C3%B1o=1995&orden=a%C3%B1o&pagina=3",
    );
  });
  it("read either language's words, so the language switch keeps the query", () => {
    const es = new URLSearchParams("genero=Animation&orden=valoracion&pagina=2");
    const en = new URLSearchParams("genre=Animation&sort=rating&page=2");
    const expected = { facet: "genre", value: "Animation", sort: "rating", page: 2 };
    assert.deepEqual(browseRequest(es), expected);
    assert.deepEqual(browseRequest(en), expected);
  });
  it("fall back to the first page by votes for a bad order or page, and say when no facet is asked", () => {
    assert.deepEqual(browseRequest(new URLSearchParams("saga=X&orden=nope&pagina=-1")), {
      facet: "collection",
      value: "X",
      sort: "votes",
      page: 1,
    });
    assert.equal(browseRequest(new URLSearchParams("")).facet, null);
  });
});
