import type DataLoader from 'dataloader';
import { rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound, notFoundAsInput } from '../../graphql/errors.js';
import { yuan } from '../../money.js';
import { next, requireVersion } from '../../workflow/state-machine.js';
import type { ProjectYear } from '../projects/project-year.entity.js';
import { visibleProjectYear } from '../projects/project-year.service.js';
import type { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { ruleFor } from '../rules/rule.service.js';
import {
  AssessorKind,
  PRE_ASSESSMENT_CONCLUSION_LABELS,
  PRE_ASSESSMENT_WORKFLOW,
  PreAssessment,
  PreAssessmentConclusion,
  PreAssessmentStatus,
} from './pre-assessment.entity.js';
import type { ConcludePreAssessmentInput, CreatePreAssessmentInput } from './pre-assessment.inputs.js';
import { PRE_ASSESSMENT_TRIGGER_LABELS, matchTriggers, type PreAssessmentTrigger } from './pre-assessment.triggers.js';

export interface PreAssessmentLoaders {
  preAssessmentById: DataLoader<string, PreAssessment | null>;
  preAssessmentByProjectYear: DataLoader<string, PreAssessment | null>;
}

export function createPreAssessmentLoaders(db: RequestDb): PreAssessmentLoaders {
  return {
    preAssessmentById: rowLoader(db, PreAssessment, 'id'),
    preAssessmentByProjectYear: rowLoader(db, PreAssessment, 'projectYearId'),
  };
}

/** The triggers a project year matches under its tenant's rules (none when exempt). */
export async function preAssessmentTriggers(ctx: Context, year: ProjectYear): Promise<PreAssessmentTrigger[]> {
  const [project, rule] = await Promise.all([
    ctx.loaders.projects.projectById.load(year.projectId),
    ruleFor(ctx, year.tenantId, 'preAssessmentTriggers'),
  ]);
  return project ? matchTriggers(project, year, rule) : [];
}

/** Why the missing or negative assessment blocks the project year, or null. */
export async function preAssessmentBlocker(ctx: Context, year: ProjectYear): Promise<string | null> {
  const triggers = await preAssessmentTriggers(ctx, year);
  if (triggers.length === 0) return null;
  const why = triggers.map((trigger) => PRE_ASSESSMENT_TRIGGER_LABELS[trigger]).join('、');
  const assessment = await ctx.loaders.assessment.preAssessmentByProjectYear.load(year.id);
  if (!assessment) return `an ex-ante assessment is required (${why}) and none exists`;
  if (assessment.status !== PreAssessmentStatus.CONCLUDED) return `the required ex-ante assessment is ${assessment.status}, not yet concluded`;
  if (assessment.conclusion === PreAssessmentConclusion.NOT_SUPPORT) {
    return `the ex-ante assessment concluded ${PRE_ASSESSMENT_CONCLUSION_LABELS.NOT_SUPPORT} (NOT_SUPPORT)`;
  }
  return null;
}

async function visibleAssessment(ctx: Context, id: string): Promise<PreAssessment> {
  const assessment = await ctx.loaders.assessment.preAssessmentById.load(id);
  if (!assessment) throw notFound(`Ex-ante assessment ${id}`);
  return assessment;
}

export async function createPreAssessment(ctx: Context, input: CreatePreAssessmentInput): Promise<PreAssessment> {
  const tenant = await tenantForWrite(ctx);
  const year = await visibleProjectYear(ctx, input.projectYearId).catch(notFoundAsInput('projectYearId', 'no such project year in your scope.'));
  if (input.assessor === AssessorKind.THIRD_PARTY && !input.thirdPartyName) {
    throw badUserInput('thirdPartyName', 'is required when the assessor is THIRD_PARTY.');
  }
  if (await ctx.loaders.assessment.preAssessmentByProjectYear.load(year.id)) {
    throw badUserInput('projectYearId', 'this project year already has an ex-ante assessment.');
  }
  return ctx.db.serial(async (em) => {
    const assessment = em.create(PreAssessment, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      projectYearId: year.id,
      departmentId: year.departmentId,
      assessor: input.assessor,
      thirdPartyName: input.thirdPartyName ?? null,
      necessityScore: null,
      economyScore: null,
      goalScore: null,
      feasibilityScore: null,
      financingScore: null,
      conclusion: null,
      recommendedAmount: null,
      opinion: null,
      status: PreAssessmentStatus.DRAFT,
      concludedAt: null,
      version: 1,
    });
    await em.flush();
    return assessment;
  });
}

async function step(ctx: Context, input: WorkflowStepInput, action: 'submit' | 'return'): Promise<PreAssessment> {
  await tenantForWrite(ctx);
  if (action === 'return') requireCountyAdmin(ctx, 'returns ex-ante assessments');
  const assessment = await visibleAssessment(ctx, input.id);
  requireVersion('ex-ante assessment', assessment, input.version);
  const status = next(PRE_ASSESSMENT_WORKFLOW, assessment.status, action);
  return ctx.db.serial(async (em) => {
    assessment.status = status;
    await em.flush();
    return assessment;
  });
}

export const submitPreAssessment = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'submit');
export const returnPreAssessment = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'return');

/** The finance bureau scores the five dimensions and concludes. */
export async function concludePreAssessment(ctx: Context, input: ConcludePreAssessmentInput): Promise<PreAssessment> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'concludes ex-ante assessments');
  const assessment = await visibleAssessment(ctx, input.id);
  requireVersion('ex-ante assessment', assessment, input.version);
  const status = next(PRE_ASSESSMENT_WORKFLOW, assessment.status, 'conclude');
  if (input.conclusion === PreAssessmentConclusion.SUPPORT_AFTER_ADJUSTMENT && !input.recommendedAmount) {
    throw badUserInput('recommendedAmount', 'is required when the conclusion is SUPPORT_AFTER_ADJUSTMENT.');
  }
  return ctx.db.serial(async (em) => {
    assessment.necessityScore = yuan(input.scores.necessity);
    assessment.economyScore = yuan(input.scores.economy);
    assessment.goalScore = yuan(input.scores.goal);
    assessment.feasibilityScore = yuan(input.scores.feasibility);
    assessment.financingScore = yuan(input.scores.financing);
    assessment.conclusion = input.conclusion;
    assessment.recommendedAmount = input.recommendedAmount ? yuan(input.recommendedAmount) : null;
    assessment.opinion = input.opinion ?? null;
    assessment.status = status;
    assessment.concludedAt = new Date();
    await em.flush();
    return assessment;
  });
}
