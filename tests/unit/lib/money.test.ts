import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  checkMoney,
  DOUBTFUL_BELOW,
  figureState,
  hasDoubtfulMoney,
  meanOf,
  sumMoney,
} from "../../../src/lib/money.ts";

describe("figureState(amount)", () => {
  it("reads the data's 0 as unknown, a figure under $1,000 as doubtful, the rest as known", () => {
    assert.equal(DOUBTFUL_BELOW, 1000);
    assert.equal(figureState(0), "unknown");
    assert.equal(figureState(-5), "unknown");
    assert.equal(figureState(1), "doubtful");
    assert.equal(figureState(999), "doubtful");
    assert.equal(figureState(1000), "known");
    assert.equal(figureState(30_000_000), "known");
  });
});

describe("checkMoney(budget, revenue)", () => {
  it("flags Modern Times' budget of $1 and the return made of it (8,500,000×)", () => {
    assert.deepEqual(checkMoney(1, 8_500_000), {
      budget: "doubtful",
      revenue: "known",
      return: "doubtful",
    });
  });
  it("flags a revenue of $6 next to a budget of 6.4 million", () => {
    assert.deepEqual(checkMoney(6_400_000, 6), {
      budget: "known",
      revenue: "doubtful",
      return: "doubtful",
    });
  });
  it("leaves the return unknown when a figure is unknown, and trusts two credible figures", () => {
    assert.equal(checkMoney(0, 5).return, "unknown");
    assert.deepEqual(checkMoney(30_000_000, 373_554_033), {
      budget: "known",
      revenue: "known",
      return: "known",
    });
    assert.equal(hasDoubtfulMoney(113, 115_103_979), true);
    assert.equal(hasDoubtfulMoney(0, 0), false);
  });
});

describe("sumMoney(rows, budget, revenue, value)", () => {
  // The Amityville Horror Collection as the real data holds it, and a film with a doubtful budget.
  const budget = [0, 0, 0, 1_500_000, 0, 0, 0, 1];
  const revenue = [86_432_000, 12_534_817, 6_333_135, 0, 0, 0, 0, 8_500_000];
  const profit = (row: number) => revenue[row] - budget[row];
  it("sums revenue − budget with unknowns as 0, as the original API did", () => {
    const sum = sumMoney([0, 1, 2, 3, 4, 5, 6], budget, revenue, profit);
    assert.deepEqual(sum, { total: 103_799_952, counted: 7, known: 0, doubtful: 0 });
    assert.equal(meanOf(sum), 103_799_952 / 7);
  });
  it("leaves out and counts a film with a doubtful figure", () => {
    assert.deepEqual(sumMoney([0, 7], budget, revenue, profit), {
      total: 86_432_000,
      counted: 1,
      known: 0,
      doubtful: 1,
    });
  });
  it("a revenue sum needs only the revenue: a doubtful budget does not leave the film out", () => {
    assert.deepEqual(
      sumMoney([7], budget, revenue, (r) => revenue[r], { uses: "revenue" }),
      {
        total: 8_500_000,
        counted: 1,
        known: 1,
        doubtful: 0,
      },
    );
  });
  it("averages to 0 over no film", () => {
    assert.equal(meanOf(sumMoney([], budget, revenue, profit)), 0);
  });
});
