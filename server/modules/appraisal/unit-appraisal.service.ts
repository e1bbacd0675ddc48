import type { Context } from '../../graphql/context.js';
import { badUserInput, forbidden, notFound } from '../../graphql/errors.js';
import { next, requireVersion } from '../../workflow/state-machine.js';
import { ORG_KIND_LABELS, OrgKind } from '../org/department.entity.js';
import type { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { APPRAISAL_SCHEME_WORKFLOW, AppraisalSchemeStatus, AppraisalStatus, UNIT_APPRAISAL_WORKFLOW } from './appraisal.entities.js';
import type {
  CreateUnitAppraisalSchemeInput,
  SaveReviewScoresInput,
  SaveSelfScoresInput,
  StartUnitAppraisalInput,
  UpdateAppraisalSchemeInput,
} from './appraisal.inputs.js';
import {
  asPoints,
  checkScores,
  describeItems,
  flattenItemTree,
  pointsTreeProblem,
  scoreLines,
  scoreSummary,
  unscoredItems,
  type AppraisalScoreLine,
  type AppraisalScoreSummary,
} from './scoring.js';
import { UnitAppraisalItem, UnitAppraisalScheme, UnitAppraisalScore, UnitAppraisalSubmission } from './unit-appraisal.entities.js';

const EXAMINEE_KINDS = [OrgKind.DEPARTMENT, OrgKind.TOWNSHIP];

async function visibleScheme(ctx: Context, id: string): Promise<UnitAppraisalScheme> {
  const scheme = await ctx.loaders.appraisal.unitSchemeById.load(id);
  if (!scheme) throw notFound(`Unit appraisal scheme ${id}`);
  return scheme;
}

async function visibleSubmission(ctx: Context, id: string): Promise<UnitAppraisalSubmission> {
  const submission = await ctx.loaders.appraisal.unitSubmissionById.load(id);
  if (!submission) throw notFound(`Unit appraisal ${id}`);
  return submission;
}

/** A department sees the finance bureau's scores once its review is finished; the bureau always. */
function reviewVisible(ctx: Context, submission: UnitAppraisalSubmission): boolean {
  if (submission.status === AppraisalStatus.REVIEWED) return true;
  return submission.status === AppraisalStatus.REVIEWING && ctx.scope.role !== 'DEPARTMENT_USER';
}

export async function unitAppraisalSummary(ctx: Context, submission: UnitAppraisalSubmission): Promise<AppraisalScoreSummary> {
  return scoreSummary(await ctx.loaders.appraisal.unitSumsBySubmission.load(submission.id));
}

export async function unitAppraisalLines(ctx: Context, submission: UnitAppraisalSubmission): Promise<AppraisalScoreLine[]> {
  const [items, scores] = await Promise.all([
    ctx.loaders.appraisal.unitItemsByScheme.load(submission.schemeId),
    ctx.loaders.appraisal.unitScoresBySubmission.load(submission.id),
  ]);
  const reviewed = scores.filter((score) => score.reviewedScore !== null);
  return scoreLines(
    items,
    new Map(scores.map((score) => [score.itemId, { score: score.selfScore, evidence: score.evidence }])),
    reviewVisible(ctx, submission) ? new Map(reviewed.map((score) => [score.itemId, { score: score.reviewedScore!, note: score.reviewNote }])) : null,
  );
}

// ---------------------------------------------------------------------------------------------
// The county's schemes for its departments and townships
// ---------------------------------------------------------------------------------------------

export async function createUnitAppraisalScheme(ctx: Context, input: CreateUnitAppraisalSchemeInput): Promise<UnitAppraisalScheme> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'sets the appraisal schemes of the region’s departments and townships');
  if (!EXAMINEE_KINDS.includes(input.examineeKind)) {
    throw badUserInput('examineeKind', `must be DEPARTMENT (${ORG_KIND_LABELS.DEPARTMENT}) or TOWNSHIP (${ORG_KIND_LABELS.TOWNSHIP}); units under a department are appraised with it.`);
  }
  const items = flattenItemTree(input.items);
  return ctx.db.serial(async (em) => {
    const scheme = em.create(UnitAppraisalScheme, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      fiscalYear: input.fiscalYear,
      examineeKind: input.examineeKind,
      name: input.name.trim(),
      documentNumber: input.documentNumber?.trim() ?? null,
      totalPoints: asPoints(input.totalPoints),
      status: AppraisalSchemeStatus.DRAFT,
      publishedAt: null,
      version: 1,
    });
    // The scheme first: its items reference it.
    await em.flush();
    for (const item of items) em.create(UnitAppraisalItem, { tenantId: tenant.id, schemeId: scheme.id, ...item, version: 1 });
    await em.flush();
    return scheme;
  });
}

