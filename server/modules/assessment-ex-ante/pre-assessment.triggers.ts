import { registerLabelledEnum } from '../../graphql/labels.js';
import { toFen } from '../../money.js';
import type { RuleValues } from '../rules/rule-definitions.js';
import type { ProjectYear } from '../projects/project-year.entity.js';
import { ProjectNature, type Project } from '../projects/project.entity.js';

export enum PreAssessmentTrigger {
  MANDATORY_ALL = 'MANDATORY_ALL',
  NEW_MAJOR_POLICY = 'NEW_MAJOR_POLICY',
  NEW_MAJOR_PROJECT = 'NEW_MAJOR_PROJECT',
  CONTINUING_INCREASE_PCT = 'CONTINUING_INCREASE_PCT',
  CONTINUING_INCREASE_AMOUNT = 'CONTINUING_INCREASE_AMOUNT',
  LONG_TERM = 'LONG_TERM',
}
export const PRE_ASSESSMENT_TRIGGER_LABELS = registerLabelledEnum(PreAssessmentTrigger, {
  name: 'PreAssessmentTrigger',
  description: 'Why a project year needs an ex-ante assessment under its region’s rules.',
  labels: {
    MANDATORY_ALL: '全部申报项目须评估',
    NEW_MAJOR_POLICY: '新出台重大政策',
    NEW_MAJOR_PROJECT: '新增重大项目（达到金额标准）',
    CONTINUING_INCREASE_PCT: '延续项目预算增幅达到比例',
    CONTINUING_INCREASE_AMOUNT: '延续项目预算增加额达到标准',
    LONG_TERM: '拟延续执行达到年限',
  },
});

/**
 * The triggers a project year matches under the region’s rules (上犹县 defaults: new ≥ 400万,
 * growth ≥ 30% or ≥ 400万, ≥ 3 years). Exempt years (emergency, disaster relief, mandated by a
 * higher level) match none. Amounts compare exactly in fen.
 */
export function matchTriggers(project: Project, year: ProjectYear, rule: RuleValues['preAssessmentTriggers']): PreAssessmentTrigger[] {
  if (year.preAssessmentExemption) return [];
  const found: PreAssessmentTrigger[] = [];
  if (rule.mandatoryAll) found.push(PreAssessmentTrigger.MANDATORY_ALL);
  const amount = toFen(year.requestedAmount);
  if (project.nature === ProjectNature.NEW) {
    if (project.isPolicy) found.push(PreAssessmentTrigger.NEW_MAJOR_POLICY);
    else if (amount >= toFen(rule.newAmountMin)) found.push(PreAssessmentTrigger.NEW_MAJOR_PROJECT);
  } else if (year.previousYearAmount !== null) {
    const previous = toFen(year.previousYearAmount);
    const increase = amount - previous;
    // increase / previous ≥ pct / 100, in integers with pct in hundredths of a percent:
    // increase × 10000 ≥ pct×100 × previous.
    if (previous > 0n && increase * 10_000n >= BigInt(Math.round(rule.increasePctMin * 100)) * previous) {
      found.push(PreAssessmentTrigger.CONTINUING_INCREASE_PCT);
    }
    if (increase >= toFen(rule.increaseAmountMin)) found.push(PreAssessmentTrigger.CONTINUING_INCREASE_AMOUNT);
  }
  if (project.termYears >= rule.termYearsMin) found.push(PreAssessmentTrigger.LONG_TERM);
  return found;
}
