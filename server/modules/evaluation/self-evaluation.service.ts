import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaYear } from '../../calendar.js';
import type { Context } from '../../graphql/context.js';
import { appError, badUserInput, forbidden, notFound, notFoundAsInput } from '../../graphql/errors.js';
import { fromFen, toFen } from '../../money.js';
import { next, requireState, requireVersion } from '../../workflow/state-machine.js';
import { Comparator, GoalHorizon, GoalStatus, GoalSubject, PerformanceGoal, type PerformanceIndicator } from '../goals/goal.entities.js';
import { currentProjectGoal } from '../goals/goal.service.js';
import { ProjectYearStatus, type ProjectYear } from '../projects/project-year.entity.js';
import { visibleProjectYear } from '../projects/project-year.service.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { gradeFor, type RuleValues } from '../rules/rule-definitions.js';
import { ruleFor } from '../rules/rule.service.js';
import {
  SELF_EVALUATION_EDITABLE,
  SELF_EVALUATION_STATUS_LABELS,
  SELF_EVALUATION_WORKFLOW,
  SelfEvaluation,
  SelfEvaluationGrade,
  SelfEvaluationIndicator,
  SelfEvaluationStatus,
  SelfEvaluationSubject,
  type AchievementLevel,
} from './self-evaluation.entity.js';
import type {
  CreateSelfEvaluationInput,
  SelfEvaluationDecisionInput,
  SelfEvaluationIndicatorInput,
  SelfEvaluationScopeInput,
  UpdateSelfEvaluationInput,
} from './self-evaluation.inputs.js';
import { decimal, div, executionPoints, fraction, scoreIndicator, sumParts } from './self-evaluation.scoring.js';

const GOAL_IN_FORCE = [GoalStatus.APPROVED, GoalStatus.ISSUED];
const BUDGET_SETTLED = [ProjectYearStatus.APPROVED, ProjectYearStatus.CLOSED];

/** 单位自评 of year Y is done in Y+1 or later: Y must have ended. */
function requireEndedYear(field: string, fiscalYear: number): void {
  if (fiscalYear >= chinaYear()) {
    throw badUserInput(field, `fiscal year ${fiscalYear} has not ended; its self-evaluation is done from ${fiscalYear + 1} on (单位自评 covers a completed year).`);
  }
}

export async function visibleSelfEvaluation(ctx: Context, id: string): Promise<SelfEvaluation> {
  const evaluation = await ctx.loaders.selfEvaluation.selfEvaluationById.load(id);
  if (!evaluation) throw notFound(`Self-evaluation ${id}`);
  return evaluation;
}

// ---------------------------------------------------------------------------------------------
// Scope (自评范围)
// ---------------------------------------------------------------------------------------------

export interface SelfEvaluationScopeResult {
  fiscalYear: number;
  required: boolean;
  changed: number;
  projectYears: ProjectYear[];
  inScopeCount: number;
  inScopeAmount: string;
}

