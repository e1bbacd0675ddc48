// 地方规则: the rules that differ between regions, kept as data (tenant_rule rows) with national
// defaults here. Each rule validates its value so a bad setting is refused, not stored.

export type Grade = 'EXCELLENT' | 'GOOD' | 'MEDIUM' | 'LOW' | 'POOR';

export interface GradeBand {
  grade: Grade;
  /** Lowest total score (0–100) that earns this grade. */
  min: number;
}

export interface RuleValues {
  /** 事前绩效评估 triggers (上犹县 defaults). Amounts in yuan. */
  preAssessmentTriggers: {
    newAmountMin: string;
    increasePctMin: number;
    increaseAmountMin: string;
    termYearsMin: number;
    /** Every submitted project year needs an assessment (莱芜 "一上" 全覆盖). */
    mandatoryAll: boolean;
  };
  /** 监控 cadence: the month-day each round's period ends. */
  monitoringCadence: { periodEnds: string[] };
  /** Warning thresholds: required execution % by month, and the gaps that turn YELLOW / RED. */
  monitoringWarning: {
    schedulePct: Record<string, number>;
    yellowLagPct: number;
    redLagPct: number;
    yellowGoalGapPct: number;
    redGoalGapPct: number;
  };
  /** 单位自评 weights: budget execution + level-1 indicator groups, summing to 100. */
  selfEvaluationWeights: { budgetExecution: number; output: number; benefit: number; satisfaction: number };
  /** An indicator missing its target by more than this needs a deviation analysis. */
  deviationThresholdPct: number;
  /** Grade bands, highest first. */
  gradeScheme: { name: string; bands: GradeBand[] };
  /** 抽查复核: minimum sample and what counts as a large self/recheck discrepancy. */
  recheck: { minRatio: number; largeDiscrepancyPoints: number };
  /** Days from a problem's feedback to its rectification deadline. */
  rectificationDays: number;
}

export type RuleKey = keyof RuleValues;

export const NATIONAL_FOUR_LEVEL: RuleValues['gradeScheme'] = {
  name: 'NATIONAL_4',
  bands: [
    { grade: 'EXCELLENT', min: 90 },
    { grade: 'GOOD', min: 80 },
    { grade: 'MEDIUM', min: 60 },
    { grade: 'POOR', min: 0 },
  ],
};

/** 优/良/中/低/差 as 铁岭经开区 uses it; the report gives no cut-offs, these are the default. */
export const FIVE_LEVEL: RuleValues['gradeScheme'] = {
  name: 'FIVE_LEVEL',
  bands: [
    { grade: 'EXCELLENT', min: 90 },
    { grade: 'GOOD', min: 80 },
    { grade: 'MEDIUM', min: 70 },
    { grade: 'LOW', min: 60 },
    { grade: 'POOR', min: 0 },
  ],
};

export const RULE_DEFAULTS: RuleValues = {
  preAssessmentTriggers: { newAmountMin: '4000000.00', increasePctMin: 30, increaseAmountMin: '4000000.00', termYearsMin: 3, mandatoryAll: false },
  monitoringCadence: { periodEnds: ['03-31', '06-30', '09-30', '10-31', '11-30', '12-31'] },
  monitoringWarning: {
    schedulePct: { '4': 25, '6': 40, '8': 60, '10': 80, '12': 100 },
    yellowLagPct: 0,
    redLagPct: 10,
    yellowGoalGapPct: 10,
    redGoalGapPct: 20,
  },
  selfEvaluationWeights: { budgetExecution: 10, output: 50, benefit: 30, satisfaction: 10 },
  deviationThresholdPct: 20,
  gradeScheme: NATIONAL_FOUR_LEVEL,
  recheck: { minRatio: 0.2, largeDiscrepancyPoints: 10 },
  rectificationDays: 30,
};

export const RULE_LABELS: Record<RuleKey, string> = {
  preAssessmentTriggers: '事前绩效评估触发条件',
  monitoringCadence: '绩效监控频次',
  monitoringWarning: '监控预警阈值',
  selfEvaluationWeights: '单位自评权重',
  deviationThresholdPct: '偏差分析阈值(%)',
  gradeScheme: '评价等级方案',
  recheck: '抽查复核比例与差异标准',
  rectificationDays: '整改期限(天)',
};

