// Exact figures from the numerators and denominators SQL summed: values, ranks and the province
// aggregates, in integer hundredths (BigInt). Never a JavaScript float: a money sum or a rate
// reads the same here as in the database.
import { fromFen, ratio, toFen, toWan } from '../money.js';
import { MetricValueKind, type MetricDefinition, type OperandKind } from './metric.registry.js';

/** Hundredths of a decimal string with at most two decimals ("1582" → 158200n). */
const hundredths = toFen;

/** An operand as clients read it: whole numbers for counts, two decimals for yuan and points. */
export function formatOperand(text: string, kind: OperandKind): string {
  const value = hundredths(text);
  return kind === 'COUNT' ? String(value / 100n) : fromFen(value);
}

export interface Figure {
  numerator: string;
  denominator: string | null;
  value: string | null;
  /** The value in hundredths, for ranking; null when there is no value. */
  order: bigint | null;
}

/**
 * The value of a metric from its operands (decimal strings as SQL returns them). A zero
 * denominator gives null: a rate over nothing is not 0%.
 */
export function figureOf(metric: MetricDefinition, numeratorText: string, denominatorText: string | null): Figure {
  const numerator = formatOperand(numeratorText, metric.numerator.kind);
  const denominator = metric.denominator && denominatorText !== null ? formatOperand(denominatorText, metric.denominator.kind) : null;
  const n = hundredths(numeratorText);
  let value: string | null;
  switch (metric.valueKind) {
    case MetricValueKind.PERCENT:
    case MetricValueKind.RATIO: {
      const d = denominatorText === null ? 0n : hundredths(denominatorText);
      value = ratio(metric.valueKind === MetricValueKind.PERCENT ? n * 100n : n, d, 2);
      break;
    }
    case MetricValueKind.COUNT:
      value = String(n / 100n);
      break;
    case MetricValueKind.AMOUNT:
      value = fromFen(n);
      break;
  }
  return { numerator, denominator, value, order: value === null ? null : hundredths(value) };
}

/** 万元 of a yuan figure, or null when the figure is not yuan. */
export function wanOf(text: string | null, kind: OperandKind | MetricValueKind | null): string | null {
  if (text === null) return null;
  return kind === 'YUAN' || kind === MetricValueKind.AMOUNT ? toWan(text) : null;
}

/**
 * Competition ranking (1, 1, 3): rank 1 is the best value, equal values share a rank, tenants
 * without a value get none.
 */
export function competitionRanks(orders: (bigint | null)[], higherIsBetter: boolean): (number | null)[] {
  return orders.map((order) => {
    if (order === null) return null;
    const better = orders.filter((other) => other !== null && (higherIsBetter ? other > order : other < order)).length;
    return better + 1;
  });
}

/** Mean and median of the values (hundredths) to two decimals, rounded half up; null without values. */
export function meanAndMedian(orders: bigint[]): { mean: string | null; median: string | null } {
  if (orders.length === 0) return { mean: null, median: null };
  const count = BigInt(orders.length);
  const sum = orders.reduce((a, b) => a + b, 0n);
  const sorted = [...orders].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? fromFen(sorted[middle]) : ratio(sorted[middle - 1] + sorted[middle], 200n, 2);
  return { mean: ratio(sum, count * 100n, 2), median };
}