/** Puts project years of a fiscal year into or out of the self-evaluation scope (finance). */
export async function setSelfEvaluationScope(ctx: Context, input: SelfEvaluationScopeInput): Promise<SelfEvaluationScopeResult> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'decides which project years must self-evaluate');
  const ids = [...new Set(input.projectYearIds.map((id) => id.toLowerCase()))];
  const years = await ctx.loaders.projects.projectYearById.loadMany(ids);
  const checked: ProjectYear[] = [];
  for (const [i, year] of years.entries()) {
    const field = `projectYearIds[${input.projectYearIds.findIndex((id) => id.toLowerCase() === ids[i])}]`;
    if (year instanceof Error) throw year; // the lookup failed (e.g. timed out): not the input's fault
    if (!year || year.tenantId !== tenant.id) throw badUserInput(field, `no project year ${ids[i]} in your scope.`);
    if (year.fiscalYear !== input.fiscalYear) throw badUserInput(field, `project year ${ids[i]} is of fiscal year ${year.fiscalYear}, not ${input.fiscalYear}.`);
    if (!BUDGET_SETTLED.includes(year.status)) {
      throw badUserInput(field, `project year ${ids[i]} is ${year.status}; only APPROVED or CLOSED budgets (已批复) are self-evaluated.`);
    }
    checked.push(year);
  }
  if (!input.required) {
    const evaluations = await ctx.loaders.selfEvaluation.selfEvaluationByProjectYear.loadMany(ids);
    const started = evaluations.findIndex((evaluation) => evaluation && !(evaluation instanceof Error));
    if (started >= 0) {
      throw badUserInput(`projectYearIds[${started}]`, `project year ${ids[started]} already has a self-evaluation; it stays in the scope.`);
    }
  }
  const changed = await ctx.db.query<{ id: string }>(
    `update project_year set self_evaluation_required = ?, updated_at = now()
      where tenant_id = ? and id = any(?) and self_evaluation_required <> ? returning id`,
    [input.required, tenant.id, ids, input.required],
  );
  ids.forEach((id) => ctx.loaders.selfEvaluation.selfEvaluationRequired.clear(id));
  const [scope] = await ctx.db.query<{ count: number; amount: string }>(
    `select count(*)::int as count, coalesce(sum(coalesce(adjusted_amount, approved_amount)), 0)::numeric(18, 2)::text as amount
       from project_year where tenant_id = ? and fiscal_year = ? and self_evaluation_required`,
    [tenant.id, input.fiscalYear],
  );
  return { fiscalYear: input.fiscalYear, required: input.required, changed: changed.length, projectYears: checked, inScopeCount: scope.count, inScopeAmount: scope.amount };
}

// ---------------------------------------------------------------------------------------------
// Scoring against the goal
// ---------------------------------------------------------------------------------------------

interface ResultValues {
  actualValue: string | null;
  achievement: AchievementLevel | null;
  deviationNote: string | null;
}

interface Computed {
  rows: Map<string, { score: string; meetsTarget: boolean; deviationPct: string | null; deviationRequired: boolean }>;
  executionRate: string;
  /** Null until every indicator has a result. */
  score: { execution: string; output: string; benefit: string; satisfaction: string; total: string; grade: SelfEvaluationGrade } | null;
}

interface Rules {
  weights: RuleValues['selfEvaluationWeights'];
  thresholdPct: number;
  scheme: RuleValues['gradeScheme'];
}

async function rulesOf(ctx: Context, tenantId: string): Promise<Rules> {
  const [weights, thresholdPct, scheme] = await Promise.all([
    ruleFor(ctx, tenantId, 'selfEvaluationWeights'),
    ruleFor(ctx, tenantId, 'deviationThresholdPct'),
    ruleFor(ctx, tenantId, 'gradeScheme'),
  ]);
  return { weights, thresholdPct, scheme };
}

/**
 * The goal's indicator points plus the region's budget-execution weight must make 100, or the
 * total would not be a score out of 100 (a goal set before the weights changed).
 */
function checkWeights(field: string, indicators: PerformanceIndicator[], rules: Rules): void {
  const points = indicators.reduce((sum, indicator) => sum + toFen(indicator.weight), 0n);
  const execution = BigInt(Math.round(rules.weights.budgetExecution * 100));
  if (points + execution !== 10_000n) {
    throw badUserInput(
      field,
      `the goal’s indicator weights sum to ${fromFen(points)} and the region’s budget-execution weight is ${rules.weights.budgetExecution}, which is not 100; adjust the goal (adjustGoal) or the selfEvaluationWeights rule first.`,
    );
  }
}