export async function updateUnitAppraisalScheme(ctx: Context, input: UpdateAppraisalSchemeInput): Promise<UnitAppraisalScheme> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'edits the appraisal schemes of the region’s departments and townships');
  const scheme = await visibleScheme(ctx, input.id);
  requireVersion('appraisal scheme', scheme, input.version);
  next(APPRAISAL_SCHEME_WORKFLOW, scheme.status, 'edit');
  const items = input.items ? flattenItemTree(input.items) : null;
  return ctx.db.serial(async (em) => {
    if (input.name != null) scheme.name = input.name.trim();
    if (input.documentNumber != null) scheme.documentNumber = input.documentNumber.trim();
    if (input.totalPoints != null) scheme.totalPoints = asPoints(input.totalPoints);
    if (items) {
      await em.nativeDelete(UnitAppraisalItem, { tenantId: scheme.tenantId, schemeId: scheme.id });
      for (const item of items) em.create(UnitAppraisalItem, { tenantId: scheme.tenantId, schemeId: scheme.id, ...item, version: 1 });
      ctx.loaders.appraisal.unitItemsByScheme.clear(scheme.id);
    }
    scheme.updatedAt = new Date();
    await em.flush();
    return scheme;
  });
}

/** The same tree check as the province's schemes. */
export async function publishUnitAppraisalScheme(ctx: Context, input: WorkflowStepInput): Promise<UnitAppraisalScheme> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'publishes the appraisal schemes of the region’s departments and townships');
  const scheme = await visibleScheme(ctx, input.id);
  requireVersion('appraisal scheme', scheme, input.version);
  const status = next(APPRAISAL_SCHEME_WORKFLOW, scheme.status, 'publish');
  const problem = pointsTreeProblem(await ctx.loaders.appraisal.unitItemsByScheme.load(scheme.id), scheme.totalPoints);
  if (problem) throw problem;
  return ctx.db.serial(async (em) => {
    scheme.status = status;
    scheme.publishedAt = new Date();
    await em.flush();
    return scheme;
  });
}

// ---------------------------------------------------------------------------------------------
// One department's or township's appraisal: it self-scores, the finance bureau reviews
// ---------------------------------------------------------------------------------------------

export async function startUnitAppraisal(ctx: Context, input: StartUnitAppraisalInput): Promise<UnitAppraisalSubmission> {
  const tenant = await tenantForWrite(ctx);
  const scheme = await ctx.loaders.appraisal.unitSchemeById.load(input.schemeId);
  if (!scheme || scheme.status !== AppraisalSchemeStatus.PUBLISHED) {
    throw badUserInput('schemeId', 'no published appraisal scheme of your region has this id.');
  }
  const examinee = await ctx.loaders.org.departmentById.load(input.examineeId);
  if (!examinee || examinee.tenantId !== tenant.id) throw badUserInput('examineeId', 'no such department or township in your region.');
  if (examinee.kind !== scheme.examineeKind) {
    throw badUserInput(
      'examineeId',
      `${examinee.name} is a ${examinee.kind} (${ORG_KIND_LABELS[examinee.kind]}); this scheme appraises ${scheme.examineeKind} (${ORG_KIND_LABELS[scheme.examineeKind]}).`,
    );
  }
  if (ctx.scope.role === 'DEPARTMENT_USER' && examinee.code !== ctx.scope.department) {
    throw forbidden(`A department user starts the appraisal of its own unit (${ctx.scope.department}) only; the finance bureau starts others.`);
  }
  const existing = (await ctx.loaders.appraisal.unitSubmissionsByScheme.load(scheme.id)).find((submission) => submission.departmentId === examinee.id);
  if (existing) throw badUserInput('examineeId', `${examinee.name} already has an appraisal under this scheme (${existing.id}); continue that one.`);
  return ctx.db.serial(async (em) => {
    const submission = em.create(UnitAppraisalSubmission, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      schemeId: scheme.id,
      departmentId: examinee.id,
      status: AppraisalStatus.DRAFT,
      submittedAt: null,
      reviewedAt: null,
      reviewer: null,
      reviewOpinion: null,
      version: 1,
    });
    await em.flush();
    return submission;
  });
}

