import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { badUserInput, forbidden, notFound } from '../../graphql/errors.js';
import { fixed, toFen, yuan } from '../../money.js';
import { next, requireState, requireVersion } from '../../workflow/state-machine.js';
import { Comparator, GoalStatus, type PerformanceGoal, type PerformanceIndicator } from '../goals/goal.entities.js';
import { currentProjectGoal } from '../goals/goal.service.js';
import { PROJECT_YEAR_STATUS_LABELS, ProjectYearStatus } from '../projects/project-year.entity.js';
import type { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { ruleFor } from '../rules/rule.service.js';
import {
  CompletionLikelihood,
  DeviationReason,
  EDITABLE_RECORD_STATUSES,
  MONITORING_RECORD_WORKFLOW,
  MONITORING_ROUND_WORKFLOW,
  MonitoringIndicatorValue,
  MonitoringKind,
  MonitoringRecord,
  MonitoringRecordStatus,
  MonitoringRound,
  MonitoringRoundStatus,
  MonitoringSubject,
  WARNING_LEVEL_LABELS,
  WarningLevel,
} from './monitoring.entities.js';
import type {
  AuditMonitoringRecordInput,
  CreateMonitoringRecordInput,
  CreateMonitoringRoundInput,
  MonitoringIndicatorValueInput,
  ReturnMonitoringRecordInput,
  UpdateMonitoringRecordInput,
} from './monitoring.inputs.js';
import { assessWarning, type WarningResult } from './monitoring.warning.js';

// ---------------------------------------------------------------------------------------------
// Rounds
// ---------------------------------------------------------------------------------------------

/** A calendar date as YYYY-MM-DD, or null when it does not exist (e.g. 2023-02-29). */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

function checkFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) {
    throw badUserInput('fiscalYear', 'must be a year between 2000 and 2100, such as 2024.');
  }
}

export async function monitoringRounds(ctx: Context, fiscalYear: number, tenantCode?: string): Promise<MonitoringRound[]> {
  const where: Record<string, unknown> = { fiscalYear };
  if (tenantCode) {
    const tenant = await ctx.loaders.regions.tenantByCode.load(tenantCode);
    if (!tenant) return [];
    where.tenantId = tenant.id;
  }
  return ctx.db.serial((em) => em.find(MonitoringRound, where, { orderBy: { periodEnd: 'asc', kind: 'asc', id: 'asc' } }));
}

/**
 * Opens the rounds of the tenant's monitoring cadence (monitoringCadence rule) for a year that do
 * not exist yet: 莱芜 one 1–7月 round, 上犹 quarterly and then monthly in Q4. Each covers 1 January
 * to its period end and is due at the end of the following month. Returns the rounds it created.
 */
export async function openMonitoringRounds(ctx: Context, fiscalYear: number): Promise<MonitoringRound[]> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'opens monitoring rounds');
  checkFiscalYear(fiscalYear);
  const cadence = await ruleFor(ctx, tenant.id, 'monitoringCadence');
  const existing = await ctx.db.serial((em) => em.find(MonitoringRound, { tenantId: tenant.id, fiscalYear, kind: MonitoringKind.PERIODIC }));
  const taken = new Set(existing.map((round) => round.periodEnd));
  const planned = new Map<string, number>();
  for (const monthDay of cadence.periodEnds) {
    const [month, day] = monthDay.split('-').map(Number);
    // A cadence day past the month's end (e.g. 02-30) means the month's last day.
    const periodEnd = isoDate(fiscalYear, month, day) ?? lastDayOf(fiscalYear, month);
    if (!taken.has(periodEnd)) planned.set(periodEnd, month);
  }
  if (planned.size === 0) return [];
  return ctx.db.serial(async (em) => {
    const created = [...planned.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([periodEnd, month]) =>
        em.create(MonitoringRound, {
          tenantId: tenant.id,
          id: crypto.randomUUID(),
          fiscalYear,
          periodEnd,
          dueDate: month === 12 ? lastDayOf(fiscalYear + 1, 1) : lastDayOf(fiscalYear, month + 1),
          title: `${fiscalYear}年${month === 1 ? '1' : `1-${month}`}月绩效运行监控`,
          kind: MonitoringKind.PERIODIC,
          status: MonitoringRoundStatus.OPEN,
          version: 1,
        }),
      );
    await em.flush();
    return created;
  });
}

