// 监控预警: the GREEN/YELLOW/RED light of a monitoring record, decided exactly (rational numbers on
// BigInt, never floats) from the execution lag behind the schedule (序时进度), the goal gap of the
// quantitative indicators and the stated likelihood of reaching the goal.
import { ratio, toFen } from '../../money.js';
import type { RuleValues } from '../rules/rule-definitions.js';

export type WarningColour = 'GREEN' | 'YELLOW' | 'RED';
export type Likelihood = 'CERTAIN' | 'POSSIBLE' | 'IMPOSSIBLE';

/** An exact fraction n/d with d > 0. */
interface Fraction {
  n: bigint;
  d: bigint;
}

const fraction = (n: bigint, d: bigint): Fraction => (d < 0n ? { n: -n, d: -d } : { n, d });
const sub = (a: Fraction, b: Fraction) => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
const add = (a: Fraction, b: Fraction) => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
const mul = (a: Fraction, b: Fraction) => fraction(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction) => fraction(a.n * b.d, a.d * b.n);
const abs = (a: Fraction) => fraction(a.n < 0n ? -a.n : a.n, a.d);
const cmp = (a: Fraction, b: Fraction) => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left === right ? 0 : left > right ? 1 : -1;
};
const int = (value: number) => fraction(BigInt(value), 1n);

/** A plain decimal string ("100.0000", "-2.5") as an exact fraction. */
function decimal(text: string): Fraction {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`not a decimal: ${text}`);
  const digits = match[3] ?? '';
  const n = BigInt(match[2] + digits) * (match[1] ? -1n : 1n);
  return fraction(n, 10n ** BigInt(digits.length));
}

/** A threshold from the rule (a JSON number, validated 0–100) as the decimal it was written as. */
function threshold(value: number): Fraction {
  const text = String(value);
  return decimal(/e/i.test(text) ? value.toFixed(12) : text);
}

/** Two decimals, rounded half away from zero: how percentages are shown and stored. */
const show = (value: Fraction) => ratio(value.n, value.d, 2)!;

/**
 * 序时进度: the execution % a project should have reached by the end of `month`, interpolated
 * linearly between the configured months (from 0 % at month 0) and flat after the last one.
 */
export function scheduleFraction(month: number, schedulePct: Record<string, number>): Fraction {
  const points: [number, Fraction][] = [[0, int(0)]];
  for (const [key, pct] of Object.entries(schedulePct).sort(([a], [b]) => Number(a) - Number(b))) points.push([Number(key), threshold(pct)]);
  const last = points[points.length - 1];
  if (month >= last[0]) return last[1];
  for (let i = 0; i < points.length - 1; i++) {
    const [m0, p0] = points[i];
    const [m1, p1] = points[i + 1];
    if (month >= m0 && month <= m1) return add(p0, mul(sub(p1, p0), fraction(BigInt(month - m0), BigInt(m1 - m0))));
  }
  return last[1];
}

export interface IndicatorForWarning {
  name: string;
  quantitative: boolean;
  /** Target of a quantitative indicator (numeric(18,4) text). */
  target: string | null;
  /** Expected year-end value reported for it, if any. */
  expectedYearEnd: string | null;
}

export interface WarningInput {
  /** Month (1–12) of the round's period end. */
  month: number;
  /** Yuan executed to date. */
  executedToDate: string;
  /** The project year's current amount (adjusted else approved); null for department records. */
  budgetAmount: string | null;
  likelihood: Likelihood | null;
  indicators: IndicatorForWarning[];
  rule: RuleValues['monitoringWarning'];
}

export interface WarningResult {
  level: WarningColour;
  /** Percentages with two decimals; null where not applicable. */
  executionRatePct: string | null;
  schedulePct: string;
  lagPct: string | null;
  goalGapPct: string | null;
  /** Deviation % of each input indicator, in input order (null unless quantitative with a target and an expected value). */
  deviations: (string | null)[];
  /** Why the record got its level, in Chinese for the people who read the screens. */
  reasons: string[];
}

