import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { badUserInput, forbidden, notFound, notFoundAsInput } from '../../graphql/errors.js';
import { fixed, fromFen, toFen } from '../../money.js';
import { next, requireVersion } from '../../workflow/state-machine.js';
import type { ProjectYear } from '../projects/project-year.entity.js';
import { ProjectYearStatus } from '../projects/project-year.entity.js';
import { visibleProjectYear } from '../projects/project-year.service.js';
import { kindRequiresGoal } from '../projects/project.entity.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { ruleFor } from '../rules/rule.service.js';
import {
  Comparator,
  GOAL_STATUS_LABELS,
  GOAL_WORKFLOW,
  GoalHorizon,
  GoalReview,
  GoalStatus,
  GoalSubject,
  IndicatorLevel1,
  LEVEL2_OF,
  PerformanceGoal,
  PerformanceIndicator,
  ProvinceIndicator,
  REVIEW_OUTCOME,
  TenantIndicator,
} from './goal.entities.js';
import type { AdjustGoalInput, CreateGoalInput, IndicatorInput, LibraryIndicatorInput, ReviewGoalInput, UpdateGoalInput } from './goal.inputs.js';

const IN_FORCE = [GoalStatus.APPROVED, GoalStatus.ISSUED];

/** The version in force of a project year's annual goal, if any. */
export async function currentProjectGoal(ctx: Context, projectYearId: string): Promise<PerformanceGoal | null> {
  const goals = await ctx.loaders.goals.goalsByProjectYear.load(projectYearId);
  return goals.find((goal) => goal.isCurrent && goal.horizon === GoalHorizon.ANNUAL) ?? null;
}

/** 先审核、后入库: why the goal blocks library entry or budget approval, or null. */
export async function goalBlocker(ctx: Context, year: ProjectYear): Promise<string | null> {
  const project = await ctx.loaders.projects.projectById.load(year.projectId);
  if (!project || !kindRequiresGoal(project.kindCode)) return null;
  const current = await currentProjectGoal(ctx, year.id);
  if (current && IN_FORCE.includes(current.status)) return null;
  const latest = (await ctx.loaders.goals.goalsByProjectYear.load(year.id))[0];
  return latest
    ? `the performance goal is ${latest.status} (${GOAL_STATUS_LABELS[latest.status]}), not approved (先审核、后入库)`
    : 'the project year has no performance goal (先审核、后入库)';
}

/** 谁批复预算谁批复目标: the approved goal in force is issued with the budget. */
export async function issueGoalsOf(ctx: Context, year: ProjectYear): Promise<void> {
  const goals = await ctx.loaders.goals.goalsByProjectYear.load(year.id);
  const toIssue = goals.filter((goal) => goal.isCurrent && goal.status === GoalStatus.APPROVED);
  if (toIssue.length === 0) return;
  await ctx.db.serial(async (em) => {
    for (const goal of toIssue) {
      goal.status = next(GOAL_WORKFLOW, goal.status, 'issue');
      goal.issuedAt = new Date();
    }
    await em.flush();
  });
}

async function visibleGoal(ctx: Context, id: string): Promise<PerformanceGoal> {
  const goal = await ctx.loaders.goals.goalById.load(id);
  if (!goal) throw notFound(`Performance goal ${id}`);
  return goal;
}

/**
 * Checks an indicator list: each level-2 under its level-1, targets where the comparator needs
 * them, library references that exist, and points per level-1 group summing to the region's
 * self-evaluation weights (产出 50 / 效益 30 / 满意度 10 by default; 成本 counts with 产出).
 */
