import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { appError, badUserInput, notFound } from '../../graphql/errors.js';
import { fromFen, toFen } from '../../money.js';
import { next, requireState, requireVersion } from '../../workflow/state-machine.js';
import { ORG_KIND_LABELS, OrgKind } from '../org/department.entity.js';
import type { WorkflowStepInput } from '../projects/project-year.inputs.js';
import type { ProjectYear } from '../projects/project-year.entity.js';
import type { Tenant } from '../regions/region.entities.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { gradeFor } from '../rules/rule-definitions.js';
import { ruleFor } from '../rules/rule.service.js';
import { KeyEvaluationExpert, type Expert } from './expert.entity.js';
import { panelOf } from './expert.service.js';
import {
  CONCLUDED,
  EDITABLE,
  KEY_EVALUATION_OBJECT_LABELS,
  KEY_EVALUATION_WORKFLOW,
  KeyEvaluation,
  KeyEvaluationGrade,
  KeyEvaluationObject,
  KeyEvaluationStatus,
  PROJECT_OBJECTS,
} from './key-evaluation.entity.js';
import type {
  CreateKeyEvaluationInput,
  FinalizeKeyEvaluationInput,
  FrameworkPointsInput,
  IssueKeyEvaluationFeedbackInput,
  RecordKeyEvaluationReportingInput,
  UpdateKeyEvaluationInput,
} from './key-evaluation.inputs.js';
import { addDays, chinaToday } from '../../calendar.js';
import { ProblemStatus } from './problem.entity.js';

/** The usual split of 财预〔2020〕10号 practice, when the plan names none. */
const DEFAULT_WEIGHTS: FrameworkPointsInput = { decision: '20', process: '20', output: '30', benefit: '30' };

const PARTS = [
  ['decision', '决策'],
  ['process', '过程'],
  ['output', '产出'],
  ['benefit', '效益'],
] as const;

/** A key evaluation the caller can see, or NOT_FOUND. */
export async function visibleKeyEvaluation(ctx: Context, id: string): Promise<KeyEvaluation> {
  const evaluation = await ctx.loaders.keyEvaluation.keyEvaluationById.load(id);
  if (!evaluation) throw notFound(`Key evaluation ${id}`);
  return evaluation;
}

/** Weights sum to 100 and are outcome-oriented: 产出 + 效益 ≥ 60. Compared exactly in hundredths. */
function checkWeights(field: string, weights: FrameworkPointsInput): void {
  const sum = PARTS.reduce((total, [part]) => total + toFen(weights[part]), 0n);
  if (sum !== 10_000n) {
    throw badUserInput(field, `the weights of 决策 / 过程 / 产出 / 效益 must sum to 100; they sum to ${fromFen(sum)}.`);
  }
  const outcome = toFen(weights.output) + toFen(weights.benefit);
  if (outcome < 6_000n) {
    throw badUserInput(field, `产出 + 效益 must carry at least 60 of the 100 points; they carry ${fromFen(outcome)}. Move weight from 决策 or 过程.`);
  }
}

interface Subject {
  projectYear: ProjectYear | null;
  departmentId: string | null;
  townshipId: string | null;
}