/** Self scores, by the department user of the examinee or the county admin. */
export async function saveUnitAppraisalSelfScores(ctx: Context, input: SaveSelfScoresInput): Promise<UnitAppraisalSubmission> {
  await tenantForWrite(ctx);
  const submission = await visibleSubmission(ctx, input.id);
  requireVersion('unit appraisal', submission, input.version);
  next(UNIT_APPRAISAL_WORKFLOW, submission.status, 'selfScore');
  const items = await ctx.loaders.appraisal.unitItemsByScheme.load(submission.schemeId);
  checkScores(input.scores.map((entry) => ({ itemId: entry.itemId, score: entry.selfScore })), items, 'selfScore');
  const existing = new Map((await ctx.loaders.appraisal.unitScoresBySubmission.load(submission.id)).map((score) => [score.itemId, score]));
  return ctx.db.serial(async (em) => {
    for (const entry of input.scores) {
      const row = existing.get(entry.itemId);
      if (row) {
        row.selfScore = asPoints(entry.selfScore);
        row.evidence = entry.evidence?.trim() ?? null;
      } else {
        em.create(UnitAppraisalScore, {
          tenantId: submission.tenantId,
          id: crypto.randomUUID(),
          submissionId: submission.id,
          departmentId: submission.departmentId,
          itemId: entry.itemId,
          selfScore: asPoints(entry.selfScore),
          evidence: entry.evidence?.trim() ?? null,
          reviewedScore: null,
          reviewNote: null,
          version: 1,
        });
      }
    }
    submission.updatedAt = new Date();
    await em.flush();
    ctx.loaders.appraisal.unitScoresBySubmission.clear(submission.id);
    ctx.loaders.appraisal.unitSumsBySubmission.clear(submission.id);
    return submission;
  });
}

export async function submitUnitAppraisal(ctx: Context, input: WorkflowStepInput): Promise<UnitAppraisalSubmission> {
  await tenantForWrite(ctx);
  const submission = await visibleSubmission(ctx, input.id);
  requireVersion('unit appraisal', submission, input.version);
  const status = next(UNIT_APPRAISAL_WORKFLOW, submission.status, 'submit');
  const [items, scores] = await Promise.all([
    ctx.loaders.appraisal.unitItemsByScheme.load(submission.schemeId),
    ctx.loaders.appraisal.unitScoresBySubmission.load(submission.id),
  ]);
  const missing = unscoredItems(items, scores.map((score) => score.itemId));
  if (missing.length > 0) {
    throw badUserInput('scores', `every scored item needs a self score before submitting; missing: ${describeItems(missing)}. Record them with saveUnitAppraisalSelfScores.`);
  }
  return ctx.db.serial(async (em) => {
    submission.status = status;
    submission.submittedAt = new Date();
    await em.flush();
    return submission;
  });
}

/**
 * The finance bureau's reviewed scores. The first review of a submitted appraisal starts every
 * reviewed score at the self score; the bureau changes those it disagrees with.
 */
export async function saveUnitAppraisalReviewScores(ctx: Context, input: SaveReviewScoresInput): Promise<UnitAppraisalSubmission> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'reviews the appraisals of departments and townships');
  const submission = await visibleSubmission(ctx, input.id);
  requireVersion('unit appraisal', submission, input.version);
  const status = next(UNIT_APPRAISAL_WORKFLOW, submission.status, 'review');
  const items = await ctx.loaders.appraisal.unitItemsByScheme.load(submission.schemeId);
  checkScores(input.scores.map((entry) => ({ itemId: entry.itemId, score: entry.reviewedScore })), items, 'reviewedScore');
  const rows = await ctx.loaders.appraisal.unitScoresBySubmission.load(submission.id);
  const byItem = new Map(rows.map((score) => [score.itemId, score]));
  return ctx.db.serial(async (em) => {
    for (const row of rows) {
      if (row.reviewedScore === null) row.reviewedScore = row.selfScore;
    }
    for (const entry of input.scores) {
      // Submitted appraisals have a self score (so a row) for every scored item.
      const row = byItem.get(entry.itemId)!;
      row.reviewedScore = asPoints(entry.reviewedScore);
      row.reviewNote = entry.note?.trim() ?? null;
    }
    if (input.opinion != null) submission.reviewOpinion = input.opinion.trim();
    submission.reviewer = ctx.scope.subject;
    submission.status = status;
    submission.updatedAt = new Date();
    await em.flush();
    ctx.loaders.appraisal.unitSumsBySubmission.clear(submission.id);
    return submission;
  });
}

export async function finalizeUnitAppraisalReview(ctx: Context, input: WorkflowStepInput): Promise<UnitAppraisalSubmission> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'finalizes the appraisals of departments and townships');
  const submission = await visibleSubmission(ctx, input.id);
  requireVersion('unit appraisal', submission, input.version);
  const status = next(UNIT_APPRAISAL_WORKFLOW, submission.status, 'finalize');
  const [items, scores] = await Promise.all([
    ctx.loaders.appraisal.unitItemsByScheme.load(submission.schemeId),
    ctx.loaders.appraisal.unitScoresBySubmission.load(submission.id),
  ]);
  const missing = unscoredItems(items, scores.filter((score) => score.reviewedScore !== null).map((score) => score.itemId));
  if (missing.length > 0) {
    throw badUserInput('scores', `every scored item needs a reviewed score before the review is final; missing: ${describeItems(missing)}.`);
  }
  return ctx.db.serial(async (em) => {
    submission.status = status;
    submission.reviewedAt = new Date();
    submission.reviewer = ctx.scope.subject;
    await em.flush();
    ctx.loaders.appraisal.unitSumsBySubmission.clear(submission.id);
    return submission;
  });
}
