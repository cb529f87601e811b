import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { queryInputs, runBenchmark } from "../../../src/bench/benchmark.ts";
import type { Catalog } from "../../../src/lib/catalog.ts";

// Only the columns the benchmark draws inputs from.
const catalog = {
  size: 3,
  id: Int32Array.from([10, 20, 30]),
  title: ["Toy Story", "Heat", "Up"],
  collection: ["Toy Story Collection", null, null],
  countryCodes: [["US"], null, ["FR", "US"]],
  companies: [["Pixar Animation Studios"], [], null],
} as unknown as Catalog;

/** A fake worker API that records its calls. */
function recorder() {
  const calls: unknown[][] = [];
  return {
    calls,
    target: {
      recommendById: (...args: unknown[]) => calls.push(["recommendById", ...args]),
      recommendOriginal: (...args: unknown[]) => calls.push(["recommendOriginal", ...args]),
      query: (...args: unknown[]) => calls.push(["query", ...args]),
    },
  };
}

describe("runBenchmark(target, catalog, spec)", () => {
  it("calls recommendById(id, {k}) on films of the catalogue, warm-up first, and summarises", async () => {
    const { calls, target } = recorder();
    const result = await runBenchmark(target, catalog, {
      method: "recommendById",
      calls: 20,
      warmup: 5,
      k: 7,
    });
    assert.equal(calls.length, 25);
    for (const [name, id, options] of calls) {
      assert.equal(name, "recommendById");
      assert.ok([10, 20, 30].includes(id as number));
      assert.deepEqual(options, { k: 7 });
    }
    assert.equal(result.method, "recommendById");
    assert.equal(result.calls, 20);
    assert.ok(result.p50 >= 0 && result.p95 >= result.p50);
  });

  it("calls recommendOriginal(id, k) with k as a number, like the original", async () => {
    const { calls, target } = recorder();
    await runBenchmark(target, catalog, { method: "recommendOriginal", calls: 3, warmup: 0 });
    assert.deepEqual(
      calls.map((c) => [c[0], c[2]]),
      [
        ["recommendOriginal", 10],
        ["recommendOriginal", 10],
        ["recommendOriginal", 10],
      ],
    );
  });

  it("draws the same inputs for the same seed", async () => {
    const a = recorder();
    const b = recorder();
    await runBenchmark(a.target, catalog, {
      method: "recommendById",
      calls: 30,
      seed: 9,
      warmup: 0,
    });
    await runBenchmark(b.target, catalog, {
      method: "recommendById",
      calls: 30,
      seed: 9,
      warmup: 0,
    });
    assert.deepEqual(a.calls, b.calls);
  });

  it("calls query(name, input) for a query", async () => {
    const { calls, target } = recorder();
    const result = await runBenchmark(target, catalog, {
      method: "query",
      query: "peliculas_dia",
      calls: 2,
      warmup: 0,
    });
    assert.deepEqual(calls, [
      ["query", "peliculas_dia", { dia: "lunes" }],
      ["query", "peliculas_dia", { dia: "martes" }],
    ]);
    assert.equal(result.query, "peliculas_dia");
  });

  it("says which method is missing instead of giving a number", async () => {
    await assert.rejects(
      runBenchmark({ recommendById: () => [] }, catalog, { method: "recommendOriginal", calls: 5 }),
      {
        name: "BenchmarkError",
        message:
          'the worker has no method "recommendOriginal": this build cannot be measured for it',
      },
    );
  });

  it("names the method and the input of a failing call", async () => {
    const target = {
      query: () => {
        throw new Error("unknown month");
      },
    };
    await assert.rejects(
      runBenchmark(target, catalog, {
        method: "query",
        query: "peliculas_mes",
        calls: 1,
        warmup: 0,
      }),
      {
        name: "BenchmarkError",
        message: 'query "peliculas_mes" failed on {"mes":"enero"}: unknown month',
      },
    );
  });

  it("refuses an unknown query, an unknown method and a bad call count", async () => {
    const { target } = recorder();
    await assert.rejects(
      runBenchmark(target, catalog, { method: "query", query: "nope" as never, calls: 1 }),
      { message: /^invalid query "nope": expected one of peliculas_mes, / },
    );
    await assert.rejects(runBenchmark(target, catalog, { method: "search" as never, calls: 1 }), {
      message:
        'unknown benchmark method "search": expected one of recommendById, recommendOriginal, query',
    });
    await assert.rejects(runBenchmark(target, catalog, { method: "recommendById", calls: 0 }), {
      message: "invalid calls 0: expected a positive integer",
    });
  });
});

describe("queryInputs(catalog, query, count, seed)", () => {
  it("cycles the twelve Spanish months", () => {
    const inputs = queryInputs(catalog, "peliculas_mes", 13, 1);
    assert.deepEqual(inputs[0], { mes: "enero" });
    assert.deepEqual(inputs[11], { mes: "diciembre" });
    assert.deepEqual(inputs[12], { mes: "enero" });
  });
  it("draws collections, countries and companies only from films that have one", () => {
    assert.ok(
      queryInputs(catalog, "franquicia", 10, 1).every(
        (i) => i.franquicia === "Toy Story Collection",
      ),
    );
    assert.ok(
      queryInputs(catalog, "peliculas_pais", 10, 1).every((i) => ["US", "FR"].includes(i.pais)),
    );
    assert.ok(
      queryInputs(catalog, "productoras", 10, 1).every(
        (i) => i.productora === "Pixar Animation Studios",
      ),
    );
  });
  it("gives titles to retorno and recomendacion", () => {
    assert.ok(
      queryInputs(catalog, "retorno", 10, 1).every((i) =>
        ["Toy Story", "Heat", "Up"].includes(i.titulo),
      ),
    );
  });
  it("says so when the catalogue has nothing to draw from", () => {
    const bare = { ...catalog, collection: [null, null, null] } as Catalog;
    assert.throws(() => queryInputs(bare, "franquicia", 3, 1), {
      name: "BenchmarkError",
      message: "the catalogue has no collections: cannot draw inputs for this query",
    });
  });
});