/** Checks that the evaluation names the subject its object needs, and nothing else. */
async function subjectOf(ctx: Context, tenant: Tenant, input: CreateKeyEvaluationInput): Promise<Subject> {
  const label = `${input.object} (${KEY_EVALUATION_OBJECT_LABELS[input.object]})`;
  const needsProjectYear = PROJECT_OBJECTS.includes(input.object);
  const isTownship = input.object === KeyEvaluationObject.FISCAL_OPERATION;
  if (!needsProjectYear && input.projectYearId) throw badUserInput('projectYearId', `only PROJECT and COST_BENEFIT evaluations name a project year; leave it unset for ${label}.`);
  if (!isTownship && input.townshipId) throw badUserInput('townshipId', `only a FISCAL_OPERATION evaluation names a township; leave it unset for ${label}.`);

  if (needsProjectYear) {
    if (!input.projectYearId) throw badUserInput('projectYearId', `is required for ${label}: name the project year evaluated.`);
    const year = await ctx.loaders.projects.projectYearById.load(input.projectYearId);
    if (!year || year.tenantId !== tenant.id) throw badUserInput('projectYearId', 'no such project year in your tenant.');
    if (input.departmentId && input.departmentId !== year.departmentId) {
      throw badUserInput('departmentId', 'a project evaluation belongs to its project year’s department; leave departmentId unset.');
    }
    if (input.fiscalYear !== year.fiscalYear) throw badUserInput('fiscalYear', `must be the evaluated project year’s fiscal year, ${year.fiscalYear}.`);
    return { projectYear: year, departmentId: year.departmentId, townshipId: null };
  }

  if (isTownship) {
    if (input.departmentId) throw badUserInput('departmentId', 'a FISCAL_OPERATION evaluation names its township in townshipId; leave departmentId unset.');
    if (!input.townshipId) throw badUserInput('townshipId', `is required for ${label}: name the township (乡镇/街道) evaluated.`);
    const township = await ctx.loaders.org.departmentById.load(input.townshipId);
    if (!township || township.tenantId !== tenant.id) throw badUserInput('townshipId', 'no such org unit in your tenant.');
    if (township.kind !== OrgKind.TOWNSHIP) {
      throw badUserInput('townshipId', `${township.name} is a ${ORG_KIND_LABELS[township.kind]} (${township.kind}), not a township (TOWNSHIP).`);
    }
    return { projectYear: null, departmentId: null, townshipId: township.id };
  }

  if (input.object === KeyEvaluationObject.DEPARTMENT_OVERALL && !input.departmentId) {
    throw badUserInput('departmentId', `is required for ${label}: name the department evaluated.`);
  }
  if (!input.departmentId) return { projectYear: null, departmentId: null, townshipId: null };
  const department = await ctx.loaders.org.departmentById.load(input.departmentId);
  if (!department || department.tenantId !== tenant.id) throw badUserInput('departmentId', 'no such department in your tenant.');
  if (input.object === KeyEvaluationObject.DEPARTMENT_OVERALL && department.kind !== OrgKind.DEPARTMENT) {
    throw badUserInput('departmentId', `a department-overall evaluation is of a first-level department (一级预算单位); ${department.name} is a ${ORG_KIND_LABELS[department.kind]}.`);
  }
  if (department.kind === OrgKind.TOWNSHIP) {
    throw badUserInput('departmentId', `${department.name} is a township; townships are evaluated with FISCAL_OPERATION.`);
  }
  return { projectYear: null, departmentId: department.id, townshipId: null };
}

function addPanel(em: EntityManager, evaluation: KeyEvaluation, experts: Expert[]): void {
  for (const expert of experts) {
    em.create(KeyEvaluationExpert, {
      tenantId: evaluation.tenantId,
      keyEvaluationId: evaluation.id,
      expertId: expert.id,
      departmentId: evaluation.departmentId,
    });
  }
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Two-decimal form of points and yuan ("20" → "20.00"), as the database returns them. */
const exact = (value: string): string => fromFen(toFen(value));

/** Plans a key evaluation (PLANNED), with its panel from the pool. Finance only. */
export async function createKeyEvaluation(ctx: Context, input: CreateKeyEvaluationInput): Promise<KeyEvaluation> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'plans key evaluations');
  if (input.yearConducted < input.fiscalYear) {
    throw badUserInput('yearConducted', `must not be before the fiscal year evaluated (${input.fiscalYear}).`);
  }
  const subject = await subjectOf(ctx, tenant, input);
  const budgetType = input.budgetType ?? subject.projectYear?.budgetType;
  if (!budgetType) throw badUserInput('budgetType', 'is required unless the evaluation is of a project year (then it defaults to its budget type).');
  const amount = input.amount ?? subject.projectYear?.currentAmount;
  if (amount == null) throw badUserInput('amount', 'is required unless the evaluation is of a project year (then it defaults to its current budget).');
  const weights = input.weights ?? DEFAULT_WEIGHTS;
  checkWeights('weights', weights);
  const experts = await panelOf(ctx, tenant.id, input.expertIds);
  return ctx.db.serial(async (em) => {
    const evaluation = em.create(KeyEvaluation, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      object: input.object,
      title: input.title.trim(),
      fiscalYear: input.fiscalYear,
      yearConducted: input.yearConducted,
      projectYearId: subject.projectYear?.id ?? null,
      departmentId: subject.departmentId,
      townshipId: subject.townshipId,
      budgetType,
      isSpecialBond: input.isSpecialBond ?? subject.projectYear?.isSpecialBond ?? false,
      amount: exact(amount),
      organizer: input.organizer.trim(),
      thirdPartyName: input.thirdPartyName?.trim() ?? null,
      methods: unique(input.methods),
      decisionWeight: exact(weights.decision),
      processWeight: exact(weights.process),
      outputWeight: exact(weights.output),
      benefitWeight: exact(weights.benefit),
      decisionScore: null,
      processScore: null,
      outputScore: null,
      benefitScore: null,
      totalScore: null,
      grade: null,
      summary: null,
      status: KeyEvaluationStatus.PLANNED,
      finalizedAt: null,
      feedbackIssuedOn: null,
      closedAt: null,
      reportedToGovernment: false,
      reportedToGovernmentOn: null,
      reportedToCongress: false,
      reportedToCongressOn: null,
      version: 1,
    });
    // The panel references the evaluation: insert it first.
    await em.flush();
    addPanel(em, evaluation, experts);
    await em.flush();
    return evaluation;
  });
}