/** An ad hoc round (日常 or 重点监控, or a periodic one outside the cadence). */
export async function createMonitoringRound(ctx: Context, input: CreateMonitoringRoundInput): Promise<MonitoringRound> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'opens monitoring rounds');
  const [year, month, day] = input.periodEnd.split('-').map(Number);
  if (!isoDate(year, month, day)) throw badUserInput('periodEnd', `${input.periodEnd} is not a calendar date.`);
  if (year !== input.fiscalYear) throw badUserInput('periodEnd', `must fall within fiscal year ${input.fiscalYear}; a round covers 1 January to its period end.`);
  const [dueYear, dueMonth, dueDay] = input.dueDate.split('-').map(Number);
  if (!isoDate(dueYear, dueMonth, dueDay)) throw badUserInput('dueDate', `${input.dueDate} is not a calendar date.`);
  if (input.dueDate < input.periodEnd) throw badUserInput('dueDate', `must be on or after the period end ${input.periodEnd}.`);
  const clash = await ctx.db.serial((em) => em.findOne(MonitoringRound, { tenantId: tenant.id, periodEnd: input.periodEnd, kind: input.kind }));
  if (clash) throw badUserInput('periodEnd', `a ${input.kind} round ending ${input.periodEnd} already exists (“${clash.title}”); add records to it instead.`);
  return ctx.db.serial(async (em) => {
    const round = em.create(MonitoringRound, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      fiscalYear: input.fiscalYear,
      periodEnd: input.periodEnd,
      dueDate: input.dueDate,
      title: input.title.trim(),
      kind: input.kind,
      status: MonitoringRoundStatus.OPEN,
      version: 1,
    });
    await em.flush();
    return round;
  });
}

async function stepRound(ctx: Context, input: WorkflowStepInput, action: 'close' | 'reopen'): Promise<MonitoringRound> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, `can ${action} monitoring rounds`);
  const round = await ctx.loaders.monitoring.roundById.load(input.id);
  if (!round) throw notFound(`Monitoring round ${input.id}`);
  requireVersion('monitoring round', round, input.version);
  const status = next(MONITORING_ROUND_WORKFLOW, round.status, action);
  return ctx.db.serial(async (em) => {
    round.status = status;
    await em.flush();
    return round;
  });
}

export const closeMonitoringRound = (ctx: Context, input: WorkflowStepInput) => stepRound(ctx, input, 'close');
export const reopenMonitoringRound = (ctx: Context, input: WorkflowStepInput) => stepRound(ctx, input, 'reopen');

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

/** A checked indicator value, with the goal indicator it reports on. */
interface CheckedValue {
  indicator: PerformanceIndicator;
  input: MonitoringIndicatorValueInput;
}

/**
 * Indicator values must report on indicators of the goal the record monitors, each once: numbers
 * for quantitative indicators, text for qualitative ones, to date and expected at year end.
 */
function checkIndicatorValues(values: MonitoringIndicatorValueInput[], indicators: PerformanceIndicator[]): CheckedValue[] {
  const seen = new Set<string>();
  return values.map((input, i) => {
    const at = `indicatorValues[${i}]`;
    const indicator = indicators.find((candidate) => candidate.id === input.indicatorId);
    if (!indicator) throw badUserInput(`${at}.indicatorId`, 'is not an indicator of the goal this record monitors; use one of goal.indicators.');
    if (seen.has(indicator.id)) throw badUserInput(`${at}.indicatorId`, `reports on “${indicator.name}” a second time; give one value per indicator.`);
    seen.add(indicator.id);
    if (indicator.comparator === Comparator.QUALITATIVE) {
      if (input.actualToDate != null) throw badUserInput(`${at}.actualToDate`, `“${indicator.name}” is qualitative; describe it in actualText instead of a number.`);
      if (input.expectedYearEnd != null) throw badUserInput(`${at}.expectedYearEnd`, `“${indicator.name}” is qualitative; describe it in expectedText instead of a number.`);
      if (input.actualText == null) throw badUserInput(`${at}.actualText`, `is required for the qualitative indicator “${indicator.name}”.`);
      if (input.expectedText == null) throw badUserInput(`${at}.expectedText`, `is required for the qualitative indicator “${indicator.name}”.`);
    } else {
      if (input.actualText != null) throw badUserInput(`${at}.actualText`, `“${indicator.name}” is quantitative; give actualToDate as a number (${indicator.unit || 'its unit'}).`);
      if (input.expectedText != null) throw badUserInput(`${at}.expectedText`, `“${indicator.name}” is quantitative; give expectedYearEnd as a number (${indicator.unit || 'its unit'}).`);
      if (input.actualToDate == null) throw badUserInput(`${at}.actualToDate`, `is required for the quantitative indicator “${indicator.name}”.`);
      if (input.expectedYearEnd == null) throw badUserInput(`${at}.expectedYearEnd`, `is required for the quantitative indicator “${indicator.name}”.`);
    }
    return { indicator, input };
  });
}