async function checkIndicators(ctx: Context, tenantId: string, indicators: IndicatorInput[]): Promise<void> {
  // One statement per library for all referenced indicators, not one per indicator.
  const ids = (pick: (indicator: IndicatorInput) => string | undefined) => [...new Set(indicators.map(pick).filter((id): id is string => Boolean(id)))];
  const [provinceFound, tenantFound] = await Promise.all([
    ctx.loaders.goals.provinceIndicatorById.loadMany(ids((indicator) => indicator.provinceIndicatorId)),
    ctx.loaders.goals.tenantIndicatorById.loadMany(ids((indicator) => indicator.tenantIndicatorId)),
  ]);
  const found = (rows: readonly ({ id: string } | null | Error)[]) => new Set(rows.flatMap((row) => (row && !(row instanceof Error) ? [row.id] : [])));
  const [knownProvince, knownTenant] = [found(provinceFound), found(tenantFound)];
  const sums = new Map<string, bigint>();
  for (const [i, indicator] of indicators.entries()) {
    const at = `indicators[${i}]`;
    if (!LEVEL2_OF[indicator.level1].includes(indicator.level2)) {
      throw badUserInput(`${at}.level2`, `${indicator.level2} is not a level-2 indicator of ${indicator.level1}; use one of ${LEVEL2_OF[indicator.level1].join(', ')}.`);
    }
    if (indicator.comparator === Comparator.QUALITATIVE) {
      if (!indicator.targetText) throw badUserInput(`${at}.targetText`, 'a qualitative indicator needs a target text, e.g. 效果明显.');
    } else if (indicator.targetValue == null) {
      throw badUserInput(`${at}.targetValue`, `a quantitative indicator (${indicator.comparator}) needs a target value.`);
    }
    if (indicator.provinceIndicatorId && !knownProvince.has(indicator.provinceIndicatorId)) {
      throw badUserInput(`${at}.provinceIndicatorId`, 'no such indicator in your province’s library.');
    }
    if (indicator.tenantIndicatorId && !knownTenant.has(indicator.tenantIndicatorId)) {
      throw badUserInput(`${at}.tenantIndicatorId`, 'no such indicator in your tenant’s library.');
    }
    const group = indicator.level1 === IndicatorLevel1.COST ? IndicatorLevel1.OUTPUT : indicator.level1;
    // Weights have two decimals: sum them exactly as hundredths.
    sums.set(group, (sums.get(group) ?? 0n) + toFen(indicator.weight));
  }
  const weights = await ruleFor(ctx, tenantId, 'selfEvaluationWeights');
  const expected: [IndicatorLevel1, number, string][] = [
    [IndicatorLevel1.OUTPUT, weights.output, '产出指标'],
    [IndicatorLevel1.BENEFIT, weights.benefit, '效益指标'],
    [IndicatorLevel1.SATISFACTION, weights.satisfaction, '满意度指标'],
  ];
  const wrong = expected.filter(([group, points]) => (sums.get(group) ?? 0n) !== BigInt(points) * 100n);
  if (wrong.length > 0) {
    const detail = wrong.map(([group, points, label]) => `${label} ${fromFen(sums.get(group) ?? 0n)} (must be ${points})`).join(', ');
    throw badUserInput('indicators', `the weights per level-1 indicator must match the region’s scheme: ${detail}.`);
  }
}

/** Adds the indicators of a goal that is already flushed (without relations the ORM does not order inserts). */
function createIndicators(em: EntityManager, goal: PerformanceGoal, indicators: IndicatorInput[]): void {
  indicators.forEach((indicator, index) => {
    em.create(PerformanceIndicator, {
      tenantId: goal.tenantId,
      id: crypto.randomUUID(),
      goalId: goal.id,
      departmentId: goal.departmentId,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name.trim(),
      comparator: indicator.comparator,
      targetValue: indicator.comparator === Comparator.QUALITATIVE ? null : fixed(indicator.targetValue!, 4),
      targetText: indicator.targetText ?? null,
      unit: indicator.unit,
      weight: fixed(indicator.weight, 2),
      isCommon: Boolean(indicator.provinceIndicatorId || indicator.tenantIndicatorId),
      provinceIndicatorId: indicator.provinceIndicatorId ?? null,
      tenantIndicatorId: indicator.tenantIndicatorId ?? null,
      sortOrder: index,
      version: 1,
    });
  });
}