/** Changes the plan while the evaluation is PLANNED or IN_PROGRESS. */
export async function updateKeyEvaluation(ctx: Context, input: UpdateKeyEvaluationInput): Promise<KeyEvaluation> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'changes key evaluations');
  const evaluation = await visibleKeyEvaluation(ctx, input.id);
  requireVersion('key evaluation', evaluation, input.version);
  requireState('key evaluation', evaluation.status, EDITABLE, 'change the plan of');
  if (input.yearConducted != null && input.yearConducted < evaluation.fiscalYear) {
    throw badUserInput('yearConducted', `must not be before the fiscal year evaluated (${evaluation.fiscalYear}).`);
  }
  if (input.weights) checkWeights('weights', input.weights);
  const experts = input.expertIds ? await panelOf(ctx, tenant.id, input.expertIds) : null;
  return ctx.db.serial(async (em) => {
    if (input.title != null) evaluation.title = input.title.trim();
    if (input.yearConducted != null) evaluation.yearConducted = input.yearConducted;
    if (input.budgetType != null) evaluation.budgetType = input.budgetType;
    if (input.isSpecialBond != null) evaluation.isSpecialBond = input.isSpecialBond;
    if (input.amount != null) evaluation.amount = exact(input.amount);
    if (input.organizer != null) evaluation.organizer = input.organizer.trim();
    if (input.thirdPartyName != null) evaluation.thirdPartyName = input.thirdPartyName.trim();
    if (input.methods != null) evaluation.methods = unique(input.methods);
    if (input.weights) {
      evaluation.decisionWeight = exact(input.weights.decision);
      evaluation.processWeight = exact(input.weights.process);
      evaluation.outputWeight = exact(input.weights.output);
      evaluation.benefitWeight = exact(input.weights.benefit);
    }
    if (experts) {
      await em.nativeDelete(KeyEvaluationExpert, { tenantId: evaluation.tenantId, keyEvaluationId: evaluation.id });
      addPanel(em, evaluation, experts);
      ctx.loaders.keyEvaluation.expertsByKeyEvaluation.clear(evaluation.id);
    }
    // Touch the row so its version moves even when only the panel changed.
    evaluation.updatedAt = new Date();
    await em.flush();
    return evaluation;
  });
}

async function step(ctx: Context, input: WorkflowStepInput, action: 'start' | 'close'): Promise<KeyEvaluation> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, `can ${action} key evaluations`);
  const evaluation = await visibleKeyEvaluation(ctx, input.id);
  requireVersion('key evaluation', evaluation, input.version);
  const status = next(KEY_EVALUATION_WORKFLOW, evaluation.status, action);
  if (action === 'close') {
    const open = (await ctx.loaders.keyEvaluation.problemsByKeyEvaluation.load(evaluation.id)).filter((problem) => problem.status !== ProblemStatus.VERIFIED);
    if (open.length > 0) {
      const blockers = open.map((problem) => `“${problem.description.slice(0, 40)}” is ${problem.status}`);
      throw appError(
        'INVALID_TRANSITION',
        `Cannot close a key evaluation while ${open.length} of its problems are not verified (${blockers.join('; ')}); verify their rectification first.`,
        { currentState: evaluation.status, requestedState: status, blockers },
      );
    }
  }
  return ctx.db.serial(async (em) => {
    evaluation.status = status;
    if (action === 'close') evaluation.closedAt = new Date();
    await em.flush();
    return evaluation;
  });
}

export const startKeyEvaluation = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'start');
export const closeKeyEvaluation = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'close');

