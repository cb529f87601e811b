// The one rule for money figures the site does not trust, and the sums built on it. The data writes
// 0 for an unknown budget or revenue; a known figure under $1,000 is doubtful: no film of the
// catalogue cost or earned that little, and such values are millions or thousands written as units
// (Modern Times' budget of "1", Karate Kid II's of "113"). The film page, the query answers, the EDA
// and the ETL page all read the rule from here.

/** Dollars below which a known budget or revenue is doubtful. */
export const DOUBTFUL_BELOW = 1000;

/** What is known of one figure: unknown (the data's 0), doubtful, or a credible amount. */
export type FigureState = "unknown" | "doubtful" | "known";

/** The state of a budget or revenue of `amount` dollars. */
export function figureState(amount: number): FigureState {
  if (!(amount > 0)) return "unknown";
  return amount < DOUBTFUL_BELOW ? "doubtful" : "known";
}

/** True for a known figure under {@link DOUBTFUL_BELOW}. */
export const isDoubtful = (amount: number): boolean => figureState(amount) === "doubtful";

/** What a film's budget, revenue and return (revenue / budget) can be trusted for. */
export interface MoneyCheck {
  budget: FigureState;
  revenue: FigureState;
  /** Unknown unless both are known; doubtful when either is doubtful; else known. */
  return: FigureState;
}

export function checkMoney(budget: number, revenue: number): MoneyCheck {
  const b = figureState(budget);
  const r = figureState(revenue);
  const ret: FigureState =
    b === "unknown" || r === "unknown"
      ? "unknown"
      : b === "doubtful" || r === "doubtful"
        ? "doubtful"
        : "known";
  return { budget: b, revenue: r, return: ret };
}

/** True when either figure of a film is doubtful: its profit and return mean nothing. */
export const hasDoubtfulMoney = (budget: number, revenue: number): boolean =>
  isDoubtful(budget) || isDoubtful(revenue);

/** A sum over films as the original API made it, with what it rests on. */
export interface MoneySum {
  /** The sum, unknown figures counted as 0 (the original's meaning); doubtful films left out. */
  total: number;
  /** Films that entered the sum. */
  counted: number;
  /** Films whose figures the sum needs were all known (and credible). */
  known: number;
  /** Films left out because a figure the sum needs is doubtful. */
  doubtful: number;
}

/** Options of {@link sumMoney}. */
export interface SumMoneyOptions {
  /** Which figures the summed value uses. Default "both" (profit, return). */
  uses?: "both" | "revenue";
}

/**
 * Σ `value(row)` over `rows` with the original's meaning (it filled unknown budget and revenue with
 * 0, so a film with an unknown figure adds its value with that 0), leaving out and counting the
 * films whose figures are doubtful.
 */
export function sumMoney(
  rows: ArrayLike<number>,
  budget: ArrayLike<number>,
  revenue: ArrayLike<number>,
  value: (row: number) => number,
  options: SumMoneyOptions = {},
): MoneySum {
  const uses = options.uses ?? "both";
  const sum: MoneySum = { total: 0, counted: 0, known: 0, doubtful: 0 };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const b = figureState(budget[row]);
    const r = figureState(revenue[row]);
    const doubtful = r === "doubtful" || (uses === "both" && b === "doubtful");
    if (doubtful) {
      sum.doubtful++;
      continue;
    }
    sum.total += value(row);
    sum.counted++;
    if (r === "known" && (uses === "revenue" || b === "known")) sum.known++;
  }
  return sum;
}

/** The mean of a {@link MoneySum} over the films it counted (0 when none), as the original did. */
export const meanOf = (sum: MoneySum): number => (sum.counted > 0 ? sum.total / sum.counted : 0);
