import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { next, requireState, requireVersion } from '../../workflow/state-machine.js';
import type { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { ruleFor } from '../rules/rule.service.js';
import { KeyEvaluationStatus } from './key-evaluation.entity.js';
import { addDays, chinaToday } from '../../calendar.js';
import { EvaluationProblem, PROBLEM_WORKFLOW, ProblemSource, ProblemStatus } from './problem.entity.js';
import type { CreateProblemInput, RejectRectificationInput, ReportRectificationInput, VerifyRectificationInput } from './problem.inputs.js';

/** Which input field names the source of each kind. */
const SOURCE_FIELD = {
  KEY_EVALUATION: 'keyEvaluationId',
  MONITORING: 'monitoringRecordId',
  SELF_EVALUATION: 'selfEvaluationId',
} as const satisfies Record<ProblemSource, keyof CreateProblemInput>;

/** A problem the caller can see (department users: their own department's), or NOT_FOUND. */
export async function visibleProblem(ctx: Context, id: string): Promise<EvaluationProblem> {
  const problem = await ctx.loaders.keyEvaluation.problemById.load(id);
  if (!problem) throw notFound(`Problem ${id}`);
  return problem;
}

/**
 * Registers a problem (finance). A key evaluation's problems are registered once it is FINAL and
 * notified with its feedback; problems found by monitoring or self-evaluation are notified when
 * registered. The deadline defaults to the notification date plus the region's rectificationDays.
 */
export async function createProblem(ctx: Context, input: CreateProblemInput): Promise<EvaluationProblem> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'registers the problems evaluations find');
  const sourceField = SOURCE_FIELD[input.source];
  for (const [source, field] of Object.entries(SOURCE_FIELD)) {
    if (source !== input.source && input[field]) throw badUserInput(field, `names a source of kind ${source}, but source is ${input.source}; give only ${sourceField}.`);
  }
  if (!input[sourceField]) throw badUserInput(sourceField, `is required for source ${input.source}.`);
  const days = await ruleFor(ctx, tenant.id, 'rectificationDays');

  let departmentId = input.departmentId ?? null;
  let notifiedOn: string | null;
  let deadline: string | null;
  if (input.source === ProblemSource.KEY_EVALUATION) {
    const evaluation = await ctx.loaders.keyEvaluation.keyEvaluationById.load(input.keyEvaluationId!);
    if (!evaluation || evaluation.tenantId !== tenant.id) throw badUserInput('keyEvaluationId', 'no such key evaluation in your tenant.');
    requireState('key evaluation', evaluation.status, [KeyEvaluationStatus.FINAL, KeyEvaluationStatus.FEEDBACK_ISSUED], 'register problems of');
    if (input.notifiedOn) throw badUserInput('notifiedOn', 'a key evaluation’s problems are notified with its feedback (issueKeyEvaluationFeedback); leave notifiedOn unset.');
    departmentId ??= evaluation.departmentId ?? evaluation.townshipId;
    if (!departmentId) throw badUserInput('departmentId', 'is required: this evaluation names no department or township to take it on.');
    notifiedOn = evaluation.feedbackIssuedOn;
    deadline = input.deadline ?? (notifiedOn ? addDays(notifiedOn, days) : null);
  } else {
    // The monitoring record or self-evaluation must be visible; its department takes the problem on.
    const source =
      input.source === ProblemSource.MONITORING
        ? await ctx.loaders.monitoring.recordById.load(input.monitoringRecordId!)
        : await ctx.loaders.selfEvaluation.selfEvaluationById.load(input.selfEvaluationId!);
    if (!source || source.tenantId !== tenant.id) throw badUserInput(sourceField, `no such ${input.source === ProblemSource.MONITORING ? 'monitoring record' : 'self-evaluation'} in your tenant.`);
    departmentId ??= source.departmentId;
    notifiedOn = input.notifiedOn ?? chinaToday();
    deadline = input.deadline ?? addDays(notifiedOn, days);
  }
  if (deadline && notifiedOn && deadline < notifiedOn) {
    throw badUserInput('deadline', `must not be before the date the department was notified (${notifiedOn}).`);
  }
  const department = await ctx.loaders.org.departmentById.load(departmentId);
  if (!department || department.tenantId !== tenant.id) throw badUserInput('departmentId', 'no such department in your tenant.');

  return ctx.db.serial(async (em) => {
    const problem = em.create(EvaluationProblem, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      source: input.source,
      keyEvaluationId: input.keyEvaluationId ?? null,
      monitoringRecordId: input.monitoringRecordId ?? null,
      selfEvaluationId: input.selfEvaluationId ?? null,
      category: input.category,
      description: input.description.trim(),
      suggestion: input.suggestion?.trim() ?? null,
      departmentId: department.id,
      notifiedOn,
      deadline,
      status: ProblemStatus.OPEN,
      rectificationReport: null,
      reportedAt: null,
      rejectionReason: null,
      verifiedAt: null,
      verificationOpinion: null,
      version: 1,
    });
    await em.flush();
    if (input.keyEvaluationId) ctx.loaders.keyEvaluation.problemsByKeyEvaluation.clear(input.keyEvaluationId);
    return problem;
  });
}

type Action = keyof typeof PROBLEM_WORKFLOW.actions;

async function step(ctx: Context, input: WorkflowStepInput, action: Action, change: (problem: EvaluationProblem) => void): Promise<EvaluationProblem> {
  await tenantForWrite(ctx);
  // The department rectifies and reports; finance verifies or sends the report back.
  if (action === 'verify' || action === 'reject') requireCountyAdmin(ctx, `can ${action} rectification reports`);
  const problem = await visibleProblem(ctx, input.id);
  requireVersion('problem', problem, input.version);
  const status = next(PROBLEM_WORKFLOW, problem.status, action);
  return ctx.db.serial(async (em) => {
    change(problem);
    problem.status = status;
    await em.flush();
    return problem;
  });
}

/** OPEN → IN_PROGRESS: the department starts rectifying. */
export const startRectification = (ctx: Context, input: WorkflowStepInput) => step(ctx, input, 'start', () => undefined);

/** IN_PROGRESS → REPORTED with the rectification report (整改报告). */
export const reportRectification = (ctx: Context, input: ReportRectificationInput) =>
  step(ctx, input, 'report', (problem) => {
    problem.rectificationReport = input.report.trim();
    problem.reportedAt = new Date();
  });

/** REPORTED → VERIFIED (finance). */
export const verifyRectification = (ctx: Context, input: VerifyRectificationInput) =>
  step(ctx, input, 'verify', (problem) => {
    problem.verifiedAt = new Date();
    problem.verificationOpinion = input.opinion?.trim() ?? null;
  });

/** REPORTED → IN_PROGRESS (finance): the report does not show the problem rectified. */
export const rejectRectification = (ctx: Context, input: RejectRectificationInput) =>
  step(ctx, input, 'reject', (problem) => {
    problem.rejectionReason = input.reason.trim();
  });