/** What the warning is decided on, whatever the record's state of editing. */
interface Fill {
  subject: MonitoringSubject;
  projectYearId: string | null;
  executedToDate: string;
  likelihood: CompletionLikelihood | null;
  values: { indicator: PerformanceIndicator; expectedYearEnd: string | null }[];
}

/** The warning under the tenant's thresholds, with the project year's current budget. */
async function warningFor(ctx: Context, tenantId: string, round: MonitoringRound, fill: Fill): Promise<WarningResult> {
  const rule = await ruleFor(ctx, tenantId, 'monitoringWarning');
  let budgetAmount: string | null = null;
  if (fill.subject === MonitoringSubject.PROJECT && fill.projectYearId) {
    const year = await ctx.loaders.projects.projectYearById.load(fill.projectYearId);
    budgetAmount = year ? year.currentAmount : null;
  }
  return assessWarning({
    month: Number(round.periodEnd.slice(5, 7)),
    executedToDate: fill.executedToDate,
    budgetAmount,
    likelihood: fill.likelihood,
    rule,
    indicators: fill.values.map(({ indicator, expectedYearEnd }) => ({
      name: indicator.name,
      quantitative: indicator.comparator !== Comparator.QUALITATIVE,
      target: indicator.targetValue,
      expectedYearEnd,
    })),
  });
}

function applyWarning(record: MonitoringRecord, warning: WarningResult, budgetAmount: string | null): void {
  record.warningLevel = warning.level as WarningLevel;
  record.budgetAmount = budgetAmount;
  record.executionRatePct = warning.executionRatePct;
  record.schedulePct = warning.schedulePct;
  record.lagPct = warning.lagPct;
  record.goalGapPct = warning.goalGapPct;
  record.warningReasons = warning.reasons;
  record.warningComputedAt = new Date();
}

async function budgetOf(ctx: Context, record: { subject: MonitoringSubject; projectYearId: string | null }): Promise<string | null> {
  if (record.subject !== MonitoringSubject.PROJECT || !record.projectYearId) return null;
  const year = await ctx.loaders.projects.projectYearById.load(record.projectYearId);
  return year && toFen(year.currentAmount) > 0n ? year.currentAmount : null;
}

function createValues(em: EntityManager, record: MonitoringRecord, values: CheckedValue[], warning: WarningResult): void {
  values.forEach(({ indicator, input }, index) => {
    em.create(MonitoringIndicatorValue, {
      tenantId: record.tenantId,
      id: crypto.randomUUID(),
      recordId: record.id,
      departmentId: record.departmentId,
      indicatorId: indicator.id,
      actualToDate: input.actualToDate != null ? fixed(input.actualToDate, 4) : null,
      actualText: input.actualText?.trim() ?? null,
      expectedYearEnd: input.expectedYearEnd != null ? fixed(input.expectedYearEnd, 4) : null,
      expectedText: input.expectedText?.trim() ?? null,
      deviationPct: warning.deviations[index],
      note: input.note?.trim() ?? null,
      version: 1,
    });
  });
}

function checkAmounts(executedToDate: string, expectedYearEnd: string): void {
  if (toFen(expectedYearEnd) < toFen(executedToDate)) {
    throw badUserInput('expectedYearEnd', `the expected year-end execution (${expectedYearEnd}) cannot be less than what is executed to date (${executedToDate}).`);
  }
}

function checkRectification(needsRectification: boolean, advice: string | null | undefined): void {
  if (needsRectification && !advice) throw badUserInput('rectificationAdvice', 'is required when rectification is needed (needsRectification true).');
}