/** |expected − target| / |target| × 100, or null when it cannot be computed. */
export function deviationFraction(indicator: IndicatorForWarning): Fraction | null {
  if (!indicator.quantitative || indicator.target == null || indicator.expectedYearEnd == null) return null;
  const target = decimal(indicator.target);
  if (target.n === 0n) return null;
  // The same text is the same value: a met target, no arithmetic needed (the demo data and the
  // synthetic province report millions of them).
  if (indicator.expectedYearEnd === indicator.target) return fraction(0n, 1n);
  return mul(abs(div(sub(decimal(indicator.expectedYearEnd), target), target)), int(100));
}

/**
 * RED if lag > redLagPct or goal gap > redGoalGapPct or likelihood IMPOSSIBLE;
 * YELLOW if lag > yellowLagPct or goal gap > yellowGoalGapPct or likelihood POSSIBLE; else GREEN.
 * lag = schedule % − execution rate %; the goal gap is the largest indicator deviation.
 */
export function assessWarning(input: WarningInput): WarningResult {
  const { rule } = input;
  const schedule = scheduleFraction(input.month, rule.schedulePct);
  const budgetFen = input.budgetAmount == null ? 0n : toFen(input.budgetAmount);
  const rate = budgetFen > 0n ? fraction(toFen(input.executedToDate) * 100n, budgetFen) : null;
  const lag = rate ? sub(schedule, rate) : null;

  const deviations: (string | null)[] = [];
  let gap: Fraction | null = null;
  let gapIndicator = '';
  for (const indicator of input.indicators) {
    const deviation = deviationFraction(indicator);
    deviations.push(deviation ? show(deviation) : null);
    if (!deviation) continue;
    if (!gap || cmp(deviation, gap) > 0) {
      gap = deviation;
      gapIndicator = indicator.name;
    }
  }

  const lagText =
    lag && rate
      ? `执行率 ${show(rate)}%，序时进度 ${show(schedule)}%，${lag.n >= 0n ? `滞后 ${show(lag)}` : `超前 ${show(abs(lag))}`} 个百分点`
      : '';
  const gapText = gap ? `绩效目标偏差率 ${show(gap)}%（${gapIndicator}）` : '';
  const check = (colour: '红灯' | '黄灯', lagLimit: number, gapLimit: number, likelihood: Likelihood): string[] => {
    const reasons: string[] = [];
    if (lag && cmp(lag, threshold(lagLimit)) > 0) reasons.push(`${lagText}，超过${colour}阈值 ${lagLimit} 个百分点`);
    if (gap && cmp(gap, threshold(gapLimit)) > 0) reasons.push(`${gapText}，超过${colour}阈值 ${gapLimit}%`);
    if (input.likelihood === likelihood) reasons.push(`完成目标可能性为“${likelihood === 'IMPOSSIBLE' ? '完全不可能' : '有可能'}”`);
    return reasons;
  };

  let level: WarningColour = 'GREEN';
  let reasons = check('红灯', rule.redLagPct, rule.redGoalGapPct, 'IMPOSSIBLE');
  if (reasons.length > 0) level = 'RED';
  else {
    reasons = check('黄灯', rule.yellowLagPct, rule.yellowGoalGapPct, 'POSSIBLE');
    if (reasons.length > 0) level = 'YELLOW';
    else {
      const parts = [lagText || '无项目预算数，不计算执行进度', gapText].filter(Boolean);
      reasons = [`${parts.join('；')}：均未超过预警阈值`];
    }
  }

  return {
    level,
    executionRatePct: rate ? show(rate) : null,
    schedulePct: show(schedule),
    lagPct: lag ? show(lag) : null,
    goalGapPct: gap ? show(gap) : null,
    deviations,
    reasons,
  };
}