/** Checks each given result against the goal's indicators: known, once, the right kind of value. */
function checkResults(indicators: PerformanceIndicator[], inputs: SelfEvaluationIndicatorInput[]): void {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const seen = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    const at = `indicators[${i}]`;
    const indicator = byId.get(input.indicatorId.toLowerCase());
    if (!indicator) throw badUserInput(`${at}.indicatorId`, 'is not an indicator of the goal being evaluated; use the ids of goal.indicators.');
    if (seen.has(indicator.id)) throw badUserInput(`${at}.indicatorId`, `${indicator.name} is given twice; send one result per indicator.`);
    seen.add(indicator.id);
    if (indicator.comparator === Comparator.QUALITATIVE) {
      if (!input.achievement) throw badUserInput(`${at}.achievement`, `${indicator.name} is qualitative (定性): give ACHIEVED, PARTIAL or NOT_ACHIEVED.`);
      if (input.actualValue != null) throw badUserInput(`${at}.actualValue`, `${indicator.name} is qualitative (定性): give an achievement level, not an actual value.`);
    } else {
      if (input.actualValue == null) throw badUserInput(`${at}.actualValue`, `${indicator.name} is quantitative: give the actual value (实际完成值, ${indicator.unit || 'in its unit'}).`);
      if (input.achievement) throw badUserInput(`${at}.achievement`, `${indicator.name} is quantitative: give an actual value, not an achievement level.`);
    }
  }
}

function compute(indicators: PerformanceIndicator[], results: Map<string, ResultValues>, rules: Rules, budgetAmount: string, executedAmount: string): Computed {
  const rows: Computed['rows'] = new Map();
  const scored = [];
  for (const indicator of indicators) {
    const result = results.get(indicator.id);
    if (!result) continue;
    const s = scoreIndicator(indicator, result, rules.thresholdPct);
    rows.set(indicator.id, {
      score: decimal(s.points, 4),
      meetsTarget: s.meetsTarget,
      deviationPct: s.deviationPct ? decimal(s.deviationPct, 2) : null,
      deviationRequired: s.deviationRequired,
    });
    scored.push({ level1: indicator.level1, points: s.points });
  }
  const executionRate = decimal(div(fraction(executedAmount), fraction(budgetAmount)), 4);
  if (scored.length < indicators.length) return { rows, executionRate, score: null };
  const parts = sumParts(executionPoints(rules.weights.budgetExecution, budgetAmount, executedAmount), scored);
  const total = decimal(parts.total);
  return {
    rows,
    executionRate,
    score: {
      execution: decimal(parts.execution),
      output: decimal(parts.output),
      benefit: decimal(parts.benefit),
      satisfaction: decimal(parts.satisfaction),
      total,
      grade: gradeFor(Number(total), rules.scheme) as SelfEvaluationGrade,
    },
  };
}

function applyComputed(evaluation: SelfEvaluation, computed: Computed): void {
  evaluation.executionRate = computed.executionRate;
  evaluation.executionScore = computed.score?.execution ?? null;
  evaluation.outputScore = computed.score?.output ?? null;
  evaluation.benefitScore = computed.score?.benefit ?? null;
  evaluation.satisfactionScore = computed.score?.satisfaction ?? null;
  evaluation.totalScore = computed.score?.total ?? null;
  evaluation.grade = computed.score?.grade ?? null;
}

/**
 * Writes the given results (replacing those indicators' earlier results) and the computed fields
 * of every result row.
 */
function writeResults(
  em: EntityManager,
  evaluation: SelfEvaluation,
  existing: SelfEvaluationIndicator[],
  results: Map<string, ResultValues>,
  computed: Computed,
): void {
  const byIndicator = new Map(existing.map((row) => [row.indicatorId, row]));
  for (const [indicatorId, values] of results) {
    const figures = computed.rows.get(indicatorId)!;
    const row =
      byIndicator.get(indicatorId) ??
      em.create(SelfEvaluationIndicator, {
        tenantId: evaluation.tenantId,
        id: crypto.randomUUID(),
        selfEvaluationId: evaluation.id,
        departmentId: evaluation.departmentId,
        indicatorId,
        ...values,
        ...figures,
        version: 1,
      });
    Object.assign(row, values, figures);
  }
}

const resultValues = (input: SelfEvaluationIndicatorInput): ResultValues => ({
  // As numeric(18,4) stores it, so the response shows what a later read shows.
  actualValue: input.actualValue == null ? null : decimal(fraction(input.actualValue), 4),
  achievement: input.achievement ?? null,
  deviationNote: input.deviationNote?.trim() ?? null,
});