async function visibleRecord(ctx: Context, id: string): Promise<MonitoringRecord> {
  const record = await ctx.loaders.monitoring.recordById.load(id);
  if (!record) throw notFound(`Monitoring record ${id}`);
  return record;
}

async function openRoundOf(ctx: Context, roundId: string, what: string): Promise<MonitoringRound> {
  const round = await ctx.loaders.monitoring.roundById.load(roundId);
  if (!round) throw notFound(`Monitoring round ${roundId}`);
  requireState('monitoring round', round.status, [MonitoringRoundStatus.OPEN], what);
  return round;
}

/** The stored values of a record with their indicators, for recomputing its warning. */
async function storedValues(ctx: Context, record: MonitoringRecord): Promise<Fill['values']> {
  const [values, indicators] = await Promise.all([
    ctx.loaders.monitoring.indicatorValuesByRecord.load(record.id),
    ctx.loaders.goals.indicatorsByGoal.load(record.goalId),
  ]);
  return values.flatMap((value) => {
    const indicator = indicators.find((candidate) => candidate.id === value.indicatorId);
    return indicator ? [{ indicator, expectedYearEnd: value.expectedYearEnd }] : [];
  });
}

export async function createMonitoringRecord(ctx: Context, input: CreateMonitoringRecordInput): Promise<MonitoringRecord> {
  const tenant = await tenantForWrite(ctx);
  const round = await ctx.loaders.monitoring.roundById.load(input.roundId);
  if (!round) throw badUserInput('roundId', 'no such monitoring round in your tenant; list them with monitoringRounds.');
  requireState('monitoring round', round.status, [MonitoringRoundStatus.OPEN], 'add records to');

  let goal: PerformanceGoal | null;
  let departmentId: string;
  let projectYearId: string | null = null;
  if (input.subject === MonitoringSubject.PROJECT) {
    if (!input.projectYearId) throw badUserInput('projectYearId', 'is required for a PROJECT record.');
    const year = await ctx.loaders.projects.projectYearById.load(input.projectYearId);
    if (!year) throw badUserInput('projectYearId', 'no such project year in your scope.');
    if (input.departmentId && input.departmentId !== year.departmentId) {
      throw badUserInput('departmentId', 'a PROJECT record belongs to its project year’s department; leave departmentId unset.');
    }
    if (year.status !== ProjectYearStatus.APPROVED) {
      throw badUserInput('projectYearId', `the project year is ${year.status} (${PROJECT_YEAR_STATUS_LABELS[year.status]}); only APPROVED (已批复) budgets are monitored.`);
    }
    if (year.fiscalYear !== round.fiscalYear) {
      throw badUserInput('projectYearId', `the project year is of ${year.fiscalYear}, the round of ${round.fiscalYear}; choose a round of the same year.`);
    }
    goal = await currentProjectGoal(ctx, year.id);
    if (!goal || goal.status !== GoalStatus.ISSUED) {
      throw badUserInput('projectYearId', 'the project year has no ISSUED (已批复) performance goal in force; monitoring compares execution with the issued goal.');
    }
    const existing = (await ctx.loaders.monitoring.recordsByProjectYear.load(year.id)).find((record) => record.roundId === round.id);
    if (existing) throw badUserInput('projectYearId', `the project year already has a record in this round (${existing.id}); update that one.`);
    departmentId = year.departmentId;
    projectYearId = year.id;
  } else {
    if (!input.departmentId) throw badUserInput('departmentId', 'is required for a DEPARTMENT record.');
    if (input.projectYearId) throw badUserInput('projectYearId', 'must be empty for a DEPARTMENT record (部门整体); use subject PROJECT for a project year.');
    const department = await ctx.loaders.org.departmentById.load(input.departmentId);
    if (!department || department.tenantId !== tenant.id) throw badUserInput('departmentId', 'no such department in your tenant.');
    if (ctx.scope.role === 'DEPARTMENT_USER' && department.code !== ctx.scope.department) {
      throw forbidden(`Department users report for their own department (${ctx.scope.department}) only, not for ${department.code}.`);
    }
    goal = await ctx.loaders.monitoring.departmentGoalInForce.load(`${department.id}/${round.fiscalYear}`);
    if (!goal || (goal.status !== GoalStatus.APPROVED && goal.status !== GoalStatus.ISSUED)) {
      throw badUserInput('departmentId', `the department has no department goal (部门整体绩效目标) in force for ${round.fiscalYear}.`);
    }
    const existing = await ctx.db.serial((em) =>
      em.findOne(MonitoringRecord, { tenantId: tenant.id, roundId: round.id, departmentId: department.id, subject: MonitoringSubject.DEPARTMENT }),
    );
    if (existing) throw badUserInput('departmentId', `the department already has a record in this round (${existing.id}); update that one.`);
    departmentId = department.id;
  }

  checkAmounts(input.executedToDate, input.expectedYearEnd);
  checkRectification(input.needsRectification ?? false, input.rectificationAdvice);
  const values = checkIndicatorValues(input.indicatorValues ?? [], await ctx.loaders.goals.indicatorsByGoal.load(goal.id));
  const fill: Fill = {
    subject: input.subject,
    projectYearId,
    executedToDate: input.executedToDate,
    likelihood: input.likelihood ?? null,
    values: values.map(({ indicator, input: value }) => ({ indicator, expectedYearEnd: value.expectedYearEnd ?? null })),
  };
  const warning = await warningFor(ctx, tenant.id, round, fill);
  const budgetAmount = await budgetOf(ctx, fill);

  const goalId = goal.id;
  const record = await ctx.db.serial(async (em) => {
    const created = em.create(MonitoringRecord, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      roundId: round.id,
      subject: input.subject,
      projectYearId,
      goalId,
      departmentId,
      executedToDate: yuan(input.executedToDate),
      expectedYearEnd: yuan(input.expectedYearEnd),
      likelihood: input.likelihood ?? null,
      deviationReasons: input.deviationReasons ?? [],
      deviationNote: input.deviationNote?.trim() ?? null,
      needsRectification: input.needsRectification ?? false,
      rectificationAdvice: input.rectificationAdvice?.trim() ?? null,
      budgetAmount: null,
      executionRatePct: null,
      schedulePct: null,
      lagPct: null,
      goalGapPct: null,
      warningLevel: null,
      warningReasons: [],
      warningComputedAt: null,
      status: MonitoringRecordStatus.DRAFT,
      submittedAt: null,
      auditedAt: null,
      auditor: null,
      auditOpinion: null,
      version: 1,
    });
    applyWarning(created, warning, budgetAmount);
    // The values' foreign key needs the record first; the unit of work does not know the relation.
    await em.flush();
    createValues(em, created, values, warning);
    await em.flush();
    return created;
  });
  if (projectYearId) ctx.loaders.monitoring.recordsByProjectYear.clear(projectYearId);
  return record;
}