export async function createGoal(ctx: Context, input: CreateGoalInput): Promise<PerformanceGoal> {
  const tenant = await tenantForWrite(ctx);
  let departmentId: string;
  let fiscalYear: number;
  let projectYearId: string | null = null;
  if (input.subject === GoalSubject.PROJECT) {
    if (!input.projectYearId) throw badUserInput('projectYearId', 'is required for a PROJECT goal.');
    const year = await visibleProjectYear(ctx, input.projectYearId).catch(notFoundAsInput('projectYearId', 'no such project year in your scope.'));
    // A project goal takes its year's department and fiscal year; naming others is a mistake.
    if (input.departmentId && input.departmentId !== year.departmentId) {
      throw badUserInput('departmentId', 'a PROJECT goal belongs to its project year’s department; leave departmentId unset.');
    }
    if (input.fiscalYear != null && input.fiscalYear !== year.fiscalYear) {
      throw badUserInput('fiscalYear', `a PROJECT goal is for its project year’s fiscal year (${year.fiscalYear}); leave fiscalYear unset.`);
    }
    const existing = await ctx.loaders.goals.goalsByProjectYear.load(year.id);
    const open = existing.find((goal) => goal.horizon === input.horizon && !IN_FORCE.includes(goal.status) && goal.status !== GoalStatus.REJECTED && goal.status !== GoalStatus.SUPERSEDED);
    if (open) throw badUserInput('projectYearId', `this project year already has a ${open.status} goal; edit it instead.`);
    if (existing.some((goal) => goal.isCurrent && goal.horizon === input.horizon)) {
      throw badUserInput('projectYearId', 'this project year already has a goal in force; adjust it with adjustGoal.');
    }
    departmentId = year.departmentId;
    fiscalYear = year.fiscalYear;
    projectYearId = year.id;
  } else {
    if (!input.departmentId) throw badUserInput('departmentId', 'is required for a DEPARTMENT goal.');
    if (input.projectYearId) throw badUserInput('projectYearId', 'must be empty for a DEPARTMENT goal (部门整体); use subject PROJECT for a project year.');
    if (input.fiscalYear == null) throw badUserInput('fiscalYear', 'is required for a DEPARTMENT goal.');
    const department = await ctx.loaders.org.departmentById.load(input.departmentId);
    if (!department || department.tenantId !== tenant.id) throw badUserInput('departmentId', 'no such department in your tenant.');
    departmentId = department.id;
    fiscalYear = input.fiscalYear;
  }
  await checkIndicators(ctx, tenant.id, input.indicators);
  return ctx.db.serial(async (em) => {
    const goal = em.create(PerformanceGoal, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      subject: input.subject,
      projectYearId,
      departmentId,
      fiscalYear,
      horizon: input.horizon,
      goalText: input.goalText.trim(),
      versionNo: 1,
      previousId: null,
      isCurrent: false,
      adjustReason: null,
      status: GoalStatus.DRAFT,
      reviewGrade: null,
      approvedAt: null,
      issuedAt: null,
      version: 1,
    });
    await em.flush();
    createIndicators(em, goal, input.indicators);
    await em.flush();
    return goal;
  });
}

export async function updateGoal(ctx: Context, input: UpdateGoalInput): Promise<PerformanceGoal> {
  await tenantForWrite(ctx);
  const goal = await visibleGoal(ctx, input.id);
  requireVersion('performance goal', goal, input.version);
  next(GOAL_WORKFLOW, goal.status, 'edit');
  if (input.indicators) await checkIndicators(ctx, goal.tenantId, input.indicators);
  return ctx.db.serial(async (em) => {
    if (input.goalText != null) goal.goalText = input.goalText.trim();
    if (input.indicators) {
      await em.nativeDelete(PerformanceIndicator, { tenantId: goal.tenantId, goalId: goal.id });
      createIndicators(em, goal, input.indicators);
      ctx.loaders.goals.indicatorsByGoal.clear(goal.id);
    }
    // Touch the row so its version moves even when only indicators changed.
    goal.updatedAt = new Date();
    await em.flush();
    return goal;
  });
}

export async function submitGoal(ctx: Context, input: { id: string; version: number }): Promise<PerformanceGoal> {
  await tenantForWrite(ctx);
  const goal = await visibleGoal(ctx, input.id);
  requireVersion('performance goal', goal, input.version);
  const status = next(GOAL_WORKFLOW, goal.status, 'submit');
  return ctx.db.serial(async (em) => {
    goal.status = status;
    await em.flush();
    return goal;
  });
}

/**
 * 目标审核: 优/良 approve (the version comes into force, replacing the one it adjusts), 中 returns
 * it for rework, 差 rejects it. The review is kept. An approved goal of an already approved
 * budget is issued at once.
 */