const storedValues = (row: SelfEvaluationIndicator): ResultValues => ({
  actualValue: row.actualValue,
  achievement: row.achievement,
  deviationNote: row.deviationNote,
});

// ---------------------------------------------------------------------------------------------
// Filling in and the workflow
// ---------------------------------------------------------------------------------------------

interface Subject {
  projectYearId: string | null;
  departmentId: string;
  fiscalYear: number;
  goal: PerformanceGoal;
  budgetAmount: string;
  executedAmount: string;
}

function requirePositiveBudget(field: string, amount: string, what: string): void {
  if (toFen(amount) <= 0n) throw badUserInput(field, `${what} is 0; a self-evaluation needs the year’s budget (全年预算数) to rate execution against.`);
}

async function projectSubject(ctx: Context, input: CreateSelfEvaluationInput): Promise<Subject> {
  if (!input.projectYearId) throw badUserInput('projectYearId', 'is required for a PROJECT self-evaluation.');
  for (const field of ['budgetAmount', 'executedAmount'] as const) {
    if (input[field] != null) {
      throw badUserInput(field, 'a project self-evaluation takes the budget (变动后预算数) and execution (执行数) of its project year; record execution with recordExecution.');
    }
  }
  const year = await visibleProjectYear(ctx, input.projectYearId).catch(notFoundAsInput('projectYearId', 'no such project year in your scope.'));
  // A project self-evaluation takes its year's department and fiscal year; naming others is a mistake.
  if (input.departmentId && input.departmentId !== year.departmentId) {
    throw badUserInput('departmentId', 'a PROJECT self-evaluation belongs to its project year’s department; leave departmentId unset.');
  }
  if (input.fiscalYear != null && input.fiscalYear !== year.fiscalYear) {
    throw badUserInput('fiscalYear', `a PROJECT self-evaluation is of its project year’s fiscal year (${year.fiscalYear}); leave fiscalYear unset.`);
  }
  if (!BUDGET_SETTLED.includes(year.status)) {
    throw badUserInput('projectYearId', `the project year is ${year.status}; only APPROVED or CLOSED budgets (已批复) are self-evaluated.`);
  }
  requireEndedYear('projectYearId', year.fiscalYear);
  if (!(await ctx.loaders.selfEvaluation.selfEvaluationRequired.load(year.id))) {
    throw badUserInput('projectYearId', `the project year is not in the self-evaluation scope of ${year.fiscalYear}; the finance bureau sets it with setSelfEvaluationScope.`);
  }
  const existing = await ctx.loaders.selfEvaluation.selfEvaluationByProjectYear.load(year.id);
  if (existing) {
    throw badUserInput('projectYearId', `the project year already has a self-evaluation (${existing.status} ${SELF_EVALUATION_STATUS_LABELS[existing.status]}); edit that one.`);
  }
  const goal = await currentProjectGoal(ctx, year.id);
  if (!goal || !GOAL_IN_FORCE.includes(goal.status)) {
    throw badUserInput('projectYearId', 'the project year has no performance goal in force (approved or issued) to evaluate against.');
  }
  requirePositiveBudget('projectYearId', year.currentAmount, 'the project year’s current amount (变动后预算数)');
  return { projectYearId: year.id, departmentId: year.departmentId, fiscalYear: year.fiscalYear, goal, budgetAmount: year.currentAmount, executedAmount: year.executedAmount };
}

