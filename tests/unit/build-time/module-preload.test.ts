// The built pages name every module their scripts import, so the browser fetches them all at once.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { staticImports, withModulePreloads } from "../../../src/build-time/module-preload.ts";

describe("staticImports", () => {
  it("finds the static imports of a minified module, not its dynamic ones", () => {
    const code =
      'import{s as a,d as b}from"./engine-client.X1.js";import"./side.Y2.js";' +
      'import*as c from"./all.Z3.js";const m=()=>import("./later.W4.js");';
    assert.deepEqual(staticImports(code), ["./engine-client.X1.js", "./side.Y2.js", "./all.Z3.js"]);
  });
});

describe("withModulePreloads", () => {
  const modules: Record<string, string> = {
    "/_astro/Page.js": 'import{a}from"./shared.js";import{b}from"./problem.js";',
    "/_astro/shared.js": 'import{c}from"./deep.js";',
    "/_astro/problem.js": 'import{c}from"./deep.js";',
    "/_astro/deep.js": "export const c=1;",
    "/_astro/Base.js": "export{};",
  };
  const read = (url: string) => {
    assert.ok(url in modules, `read an unknown module ${url}`);
    return modules[url];
  };

  it("links every module the page's scripts reach, once each, before </head>", () => {
    const html =
      '<html><head><title>x</title></head><body><script type="module" src="/_astro/Page.js"></script>' +
      '<script type="module" src="/_astro/Base.js"></script></body></html>';
    const out = withModulePreloads(html, read);
    const links = [...out.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(links, ["/_astro/shared.js", "/_astro/deep.js", "/_astro/problem.js"]);
    assert.ok(out.indexOf("modulepreload") < out.indexOf("</head>"));
  });

  it("leaves a page without imported modules as it was", () => {
    const html = '<html><head></head><body><script type="module" src="/_astro/Base.js"></script>';
    assert.equal(withModulePreloads(html, read), html);
  });
});
