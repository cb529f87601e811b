import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { etlSteps, nullRows } from "../../../src/site/etl-steps.ts";

const counts = { input: 10, kept: 6, duplicates: 1, quarantined: 2, dropped: 1 };

describe("etlSteps(report)", () => {
  it("derives the steps from the counts when the report lists none", () => {
    const { steps, derived } = etlSteps({ counts, droppedByReason: { "no title": 1 } });
    assert.equal(derived, true);
    assert.deepEqual(
      steps.map((s) => [s.id, s.rowsBefore, s.rowsAfter, s.finding]),
      [
        ["quarantine", 10, 8, "quarantine"],
        ["drop-duplicates", 8, 7, "duplicates"],
        ["drop", 7, 6, "dropped"],
      ],
    );
    assert.deepEqual(steps[2].reasons, ["no title"]);
  });

  it("uses the report's own steps and ties each drop rule to its reason", () => {
    const { steps, derived } = etlSteps({
      counts,
      droppedByReason: { "no title": 1, "no release date": 0 },
      steps: [
        { id: "parse", rowsBefore: 10, rowsAfter: 8 },
        { id: "drop-duplicates", rowsBefore: 8, rowsAfter: 7 },
        { id: "drop-no-title", rowsBefore: 7, rowsAfter: 6 },
        { id: "drop-no-release-date", rowsBefore: 6, rowsAfter: 6 },
        { id: "sort", rowsBefore: 6, rowsAfter: 6 },
        { id: "join-credits", rowsBefore: 6, rowsAfter: 6 },
      ],
    });
    assert.equal(derived, false);
    assert.deepEqual(
      steps.map((s) => [s.id, s.finding, s.reasons]),
      [
        ["parse", "quarantine", []],
        ["drop-duplicates", "duplicates", []],
        ["drop-no-title", "dropped", ["no title"]],
        ["drop-no-release-date", "dropped", ["no release date"]],
        ["sort", null, []],
        ["join-credits", "join", ["credits"]],
      ],
    );
  });
});

describe("nullRows(before, after, order)", () => {
  it("lists catalogue columns in order, then raw-only columns, one row per name", () => {
    assert.deepEqual(
      nullRows({ title: 2, homepage: 40 }, { id: 0, title: 0 }, ["id", "title", "budget"]),
      [
        { column: "id", before: null, after: 0 },
        { column: "title", before: 2, after: 0 },
        { column: "homepage", before: 40, after: null },
      ],
    );
  });
});