async function departmentSubject(ctx: Context, tenantId: string, input: CreateSelfEvaluationInput): Promise<Subject> {
  if (!input.departmentId) throw badUserInput('departmentId', 'is required for a DEPARTMENT self-evaluation.');
  if (input.projectYearId) throw badUserInput('projectYearId', 'must be empty for a DEPARTMENT self-evaluation (部门整体); use subject PROJECT for a project year.');
  if (input.fiscalYear == null) throw badUserInput('fiscalYear', 'is required for a DEPARTMENT self-evaluation.');
  if (input.budgetAmount == null) throw badUserInput('budgetAmount', 'is required for a DEPARTMENT self-evaluation: the department’s 全年预算数 in yuan.');
  if (input.executedAmount == null) throw badUserInput('executedAmount', 'is required for a DEPARTMENT self-evaluation: the department’s 全年执行数 in yuan.');
  const department = await ctx.loaders.org.departmentById.load(input.departmentId);
  if (!department || department.tenantId !== tenantId) throw badUserInput('departmentId', 'no such department in your tenant.');
  if (ctx.scope.role === 'DEPARTMENT_USER' && department.code !== ctx.scope.department) {
    throw forbidden(`Department users self-evaluate only their own department (${ctx.scope.department}), not ${department.code}.`);
  }
  requireEndedYear('fiscalYear', input.fiscalYear);
  requirePositiveBudget('budgetAmount', input.budgetAmount, 'the budget amount');
  const fiscalYear = input.fiscalYear;
  const [existing, goal] = await ctx.db.serial(async (em) => [
    await em.findOne(SelfEvaluation, { subject: SelfEvaluationSubject.DEPARTMENT, departmentId: department.id, fiscalYear }),
    await em.findOne(PerformanceGoal, {
      subject: GoalSubject.DEPARTMENT,
      departmentId: department.id,
      fiscalYear,
      horizon: GoalHorizon.ANNUAL,
      isCurrent: true,
      status: { $in: GOAL_IN_FORCE },
    }),
  ] as const);
  if (existing) {
    throw badUserInput('departmentId', `${department.name} already has a self-evaluation for ${fiscalYear} (${existing.status}); edit that one.`);
  }
  if (!goal) throw badUserInput('departmentId', `${department.name} has no department goal (部门整体绩效目标) in force for ${fiscalYear} to evaluate against.`);
  return { projectYearId: null, departmentId: department.id, fiscalYear, goal, budgetAmount: input.budgetAmount, executedAmount: input.executedAmount };
}

export async function createSelfEvaluation(ctx: Context, input: CreateSelfEvaluationInput): Promise<SelfEvaluation> {
  const tenant = await tenantForWrite(ctx);
  const subject = input.subject === SelfEvaluationSubject.PROJECT ? await projectSubject(ctx, input) : await departmentSubject(ctx, tenant.id, input);
  const subjectField = input.subject === SelfEvaluationSubject.PROJECT ? 'projectYearId' : 'departmentId';
  const [indicators, rules] = await Promise.all([ctx.loaders.goals.indicatorsByGoal.load(subject.goal.id), rulesOf(ctx, tenant.id)]);
  checkWeights(subjectField, indicators, rules);
  checkResults(indicators, input.indicators);
  const results = new Map(input.indicators.map((result) => [result.indicatorId.toLowerCase(), resultValues(result)]));
  const computed = compute(indicators, results, rules, subject.budgetAmount, subject.executedAmount);
  return ctx.db.serial(async (em) => {
    const evaluation = em.create(SelfEvaluation, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      subject: input.subject,
      projectYearId: subject.projectYearId,
      departmentId: subject.departmentId,
      goalId: subject.goal.id,
      fiscalYear: subject.fiscalYear,
      conductedYear: subject.fiscalYear + 1,
      budgetAmount: subject.budgetAmount,
      executedAmount: subject.executedAmount,
      executionRate: computed.executionRate,
      executionScore: null,
      outputScore: null,
      benefitScore: null,
      satisfactionScore: null,
      totalScore: null,
      grade: null,
      summary: input.summary?.trim() ?? null,
      applicationAdvice: input.applicationAdvice?.trim() ?? null,
      status: SelfEvaluationStatus.DRAFT,
      submittedAt: null,
      reviewedAt: null,
      reviewer: null,
      reviewOpinion: null,
      version: 1,
    });
    applyComputed(evaluation, computed);
    // The evaluation row first: its results reference it.
    await em.flush();
    writeResults(em, evaluation, [], results, computed);
    await em.flush();
    return evaluation;
  });
}

