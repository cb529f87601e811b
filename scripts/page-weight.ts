// `npx tsx scripts/page-weight.ts [PAGE.html…] [--budget KB]`: the JavaScript a built page ships
// before its worker starts, gzip-compressed, read from dist/. Follows the static imports of every
// module script; the worker (started with `new Worker(new URL(…))`) is not an import and is
// reported apart. Exits 1 when a page is over the budget (default 100 kB, the bar).
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    budget: { type: "string", default: "100" },
    dist: { type: "string", default: "dist" },
  },
});
const dist = values.dist!;
const budget = Number(values.budget) * 1000;
const pages = positionals.length
  ? positionals
  : ["index.html", "en/index.html", "pelicula/index.html", "en/film/index.html"];

const gz = (text: string) => gzipSync(text, { level: 9 }).byteLength;
const read = (url: string) => readFileSync(join(dist, url), "utf8");

/** Every module a script pulls in before it runs: static `import … from "x"` and `import "x"`. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = read(entry);
  for (const m of code.matchAll(
    /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g,
  )) {
    staticGraph(posix.join(posix.dirname(entry), m[1]), seen);
  }
  return seen;
}

let failed = false;
for (const page of pages) {
  if (!existsSync(join(dist, page))) {
    console.log(`${page}: not built`);
    continue;
  }
  const html = read(page);
  const files = new Set<string>();
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1];
    if (src) staticGraph(src, files);
    else if (m[2].trim()) {
      inline += gz(m[2]);
      for (const i of m[2].matchAll(/import\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g))
        staticGraph(i[1], files);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    staticGraph(m[1], files);
  let total = inline;
  const rows: string[] = [];
  for (const file of [...files].sort()) {
    const size = gz(read(file));
    total += size;
    rows.push(`  ${(size / 1000).toFixed(1).padStart(7)} kB  ${file}`);
  }
  const workers = new Set<string>();
  for (const file of files)
    for (const m of read(file).matchAll(/["']([^"']*\.worker[^"']*\.js)["']/g)) workers.add(m[1]);
  const over = total > budget;
  failed ||= over;
  console.log(
    `${page}: ${(total / 1000).toFixed(1)} kB of JavaScript (gzip) before the worker${over ? "  OVER BUDGET" : ""}`,
  );
  if (inline) console.log(`  ${(inline / 1000).toFixed(1).padStart(7)} kB  (inline scripts)`);
  console.log(rows.join("\n"));
  for (const w of workers)
    console.log(`  worker, loaded afterwards: ${w} ${(gz(read(w)) / 1000).toFixed(1)} kB gzip`);
}
console.log(`budget: ${values.budget} kB per page`);
process.exit(failed ? 1 : 0);
