// 自评评分: the self-evaluation score rules, as exact fractions of BigInts so a total like
// 69.924242… rounds to 69.92 the same way every time (no float arithmetic; only the rounded
// total is compared with the grade bands).
import { ratio } from '../../money.js';
import { Comparator, IndicatorLevel1 } from '../goals/goal.entities.js';
import { AchievementLevel } from './self-evaluation.entity.js';

/** A non-reduced fraction n / d with d > 0. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

const ZERO: Fraction = { n: 0n, d: 1n };
const ONE: Fraction = { n: 1n, d: 1n };

/** An exact fraction from a decimal string ("12.5", "-0.0100") or a finite number from a rule. */
export function fraction(value: string | number): Fraction {
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const decimals = match[3] ?? '';
  const n = BigInt(match[2] + decimals) * (match[1] ? -1n : 1n);
  return reduce({ n, d: 10n ** BigInt(decimals.length) });
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const text = String(value);
  // Rule values are percentages and ratios such as 20, 12.5 or 0.2; exponents only for tiny ones.
  return /e/i.test(text) ? value.toFixed(10) : text;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function reduce(f: Fraction): Fraction {
  const g = gcd(f.n, f.d);
  return { n: f.n / g, d: f.d / g };
}

export const add = (a: Fraction, b: Fraction): Fraction => reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a: Fraction, b: Fraction): Fraction => reduce({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const mul = (a: Fraction, b: Fraction): Fraction => reduce({ n: a.n * b.n, d: a.d * b.d });
/** a / b; b must not be zero. */
export function div(a: Fraction, b: Fraction): Fraction {
  const sign = b.n < 0n ? -1n : 1n;
  return reduce({ n: a.n * b.d * sign, d: a.d * b.n * sign });
}
export const cmp = (a: Fraction, b: Fraction): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
const abs = (f: Fraction): Fraction => (f.n < 0n ? { n: -f.n, d: f.d } : f);
const min = (a: Fraction, b: Fraction): Fraction => (cmp(a, b) <= 0 ? a : b);
const max = (a: Fraction, b: Fraction): Fraction => (cmp(a, b) >= 0 ? a : b);
const isZero = (f: Fraction) => f.n === 0n;

/** Rounded half up (away from zero) to `digits` decimals, as a decimal string. */
export function decimal(f: Fraction, digits = 2): string {
  return ratio(f.n, f.d, digits)!;
}

/** Share of the weight a qualitative indicator earns: 达成 100%, 部分达成 70%, 未达成 30%. */
export const ACHIEVEMENT_SHARE: Record<AchievementLevel, Fraction> = {
  ACHIEVED: ONE,
  PARTIAL: { n: 7n, d: 10n },
  NOT_ACHIEVED: { n: 3n, d: 10n },
};

export interface ScoredIndicator {
  /** Points earned: weight × share. */
  points: Fraction;
  meetsTarget: boolean;
  /** |actual − target| / |target| × 100; null for qualitative indicators and zero targets. */
  deviationPct: Fraction | null;
  deviationRequired: boolean;
}

/**
 * The share (0–1) of its weight a quantitative indicator earns:
 * ≥ and > : min(actual / target, 1);  = : max(0, 1 − |actual − target| / target);
 * ≤ and < : min(target / actual, 1). A target of 0 or below scores all or nothing.
 */
export function quantitativeShare(comparator: Comparator, target: Fraction, actual: Fraction): Fraction {
  switch (comparator) {
    case Comparator.GTE:
    case Comparator.GT:
      if (cmp(actual, target) >= 0) return ONE;
      return target.n > 0n ? max(ZERO, div(actual, target)) : ZERO;
    case Comparator.EQ:
      if (cmp(actual, target) === 0) return ONE;
      return isZero(target) ? ZERO : max(ZERO, sub(ONE, div(abs(sub(actual, target)), abs(target))));
    case Comparator.LTE:
    case Comparator.LT:
      if (cmp(actual, target) <= 0) return ONE;
      // actual > target > 0 here, so the ratio is below 1.
      return target.n > 0n ? div(target, actual) : ZERO;
    case Comparator.QUALITATIVE:
      throw new Error('a qualitative indicator has no quantitative share');
  }
}

function meets(comparator: Comparator, target: Fraction, actual: Fraction): boolean {
  const c = cmp(actual, target);
  switch (comparator) {
    case Comparator.GTE:
      return c >= 0;
    case Comparator.GT:
      return c > 0;
    case Comparator.EQ:
      return c === 0;
    case Comparator.LTE:
      return c <= 0;
    case Comparator.LT:
      return c < 0;
    case Comparator.QUALITATIVE:
      return false;
  }
}

/** Scores one indicator result; `thresholdPct` is the region's deviationThresholdPct. */
export function scoreIndicator(
  indicator: { comparator: Comparator; targetValue: string | null; weight: string },
  result: { actualValue: string | null; achievement: AchievementLevel | null },
  thresholdPct: number,
): ScoredIndicator {
  const weight = fraction(indicator.weight);
  if (indicator.comparator === Comparator.QUALITATIVE) {
    const level = result.achievement!;
    return {
      points: mul(weight, ACHIEVEMENT_SHARE[level]),
      meetsTarget: level === AchievementLevel.ACHIEVED,
      deviationPct: null,
      deviationRequired: level === AchievementLevel.NOT_ACHIEVED,
    };
  }
  const target = fraction(indicator.targetValue!);
  const actual = fraction(result.actualValue!);
  const met = meets(indicator.comparator, target, actual);
  const gap = abs(sub(actual, target));
  const deviationPct = isZero(target) ? null : mul(div(gap, abs(target)), { n: 100n, d: 1n });
  // Missing a zero target is an unbounded deviation.
  const beyondThreshold = deviationPct === null ? !isZero(gap) : cmp(deviationPct, fraction(thresholdPct)) > 0;
  return {
    points: mul(weight, quantitativeShare(indicator.comparator, target, actual)),
    meetsTarget: met,
    deviationPct,
    deviationRequired: !met && beyondThreshold,
  };
}

/** Which score part a level-1 indicator counts toward (成本 counts with 产出, as goals weigh it). */
export type ScorePart = 'output' | 'benefit' | 'satisfaction';
export const PART_OF: Record<IndicatorLevel1, ScorePart> = {
  OUTPUT: 'output',
  COST: 'output',
  BENEFIT: 'benefit',
  SATISFACTION: 'satisfaction',
};

export interface ScoreParts {
  execution: Fraction;
  output: Fraction;
  benefit: Fraction;
  satisfaction: Fraction;
  total: Fraction;
}

/** 预算执行 points: weight × min(executed / budget, 1). The budget is positive. */
export function executionPoints(weight: number, budgetAmount: string, executedAmount: string): Fraction {
  return mul(fraction(weight), min(div(fraction(executedAmount), fraction(budgetAmount)), ONE));
}

/** Adds the points of each part and the total, exactly. */
export function sumParts(execution: Fraction, indicators: { level1: IndicatorLevel1; points: Fraction }[]): ScoreParts {
  const parts = { output: ZERO, benefit: ZERO, satisfaction: ZERO };
  for (const indicator of indicators) {
    const part = PART_OF[indicator.level1];
    parts[part] = add(parts[part], indicator.points);
  }
  const total = [parts.output, parts.benefit, parts.satisfaction].reduce(add, execution);
  return { execution, ...parts, total };
}