const isNumber = (value: unknown, min: number, max: number) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const isYuan = (value: unknown) => typeof value === 'string' && /^\d{1,16}(\.\d{1,2})?$/.test(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields of each object-valued rule: anything else would be stored and never read. */
const RULE_FIELDS: Partial<Record<RuleKey, string[]>> = Object.fromEntries(
  Object.entries(RULE_DEFAULTS).flatMap(([key, value]) => (isObject(value) ? [[key, Object.keys(value)]] : [])),
);

/** Why `value` is not a valid setting of `key`, or null if it is. */
export function ruleProblem(key: RuleKey, value: unknown): string | null {
  // PostgreSQL's jsonb cannot store the NUL character.
  if (JSON.stringify(value)?.includes('\\u0000')) return 'must not contain the NUL character (\\u0000)';
  const unknown = isObject(value) ? Object.keys(value).filter((field) => !RULE_FIELDS[key]?.includes(field)) : [];
  if (unknown.length > 0 && RULE_FIELDS[key]) return `has no field ${unknown.join(', ')}; its fields are ${RULE_FIELDS[key]!.join(', ')}`;
  switch (key) {
    case 'preAssessmentTriggers':
      if (!isObject(value)) return 'must be an object';
      if (!isYuan(value.newAmountMin) || !isYuan(value.increaseAmountMin)) return 'newAmountMin and increaseAmountMin must be yuan strings such as "4000000.00"';
      if (!isNumber(value.increasePctMin, 0, 1000) || !isNumber(value.termYearsMin, 1, 30)) return 'increasePctMin must be 0–1000 and termYearsMin 1–30';
      return typeof value.mandatoryAll === 'boolean' ? null : 'mandatoryAll must be true or false';
    case 'monitoringCadence':
      if (!isObject(value) || !Array.isArray(value.periodEnds) || value.periodEnds.length === 0) return 'periodEnds must be a non-empty list';
      return value.periodEnds.every((end) => typeof end === 'string' && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(end))
        ? null
        : 'periodEnds must be month-days such as "06-30"';
    case 'monitoringWarning': {
      if (!isObject(value) || !isObject(value.schedulePct)) return 'must be an object with schedulePct';
      const months = Object.entries(value.schedulePct);
      if (months.length === 0 || !months.every(([month, pct]) => /^(1[0-2]|[1-9])$/.test(month) && isNumber(pct, 0, 100))) {
        return 'schedulePct must map months 1–12 to percentages 0–100';
      }
      const gaps = [value.yellowLagPct, value.redLagPct, value.yellowGoalGapPct, value.redGoalGapPct];
      if (!gaps.every((gap) => isNumber(gap, 0, 100))) return 'the lag and goal-gap thresholds must be percentages 0–100';
      return (value.yellowLagPct as number) <= (value.redLagPct as number) && (value.yellowGoalGapPct as number) <= (value.redGoalGapPct as number)
        ? null
        : 'yellow thresholds must not exceed red ones';
    }
    case 'selfEvaluationWeights': {
      if (!isObject(value)) return 'must be an object';
      const parts = ['budgetExecution', 'output', 'benefit', 'satisfaction'].map((part) => value[part]);
      if (!parts.every((part) => isNumber(part, 0, 100))) return 'budgetExecution, output, benefit and satisfaction must be 0–100';
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      return sum === 100 ? null : `the weights must sum to 100; they sum to ${sum}`;
    }
    case 'deviationThresholdPct':
      return isNumber(value, 0, 100) ? null : 'must be a percentage 0–100';
    case 'gradeScheme': {
      if (!isObject(value) || typeof value.name !== 'string' || !Array.isArray(value.bands)) return 'must be { name, bands: [{ grade, min }] }';
      const bands = value.bands as GradeBand[];
      const grades = ['EXCELLENT', 'GOOD', 'MEDIUM', 'LOW', 'POOR'];
      if (!bands.every((band) => grades.includes(band.grade) && isNumber(band.min, 0, 100))) return `each band needs a grade (${grades.join(', ')}) and a min 0–100`;
      if (bands.at(-1)?.min !== 0) return 'the last band must start at 0';
      return bands.every((band, i) => i === 0 || band.min < bands[i - 1].min) ? null : 'bands must be ordered from the highest min down';
    }
    case 'recheck':
      if (!isObject(value)) return 'must be an object';
      return isNumber(value.minRatio, 0, 1) && isNumber(value.largeDiscrepancyPoints, 0, 100)
        ? null
        : 'minRatio must be 0–1 and largeDiscrepancyPoints 0–100';
    case 'rectificationDays':
      return isNumber(value, 1, 365) && Number.isInteger(value) ? null : 'must be a whole number of days, 1–365';
  }
}

/** The grade a total score earns under a scheme. */
export function gradeFor(score: number, scheme: RuleValues['gradeScheme']): Grade {
  return (scheme.bands.find((band) => score >= band.min) ?? scheme.bands[scheme.bands.length - 1]).grade;
}