/** The budget and execution a save or submit uses: the project year's current figures. */
async function currentAmounts(ctx: Context, evaluation: SelfEvaluation, input?: UpdateSelfEvaluationInput): Promise<{ budgetAmount: string; executedAmount: string }> {
  if (evaluation.subject === SelfEvaluationSubject.DEPARTMENT) {
    const budgetAmount = input?.budgetAmount ?? evaluation.budgetAmount;
    if (input?.budgetAmount != null) requirePositiveBudget('budgetAmount', budgetAmount, 'the budget amount');
    return { budgetAmount, executedAmount: input?.executedAmount ?? evaluation.executedAmount };
  }
  for (const field of ['budgetAmount', 'executedAmount'] as const) {
    if (input?.[field] != null) throw badUserInput(field, 'a project self-evaluation takes the budget and execution of its project year; record execution with recordExecution.');
  }
  const year = await ctx.loaders.projects.projectYearById.load(evaluation.projectYearId!);
  if (!year) throw notFound(`Project year ${evaluation.projectYearId}`);
  requirePositiveBudget('id', year.currentAmount, 'the project year’s current amount (变动后预算数)');
  return { budgetAmount: year.currentAmount, executedAmount: year.executedAmount };
}

export async function updateSelfEvaluation(ctx: Context, input: UpdateSelfEvaluationInput): Promise<SelfEvaluation> {
  await tenantForWrite(ctx);
  const evaluation = await visibleSelfEvaluation(ctx, input.id);
  requireVersion('self-evaluation', evaluation, input.version);
  requireState('self-evaluation', evaluation.status, SELF_EVALUATION_EDITABLE, 'edit');
  const [indicators, existing, rules] = await Promise.all([
    ctx.loaders.goals.indicatorsByGoal.load(evaluation.goalId),
    ctx.loaders.selfEvaluation.resultsBySelfEvaluation.load(evaluation.id),
    rulesOf(ctx, evaluation.tenantId),
  ]);
  const amounts = await currentAmounts(ctx, evaluation, input);
  checkWeights('id', indicators, rules);
  const given = input.indicators ?? [];
  checkResults(indicators, given);
  const results = new Map(existing.map((row) => [row.indicatorId, storedValues(row)]));
  for (const result of given) results.set(result.indicatorId.toLowerCase(), resultValues(result));
  const computed = compute(indicators, results, rules, amounts.budgetAmount, amounts.executedAmount);
  return ctx.db.serial(async (em) => {
    Object.assign(evaluation, amounts);
    if (input.summary != null) evaluation.summary = input.summary.trim();
    if (input.applicationAdvice != null) evaluation.applicationAdvice = input.applicationAdvice.trim();
    applyComputed(evaluation, computed);
    writeResults(em, evaluation, existing, results, computed);
    // Touch the row so its version moves even when only results changed.
    evaluation.updatedAt = new Date();
    await em.flush();
    ctx.loaders.selfEvaluation.resultsBySelfEvaluation.clear(evaluation.id);
    return evaluation;
  });
}

/**
 * DRAFT/RETURNED → SUBMITTED. Every indicator needs a result, and every one that missed its
 * target by more than the region's threshold (or was NOT_ACHIEVED) a deviation analysis. The
 * score is recomputed with the current budget figures and rules.
 */