/** IN_PROGRESS → FINAL: each score at most its weight; total = sum; grade from the tenant's scheme. */
export async function finalizeKeyEvaluation(ctx: Context, input: FinalizeKeyEvaluationInput): Promise<KeyEvaluation> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'concludes key evaluations');
  const evaluation = await visibleKeyEvaluation(ctx, input.id);
  requireVersion('key evaluation', evaluation, input.version);
  const status = next(KEY_EVALUATION_WORKFLOW, evaluation.status, 'finalize');
  const weights: FrameworkPointsInput = {
    decision: evaluation.decisionWeight,
    process: evaluation.processWeight,
    output: evaluation.outputWeight,
    benefit: evaluation.benefitWeight,
  };
  for (const [part, label] of PARTS) {
    if (toFen(input.scores[part]) > toFen(weights[part])) {
      throw badUserInput(`scores.${part}`, `${label} scored ${input.scores[part]} but its weight is ${weights[part]}; a score cannot exceed its weight.`);
    }
  }
  const total = fromFen(PARTS.reduce((sum, [part]) => sum + toFen(input.scores[part]), 0n));
  const scheme = await ruleFor(ctx, evaluation.tenantId, 'gradeScheme');
  // Scores have two decimals; comparing them as numbers with the band minimums is exact enough.
  const grade = gradeFor(Number(total), scheme) as KeyEvaluationGrade;
  return ctx.db.serial(async (em) => {
    evaluation.decisionScore = exact(input.scores.decision);
    evaluation.processScore = exact(input.scores.process);
    evaluation.outputScore = exact(input.scores.output);
    evaluation.benefitScore = exact(input.scores.benefit);
    evaluation.totalScore = total;
    evaluation.grade = grade;
    if (input.summary != null) evaluation.summary = input.summary.trim();
    evaluation.status = status;
    evaluation.finalizedAt = new Date();
    await em.flush();
    return evaluation;
  });
}

/**
 * FINAL → FEEDBACK_ISSUED (评价结果反馈). The problems registered are notified on the feedback date;
 * those without a deadline get the feedback date plus the region's rectificationDays.
 */
export async function issueKeyEvaluationFeedback(ctx: Context, input: IssueKeyEvaluationFeedbackInput): Promise<KeyEvaluation> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'issues evaluation feedback');
  const evaluation = await visibleKeyEvaluation(ctx, input.id);
  requireVersion('key evaluation', evaluation, input.version);
  const status = next(KEY_EVALUATION_WORKFLOW, evaluation.status, 'issueFeedback');
  const today = chinaToday();
  const feedbackDate = input.feedbackDate ?? today;
  if (feedbackDate > today) throw badUserInput('feedbackDate', `is after today (${today}); record feedback once it has been issued.`);
  if (Number(feedbackDate.slice(0, 4)) < evaluation.fiscalYear) {
    throw badUserInput('feedbackDate', `is before the fiscal year evaluated (${evaluation.fiscalYear}).`);
  }
  const problems = await ctx.loaders.keyEvaluation.problemsByKeyEvaluation.load(evaluation.id);
  const early = problems.find((problem) => problem.deadline !== null && problem.deadline < feedbackDate);
  if (early) {
    throw badUserInput('feedbackDate', `is after the deadline ${early.deadline} of the problem “${early.description.slice(0, 40)}”; a deadline cannot precede the feedback.`);
  }
  const days = await ruleFor(ctx, evaluation.tenantId, 'rectificationDays');
  return ctx.db.serial(async (em) => {
    evaluation.status = status;
    evaluation.feedbackIssuedOn = feedbackDate;
    for (const problem of problems) {
      problem.notifiedOn = feedbackDate;
      problem.deadline ??= addDays(feedbackDate, days);
    }
    await em.flush();
    return evaluation;
  });
}

/** Records reporting to the government and/or 人大 of a concluded evaluation. */
export async function recordKeyEvaluationReporting(ctx: Context, input: RecordKeyEvaluationReportingInput): Promise<KeyEvaluation> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'records the reporting of key evaluations');
  const evaluation = await visibleKeyEvaluation(ctx, input.id);
  requireVersion('key evaluation', evaluation, input.version);
  requireState('key evaluation', evaluation.status, CONCLUDED, 'record the reporting of');
  if (!input.reportedToGovernmentOn && !input.reportedToCongressOn) {
    throw badUserInput('reportedToGovernmentOn', 'give reportedToGovernmentOn, reportedToCongressOn or both.');
  }
  const today = chinaToday();
  for (const field of ['reportedToGovernmentOn', 'reportedToCongressOn'] as const) {
    if (input[field] && input[field]! > today) throw badUserInput(field, `is after today (${today}); record reporting once it has happened.`);
  }
  return ctx.db.serial(async (em) => {
    if (input.reportedToGovernmentOn) {
      evaluation.reportedToGovernment = true;
      evaluation.reportedToGovernmentOn = input.reportedToGovernmentOn;
    }
    if (input.reportedToCongressOn) {
      evaluation.reportedToCongress = true;
      evaluation.reportedToCongressOn = input.reportedToCongressOn;
    }
    await em.flush();
    return evaluation;
  });
}
