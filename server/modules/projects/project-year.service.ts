import type { Context } from '../../graphql/context.js';
import { appError, badUserInput, notFound, notFoundAsInput } from '../../graphql/errors.js';
import { yuan } from '../../money.js';
import { next, requireState, requireVersion } from '../../workflow/state-machine.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { PROJECT_YEAR_WORKFLOW, ProjectYear, ProjectYearStatus } from './project-year.entity.js';
import type { CreateProjectYearInput, ProjectYearAmountInput, UpdateProjectYearInput, WorkflowStepInput } from './project-year.inputs.js';
import { approvalBlockers, onBudgetApproved } from './project-year.guards.js';
import { visibleProject } from './project.service.js';

const EDITABLE = [ProjectYearStatus.DRAFT, ProjectYearStatus.RETURNED] as const;

/** A project year the caller can see, or NOT_FOUND. */
export async function visibleProjectYear(ctx: Context, id: string): Promise<ProjectYear> {
  const year = await ctx.loaders.projects.projectYearById.load(id);
  if (!year) throw notFound(`Project year ${id}`);
  return year;
}

export async function createProjectYear(ctx: Context, input: CreateProjectYearInput): Promise<ProjectYear> {
  const tenant = await tenantForWrite(ctx);
  const project = await visibleProject(ctx, input.projectId).catch(notFoundAsInput('projectId', 'no such project in your scope.'));
  const existing = await ctx.loaders.projects.yearsByProject.load(project.id);
  if (existing.some((year) => year.fiscalYear === input.fiscalYear)) {
    throw badUserInput('fiscalYear', `project ${project.code} already has a budget for ${input.fiscalYear}; change that one instead.`);
  }
  return ctx.db.serial(async (em) => {
    const year = em.create(ProjectYear, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      projectId: project.id,
      departmentId: project.departmentId,
      projectCode: project.code,
      fiscalYear: input.fiscalYear,
      budgetType: input.budgetType,
      fundSource: input.fundSource,
      isSpecialBond: input.isSpecialBond,
      requestedAmount: yuan(input.requestedAmount),
      approvedAmount: '0.00',
      adjustedAmount: null,
      executedAmount: '0.00',
      previousYearAmount: input.previousYearAmount ? yuan(input.previousYearAmount) : null,
      preAssessmentExemption: input.preAssessmentExemption ?? null,
      status: ProjectYearStatus.DRAFT,
      version: 1,
    });
    await em.flush();
    return year;
  });
}

export async function updateProjectYear(ctx: Context, input: UpdateProjectYearInput): Promise<ProjectYear> {
  await tenantForWrite(ctx);
  const year = await visibleProjectYear(ctx, input.id);
  requireVersion('project year', year, input.version);
  requireState('project year', year.status, EDITABLE, 'edit the request of');
  return ctx.db.serial(async (em) => {
    if (input.budgetType != null) year.budgetType = input.budgetType;
    if (input.fundSource != null) year.fundSource = input.fundSource;
    if (input.isSpecialBond != null) year.isSpecialBond = input.isSpecialBond;
    if (input.requestedAmount != null) year.requestedAmount = yuan(input.requestedAmount);
    if (input.previousYearAmount != null) year.previousYearAmount = yuan(input.previousYearAmount);
    if (input.preAssessmentExemption != null) year.preAssessmentExemption = input.preAssessmentExemption;
    await em.flush();
    return year;
  });
}

type Step = keyof typeof PROJECT_YEAR_WORKFLOW.actions;

/**
 * One workflow step: checks the version, who may take it, the transition and its guards, then
 * applies `change` and the new status in one flush.
 */
async function step(ctx: Context, input: WorkflowStepInput, action: Step, change?: (year: ProjectYear) => void): Promise<ProjectYear> {
  await tenantForWrite(ctx);
  // Departments submit their requests; every other step is the finance bureau's.
  if (action !== 'submit') requireCountyAdmin(ctx, `can ${action} a project year`);
  const year = await visibleProjectYear(ctx, input.id);
  requireVersion('project year', year, input.version);
  const status = next(PROJECT_YEAR_WORKFLOW, year.status, action);
  if (action === 'enterLibrary' || action === 'approveBudget') {
    const blockers = await approvalBlockers(ctx, year);
    if (blockers.length > 0) {
      throw appError('INVALID_TRANSITION', `Cannot ${action}: ${blockers.join('; ')}.`, {
        currentState: year.status,
        requestedState: status,
        blockers,
      });
    }
  }
  await ctx.db.serial(async (em) => {
    change?.(year);
    year.status = status;
    await em.flush();
  });
  if (action === 'approveBudget') await onBudgetApproved(ctx, year);
  return year;
}

export const submitProjectYear = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'submit');
export const returnProjectYear = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'return');
export const rejectProjectYear = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'reject');
export const enterLibrary = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'enterLibrary');
export const closeProjectYear = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'close');
export const approveBudget = (ctx: Context, input: ProjectYearAmountInput) =>
  step(ctx, input, 'approveBudget', (year) => {
    year.approvedAmount = yuan(input.amount);
  });

/** 调整: a mid-year adjustment of an approved budget. */
export async function adjustBudget(ctx: Context, input: ProjectYearAmountInput): Promise<ProjectYear> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'adjusts approved budgets');
  const year = await visibleProjectYear(ctx, input.id);
  requireVersion('project year', year, input.version);
  requireState('project year', year.status, [ProjectYearStatus.APPROVED], 'adjust the budget of');
  return ctx.db.serial(async (em) => {
    year.adjustedAmount = yuan(input.amount);
    await em.flush();
    return year;
  });
}

/** Execution to date (or at year end), from the payment system or the department. */
export async function recordExecution(ctx: Context, input: ProjectYearAmountInput): Promise<ProjectYear> {
  await tenantForWrite(ctx);
  const year = await visibleProjectYear(ctx, input.id);
  requireVersion('project year', year, input.version);
  requireState('project year', year.status, [ProjectYearStatus.APPROVED, ProjectYearStatus.CLOSED], 'record execution of');
  return ctx.db.serial(async (em) => {
    year.executedAmount = yuan(input.amount);
    await em.flush();
    return year;
  });
}
