// Exact figures from the numerators and denominators SQL summed: values, ranks and the province
// aggregates, in integer hundredths (BigInt). Never a JavaScript float: a money sum or a rate
// reads the same here as in the database.
import { fromFen, ratio, toFen, toWan } from '../money.js';
import { MetricValueKind, type MetricDefinition, type OperandKind } from './metric.registry.js';

/** Hundredths of a decimal string with at most two decimals ("1582" → 158200n). */
const hundredths = toFen;

/** An operand as clients read it: whole numbers for counts, two decimals for yuan and points. */
function formatOperand(value: bigint, kind: OperandKind): string {
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
 * denominator gives null: a rate over nothing is not 0%. Each operand is parsed once: a province
 * comparison derives thousands of figures per request.
 */
export function figureOf(metric: MetricDefinition, numeratorText: string, denominatorText: string | null): Figure {
  const n = hundredths(numeratorText);
  const d = metric.denominator && denominatorText !== null ? hundredths(denominatorText) : null;
  const numerator = formatOperand(n, metric.numerator.kind);
  const denominator = d === null ? null : formatOperand(d, metric.denominator!.kind);
  switch (metric.valueKind) {
    case MetricValueKind.PERCENT:
    case MetricValueKind.RATIO: {
      const value = ratio(metric.valueKind === MetricValueKind.PERCENT ? n * 100n : n, d ?? 0n, 2);
      return { numerator, denominator, value, order: value === null ? null : hundredths(value) };
    }
    case MetricValueKind.COUNT:
      return { numerator, denominator, value: String(n / 100n), order: (n / 100n) * 100n };
    case MetricValueKind.AMOUNT:
      return { numerator, denominator, value: fromFen(n), order: n };
  }
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
  const ranks: (number | null)[] = orders.map(() => null);
  const valued = orders.flatMap((order, index) => (order === null ? [] : [{ order, index }]));
  // Best first; a tenant's rank is 1 + the number of tenants strictly better, once sorted (n log n).
  valued.sort((a, b) => (a.order === b.order ? 0 : a.order > b.order === higherIsBetter ? -1 : 1));
  valued.forEach((entry, position) => {
    const previous = valued[position - 1];
    ranks[entry.index] = previous && previous.order === entry.order ? ranks[previous.index] : position + 1;
  });
  return ranks;
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