export async function reviewGoal(ctx: Context, input: ReviewGoalInput): Promise<PerformanceGoal> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'reviews performance goals');
  const goal = await visibleGoal(ctx, input.id);
  requireVersion('performance goal', goal, input.version);
  const outcome = REVIEW_OUTCOME[input.grade];
  let status = next(GOAL_WORKFLOW, goal.status, outcome);
  const previous = goal.previousId ? await ctx.loaders.goals.goalById.load(goal.previousId) : null;
  let year: ProjectYear | null = null;
  if (outcome === 'approve' && goal.projectYearId) year = await ctx.loaders.projects.projectYearById.load(goal.projectYearId);
  return ctx.db.serial(async (em) => {
    if (outcome === 'approve' && previous?.isCurrent) {
      // One version is current at a time (a partial unique index): retire the old one first.
      previous.status = next(GOAL_WORKFLOW, previous.status, 'supersede');
      previous.isCurrent = false;
      await em.flush();
    }
    em.create(GoalReview, {
      tenantId: goal.tenantId,
      id: crypto.randomUUID(),
      goalId: goal.id,
      departmentId: goal.departmentId,
      grade: input.grade,
      completeness: input.completeness,
      relevance: input.relevance,
      reasonableness: input.reasonableness,
      measurability: input.measurability,
      opinion: input.opinion ?? null,
      reviewer: ctx.scope.subject,
      reviewedAt: new Date(),
      version: 1,
    });
    goal.reviewGrade = input.grade;
    if (outcome === 'approve') {
      goal.approvedAt = new Date();
      goal.isCurrent = true;
      const budgetApproved = year?.status === ProjectYearStatus.APPROVED || year?.status === ProjectYearStatus.CLOSED;
      if (budgetApproved || previous?.issuedAt) {
        status = GoalStatus.ISSUED;
        goal.issuedAt = new Date();
      }
    }
    goal.status = status;
    await em.flush();
    ctx.loaders.goals.reviewsByGoal.clear(goal.id);
    return goal;
  });
}

/** 调整: a new DRAFT version of the goal in force, with its indicators copied. */
export async function adjustGoal(ctx: Context, input: AdjustGoalInput): Promise<PerformanceGoal> {
  await tenantForWrite(ctx);
  const goal = await visibleGoal(ctx, input.id);
  requireVersion('performance goal', goal, input.version);
  if (!goal.isCurrent || !IN_FORCE.includes(goal.status)) {
    throw badUserInput('id', `only the goal version in force can be adjusted; this one is ${goal.status}${goal.isCurrent ? '' : ' and not current'}.`);
  }
  const indicators = await ctx.loaders.goals.indicatorsByGoal.load(goal.id);
  return ctx.db.serial(async (em) => {
    const adjusted = em.create(PerformanceGoal, {
      tenantId: goal.tenantId,
      id: crypto.randomUUID(),
      subject: goal.subject,
      projectYearId: goal.projectYearId,
      departmentId: goal.departmentId,
      fiscalYear: goal.fiscalYear,
      horizon: goal.horizon,
      goalText: goal.goalText,
      versionNo: goal.versionNo + 1,
      previousId: goal.id,
      isCurrent: false,
      adjustReason: input.reason.trim(),
      status: GoalStatus.DRAFT,
      reviewGrade: null,
      approvedAt: null,
      issuedAt: null,
      version: 1,
    });
    await em.flush();
    createIndicators(
      em,
      adjusted,
      indicators.map((indicator) => ({
        ...indicator,
        targetValue: indicator.targetValue ?? undefined,
        targetText: indicator.targetText ?? undefined,
        provinceIndicatorId: indicator.provinceIndicatorId ?? undefined,
        tenantIndicatorId: indicator.tenantIndicatorId ?? undefined,
      })),
    );
    await em.flush();
    return adjusted;
  });
}

/** Adds an indicator to the province's common library (PROVINCE_ADMIN) or the tenant's own (COUNTY_ADMIN). */
export async function createLibraryIndicator(ctx: Context, input: LibraryIndicatorInput): Promise<ProvinceIndicator | TenantIndicator> {
  const fields = {
    id: crypto.randomUUID(),
    code: input.code,
    name: input.name.trim(),
    level1: input.level1,
    level2: input.level2,
    comparator: input.comparator,
    defaultTarget: input.defaultTarget ? fixed(input.defaultTarget, 4) : null,
    unit: input.unit,
    description: input.description ?? null,
    active: true,
    version: 1,
  };
  if (!LEVEL2_OF[input.level1].includes(input.level2)) {
    throw badUserInput('level2', `${input.level2} is not a level-2 indicator of ${input.level1}.`);
  }
  if (ctx.scope.role === 'PROVINCE_ADMIN') {
    const province = await ctx.loaders.regions.provinceByCode.load(ctx.scope.province!);
    if (!province) throw forbidden(`Province ${ctx.scope.province} is not registered.`);
    return ctx.db.serial(async (em) => {
      const indicator = em.create(ProvinceIndicator, { provinceId: province.id, ...fields });
      await em.flush();
      return indicator;
    });
  }
  requireCountyAdmin(ctx, 'maintains the tenant’s indicator library (the province maintains the common one)');
  const tenant = await tenantForWrite(ctx);
  return ctx.db.serial(async (em) => {
    const indicator = em.create(TenantIndicator, { tenantId: tenant.id, ...fields });
    await em.flush();
    return indicator;
  });
}