export async function updateMonitoringRecord(ctx: Context, input: UpdateMonitoringRecordInput): Promise<MonitoringRecord> {
  await tenantForWrite(ctx);
  const record = await visibleRecord(ctx, input.id);
  requireVersion('monitoring record', record, input.version);
  requireState('monitoring record', record.status, EDITABLE_RECORD_STATUSES, 'change');
  const round = await openRoundOf(ctx, record.roundId, 'change records of');

  const executedToDate = input.executedToDate != null ? yuan(input.executedToDate) : record.executedToDate;
  const expectedYearEnd = input.expectedYearEnd != null ? yuan(input.expectedYearEnd) : record.expectedYearEnd;
  const needsRectification = input.needsRectification ?? record.needsRectification;
  const rectificationAdvice = input.rectificationAdvice ?? record.rectificationAdvice;
  checkAmounts(executedToDate, expectedYearEnd);
  checkRectification(needsRectification, rectificationAdvice);
  const values = input.indicatorValues ? checkIndicatorValues(input.indicatorValues, await ctx.loaders.goals.indicatorsByGoal.load(record.goalId)) : null;
  const fill: Fill = {
    subject: record.subject,
    projectYearId: record.projectYearId,
    executedToDate,
    likelihood: input.likelihood ?? record.likelihood,
    values: values
      ? values.map(({ indicator, input: value }) => ({ indicator, expectedYearEnd: value.expectedYearEnd ?? null }))
      : await storedValues(ctx, record),
  };
  const warning = await warningFor(ctx, record.tenantId, round, fill);
  const budgetAmount = await budgetOf(ctx, record);

  return ctx.db.serial(async (em) => {
    record.executedToDate = executedToDate;
    record.expectedYearEnd = expectedYearEnd;
    record.likelihood = fill.likelihood;
    if (input.deviationReasons) record.deviationReasons = input.deviationReasons;
    if (input.deviationNote != null) record.deviationNote = input.deviationNote.trim();
    record.needsRectification = needsRectification;
    record.rectificationAdvice = rectificationAdvice?.trim() ?? null;
    if (values) {
      await em.nativeDelete(MonitoringIndicatorValue, { tenantId: record.tenantId, recordId: record.id });
      createValues(em, record, values, warning);
      ctx.loaders.monitoring.indicatorValuesByRecord.clear(record.id);
    }
    applyWarning(record, warning, budgetAmount);
    await em.flush();
    return record;
  });
}