export async function submitSelfEvaluation(ctx: Context, input: { id: string; version: number }): Promise<SelfEvaluation> {
  await tenantForWrite(ctx);
  const evaluation = await visibleSelfEvaluation(ctx, input.id);
  requireVersion('self-evaluation', evaluation, input.version);
  const status = next(SELF_EVALUATION_WORKFLOW, evaluation.status, 'submit');
  const [indicators, existing, rules] = await Promise.all([
    ctx.loaders.goals.indicatorsByGoal.load(evaluation.goalId),
    ctx.loaders.selfEvaluation.resultsBySelfEvaluation.load(evaluation.id),
    rulesOf(ctx, evaluation.tenantId),
  ]);
  const amounts = await currentAmounts(ctx, evaluation);
  checkWeights('id', indicators, rules);
  const results = new Map(existing.map((row) => [row.indicatorId, storedValues(row)]));
  const missing = indicators.filter((indicator) => !results.has(indicator.id));
  if (missing.length > 0) {
    throw badUserInput('indicators', `no result yet for ${missing.map((indicator) => indicator.name).join('、')}; add them with updateSelfEvaluation before submitting.`);
  }
  const computed = compute(indicators, results, rules, amounts.budgetAmount, amounts.executedAmount);
  const lacking = indicators.filter((indicator) => computed.rows.get(indicator.id)!.deviationRequired && !results.get(indicator.id)!.deviationNote);
  if (lacking.length > 0) {
    const detail = lacking
      .map((indicator) => {
        const pct = computed.rows.get(indicator.id)!.deviationPct;
        return indicator.comparator === Comparator.QUALITATIVE ? `${indicator.name} (未达成)` : `${indicator.name} (${pct === null ? 'missed a zero target' : `off target by ${pct}%`})`;
      })
      .join('、');
    throw appError(
      'BAD_USER_INPUT',
      `indicators: a deviation analysis (偏差原因分析及改进措施) is required for ${detail}, which missed the target by more than ${rules.thresholdPct}% or were not achieved; add a deviationNote with updateSelfEvaluation.`,
      { field: 'indicators', indicatorIds: lacking.map((indicator) => indicator.id) },
    );
  }
  return ctx.db.serial(async (em) => {
    Object.assign(evaluation, amounts);
    applyComputed(evaluation, computed);
    writeResults(em, evaluation, existing, results, computed);
    evaluation.status = status;
    evaluation.submittedAt = new Date();
    await em.flush();
    return evaluation;
  });
}

async function decide(ctx: Context, input: SelfEvaluationDecisionInput, action: 'return' | 'review'): Promise<SelfEvaluation> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, action === 'review' ? 'reviews self-evaluations' : 'returns self-evaluations for correction');
  const evaluation = await visibleSelfEvaluation(ctx, input.id);
  requireVersion('self-evaluation', evaluation, input.version);
  const status = next(SELF_EVALUATION_WORKFLOW, evaluation.status, action);
  if (action === 'return' && !input.opinion) throw badUserInput('opinion', 'say what the department should correct when returning a self-evaluation.');
  return ctx.db.serial(async (em) => {
    evaluation.status = status;
    evaluation.reviewer = ctx.scope.subject;
    evaluation.reviewOpinion = input.opinion?.trim() ?? null;
    if (action === 'review') evaluation.reviewedAt = new Date();
    await em.flush();
    return evaluation;
  });
}

export const reviewSelfEvaluation = (ctx: Context, input: SelfEvaluationDecisionInput) => decide(ctx, input, 'review');
export const returnSelfEvaluation = (ctx: Context, input: SelfEvaluationDecisionInput) => decide(ctx, input, 'return');

/** Goal indicators without a result yet, in the goal's order. */
export async function missingIndicators(ctx: Context, evaluation: SelfEvaluation): Promise<PerformanceIndicator[]> {
  const [indicators, results] = await Promise.all([
    ctx.loaders.goals.indicatorsByGoal.load(evaluation.goalId),
    ctx.loaders.selfEvaluation.resultsBySelfEvaluation.load(evaluation.id),
  ]);
  const done = new Set(results.map((row) => row.indicatorId));
  return indicators.filter((indicator) => !done.has(indicator.id));
}

/** The results in the goal's indicator order. */
export async function orderedResults(ctx: Context, evaluation: SelfEvaluation): Promise<SelfEvaluationIndicator[]> {
  const [indicators, results] = await Promise.all([
    ctx.loaders.goals.indicatorsByGoal.load(evaluation.goalId),
    ctx.loaders.selfEvaluation.resultsBySelfEvaluation.load(evaluation.id),
  ]);
  const position = new Map(indicators.map((indicator, i) => [indicator.id, i]));
  return [...results].sort((a, b) => (position.get(a.indicatorId) ?? 0) - (position.get(b.indicatorId) ?? 0));
}