/** 偏差原因 are required whenever the light is not green. */
function requireDeviationReasons(record: MonitoringRecord, warning: WarningResult, then: string): void {
  if (warning.level === WarningLevel.GREEN || record.deviationReasons.length > 0) return;
  const reasons = Object.values(DeviationReason).join(', ');
  throw badUserInput(
    'deviationReasons',
    `the warning is ${warning.level} (${WARNING_LEVEL_LABELS[warning.level as WarningLevel]}: ${warning.reasons.join('；')}); ${then} (${reasons}).`,
  );
}

/** DRAFT/RETURNED → SUBMITTED by the department (or the finance bureau), with the warning stored. */
export async function submitMonitoringRecord(ctx: Context, input: WorkflowStepInput): Promise<MonitoringRecord> {
  await tenantForWrite(ctx);
  const record = await visibleRecord(ctx, input.id);
  requireVersion('monitoring record', record, input.version);
  const status = next(MONITORING_RECORD_WORKFLOW, record.status, 'submit');
  const round = await openRoundOf(ctx, record.roundId, 'submit records of');
  const fill: Fill = { ...record, values: await storedValues(ctx, record) };
  const warning = await warningFor(ctx, record.tenantId, round, fill);
  requireDeviationReasons(record, warning, 'state the deviation reasons with updateMonitoringRecord, then submit');
  const budgetAmount = await budgetOf(ctx, record);
  return ctx.db.serial(async (em) => {
    applyWarning(record, warning, budgetAmount);
    record.status = status;
    record.submittedAt = new Date();
    await em.flush();
    return record;
  });
}

/**
 * 终审: SUBMITTED → AUDITED by the finance bureau. The warning is computed again (the budget may
 * have been adjusted since submission) and stored with the audit.
 */
export async function auditMonitoringRecord(ctx: Context, input: AuditMonitoringRecordInput): Promise<MonitoringRecord> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'audits monitoring records');
  const record = await visibleRecord(ctx, input.id);
  requireVersion('monitoring record', record, input.version);
  const status = next(MONITORING_RECORD_WORKFLOW, record.status, 'audit');
  const needsRectification = input.needsRectification ?? record.needsRectification;
  const rectificationAdvice = input.rectificationAdvice ?? record.rectificationAdvice;
  checkRectification(needsRectification, rectificationAdvice);
  const round = await ctx.loaders.monitoring.roundById.load(record.roundId);
  const fill: Fill = { ...record, values: await storedValues(ctx, record) };
  const warning = await warningFor(ctx, record.tenantId, round!, fill);
  requireDeviationReasons(record, warning, 'return the record so the department states the deviation reasons');
  const budgetAmount = await budgetOf(ctx, record);
  return ctx.db.serial(async (em) => {
    applyWarning(record, warning, budgetAmount);
    record.needsRectification = needsRectification;
    record.rectificationAdvice = rectificationAdvice?.trim() ?? null;
    record.status = status;
    record.auditedAt = new Date();
    record.auditor = ctx.scope.subject;
    record.auditOpinion = input.opinion?.trim() ?? null;
    await em.flush();
    return record;
  });
}

/** SUBMITTED → RETURNED by the finance bureau, saying what to change. */
export async function returnMonitoringRecord(ctx: Context, input: ReturnMonitoringRecordInput): Promise<MonitoringRecord> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'returns monitoring records');
  const record = await visibleRecord(ctx, input.id);
  requireVersion('monitoring record', record, input.version);
  const status = next(MONITORING_RECORD_WORKFLOW, record.status, 'return');
  return ctx.db.serial(async (em) => {
    record.status = status;
    record.auditor = ctx.scope.subject;
    record.auditOpinion = input.opinion.trim();
    await em.flush();
    return record;
  });
}
