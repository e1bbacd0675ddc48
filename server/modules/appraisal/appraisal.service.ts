import type { Context } from '../../graphql/context.js';
import { badUserInput, forbidden, notFound } from '../../graphql/errors.js';
import { next, requireVersion } from '../../workflow/state-machine.js';
import type { WorkflowStepInput } from '../projects/project-year.inputs.js';
import type { Province } from '../regions/region.entities.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import {
  APPRAISAL_SCHEME_WORKFLOW,
  APPRAISAL_WORKFLOW,
  AppraisalItem,
  AppraisalReview,
  AppraisalReviewScore,
  AppraisalReviewStatus,
  AppraisalScheme,
  AppraisalSchemeStatus,
  AppraisalSelfScore,
  AppraisalStatus,
  AppraisalSubmission,
} from './appraisal.entities.js';
import type {
  CreateAppraisalSchemeInput,
  SaveReviewScoresInput,
  SaveSelfScoresInput,
  StartAppraisalReviewInput,
  StartAppraisalSubmissionInput,
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

/**
 * The province a write goes to: only the province admin writes province-owned data (schemes and
 * reviews); analysts, counties and BI readers are refused before any SQL.
 */
async function provinceForWrite(ctx: Context, what: string): Promise<Province> {
  if (ctx.scope.role !== 'PROVINCE_ADMIN' || !ctx.scope.province) {
    throw forbidden(`Only the province finance department (PROVINCE_ADMIN) ${what}; your role is ${ctx.scope.role}.`);
  }
  const province = await ctx.loaders.regions.provinceByCode.load(ctx.scope.province);
  if (!province) throw forbidden(`Province ${ctx.scope.province} is not registered.`);
  return province;
}

async function visibleScheme(ctx: Context, id: string): Promise<AppraisalScheme> {
  const scheme = await ctx.loaders.appraisal.schemeById.load(id);
  if (!scheme) throw notFound(`Appraisal scheme ${id}`);
  return scheme;
}

async function visibleSubmission(ctx: Context, id: string): Promise<AppraisalSubmission> {
  const submission = await ctx.loaders.appraisal.submissionById.load(id);
  if (!submission) throw notFound(`Self-assessment ${id}`);
  return submission;
}

async function visibleReview(ctx: Context, id: string): Promise<AppraisalReview> {
  const review = await ctx.loaders.appraisal.reviewById.load(id);
  if (!review) throw notFound(`Appraisal review ${id}`);
  return review;
}

/**
 * The status a reader sees. The county writes DRAFT and SUBMITTED; the rest comes from the
 * province's review: REVIEWING while it is open (only province roles can see an open review),
 * REVIEWED once it is FINAL. So the county sees REVIEWED without the province writing its rows.
 */
export async function appraisalStatus(ctx: Context, submission: AppraisalSubmission): Promise<AppraisalStatus> {
  if (submission.storedStatus === 'DRAFT') return AppraisalStatus.DRAFT;
  const review = await ctx.loaders.appraisal.reviewBySubmission.load(submission.id);
  if (!review) return AppraisalStatus.SUBMITTED;
  return review.status === AppraisalReviewStatus.FINAL ? AppraisalStatus.REVIEWED : AppraisalStatus.REVIEWING;
}

export async function appraisalSummary(ctx: Context, submission: AppraisalSubmission): Promise<AppraisalScoreSummary> {
  return scoreSummary(await ctx.loaders.appraisal.sumsBySubmission.load(submission.id));
}

/** Every item of the scheme with the self score and, when visible, the reviewed score. */
export async function appraisalLines(ctx: Context, submission: AppraisalSubmission): Promise<AppraisalScoreLine[]> {
  const [items, selfScores, review] = await Promise.all([
    ctx.loaders.appraisal.itemsByScheme.load(submission.schemeId),
    ctx.loaders.appraisal.selfScoresBySubmission.load(submission.id),
    ctx.loaders.appraisal.reviewBySubmission.load(submission.id),
  ]);
  const reviewScores = review ? await ctx.loaders.appraisal.reviewScoresByReview.load(review.id) : null;
  return scoreLines(
    items,
    new Map(selfScores.map((score) => [score.itemId, { score: score.selfScore, evidence: score.evidence }])),
    reviewScores ? new Map(reviewScores.map((score) => [score.itemId, { score: score.reviewedScore, note: score.note }])) : null,
  );
}

// ---------------------------------------------------------------------------------------------
// The province's scheme
// ---------------------------------------------------------------------------------------------

export async function createAppraisalScheme(ctx: Context, input: CreateAppraisalSchemeInput): Promise<AppraisalScheme> {
  const province = await provinceForWrite(ctx, 'sets the appraisal schemes of its counties');
  const items = flattenItemTree(input.items);
  return ctx.db.serial(async (em) => {
    const scheme = em.create(AppraisalScheme, {
      provinceId: province.id,
      id: crypto.randomUUID(),
      fiscalYear: input.fiscalYear,
      name: input.name.trim(),
      documentNumber: input.documentNumber?.trim() ?? null,
      totalPoints: asPoints(input.totalPoints),
      status: AppraisalSchemeStatus.DRAFT,
      publishedAt: null,
      version: 1,
    });
    // The scheme first: its items reference it.
    await em.flush();
    for (const item of items) em.create(AppraisalItem, { provinceId: province.id, schemeId: scheme.id, ...item, version: 1 });
    await em.flush();
    return scheme;
  });
}

export async function updateAppraisalScheme(ctx: Context, input: UpdateAppraisalSchemeInput): Promise<AppraisalScheme> {
  await provinceForWrite(ctx, 'edits appraisal schemes');
  const scheme = await visibleScheme(ctx, input.id);
  requireVersion('appraisal scheme', scheme, input.version);
  next(APPRAISAL_SCHEME_WORKFLOW, scheme.status, 'edit');
  const items = input.items ? flattenItemTree(input.items) : null;
  return ctx.db.serial(async (em) => {
    if (input.name != null) scheme.name = input.name.trim();
    if (input.documentNumber != null) scheme.documentNumber = input.documentNumber.trim();
    if (input.totalPoints != null) scheme.totalPoints = asPoints(input.totalPoints);
    if (items) {
      await em.nativeDelete(AppraisalItem, { provinceId: scheme.provinceId, schemeId: scheme.id });
      for (const item of items) em.create(AppraisalItem, { provinceId: scheme.provinceId, schemeId: scheme.id, ...item, version: 1 });
      ctx.loaders.appraisal.itemsByScheme.clear(scheme.id);
    }
    // Touch the row so its version moves even when only the items changed.
    scheme.updatedAt = new Date();
    await em.flush();
    return scheme;
  });
}

/** Publishing checks the tree: parents carry the sum of their sub-items, the top level the total. */
export async function publishAppraisalScheme(ctx: Context, input: WorkflowStepInput): Promise<AppraisalScheme> {
  await provinceForWrite(ctx, 'publishes appraisal schemes');
  const scheme = await visibleScheme(ctx, input.id);
  requireVersion('appraisal scheme', scheme, input.version);
  const status = next(APPRAISAL_SCHEME_WORKFLOW, scheme.status, 'publish');
  const problem = pointsTreeProblem(await ctx.loaders.appraisal.itemsByScheme.load(scheme.id), scheme.totalPoints);
  if (problem) throw problem;
  return ctx.db.serial(async (em) => {
    scheme.status = status;
    scheme.publishedAt = new Date();
    await em.flush();
    return scheme;
  });
}

// ---------------------------------------------------------------------------------------------
// The county's self-assessment
// ---------------------------------------------------------------------------------------------

export async function startAppraisalSubmission(ctx: Context, input: StartAppraisalSubmissionInput): Promise<AppraisalSubmission> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'self-assesses the region for the province');
  const scheme = await ctx.loaders.appraisal.schemeById.load(input.schemeId);
  if (!scheme || scheme.status !== AppraisalSchemeStatus.PUBLISHED) {
    throw badUserInput('schemeId', 'no published appraisal scheme of your province has this id.');
  }
  const existing = (await ctx.loaders.appraisal.submissionsByScheme.load(scheme.id)).find((submission) => submission.tenantId === tenant.id);
  if (existing) throw badUserInput('schemeId', `your region already has a self-assessment for this scheme (${existing.id}); continue that one.`);
  return ctx.db.serial(async (em) => {
    const submission = em.create(AppraisalSubmission, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      schemeId: scheme.id,
      storedStatus: 'DRAFT',
      submittedAt: null,
      version: 1,
    });
    await em.flush();
    return submission;
  });
}

export async function saveAppraisalSelfScores(ctx: Context, input: SaveSelfScoresInput): Promise<AppraisalSubmission> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'self-assesses the region for the province');
  const submission = await visibleSubmission(ctx, input.id);
  requireVersion('self-assessment', submission, input.version);
  next(APPRAISAL_WORKFLOW, await appraisalStatus(ctx, submission), 'selfScore');
  const items = await ctx.loaders.appraisal.itemsByScheme.load(submission.schemeId);
  checkScores(input.scores.map((entry) => ({ itemId: entry.itemId, score: entry.selfScore })), items, 'selfScore');
  const existing = new Map((await ctx.loaders.appraisal.selfScoresBySubmission.load(submission.id)).map((score) => [score.itemId, score]));
  return ctx.db.serial(async (em) => {
    for (const entry of input.scores) {
      const row = existing.get(entry.itemId);
      if (row) {
        row.selfScore = asPoints(entry.selfScore);
        row.evidence = entry.evidence?.trim() ?? null;
      } else {
        em.create(AppraisalSelfScore, {
          tenantId: submission.tenantId,
          id: crypto.randomUUID(),
          submissionId: submission.id,
          itemId: entry.itemId,
          selfScore: asPoints(entry.selfScore),
          evidence: entry.evidence?.trim() ?? null,
          version: 1,
        });
      }
    }
    submission.updatedAt = new Date();
    await em.flush();
    ctx.loaders.appraisal.selfScoresBySubmission.clear(submission.id);
    ctx.loaders.appraisal.sumsBySubmission.clear(submission.id);
    return submission;
  });
}

/** Submitting needs a self score on every scored item. */
export async function submitAppraisalSubmission(ctx: Context, input: WorkflowStepInput): Promise<AppraisalSubmission> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'submits the region’s self-assessment to the province');
  const submission = await visibleSubmission(ctx, input.id);
  requireVersion('self-assessment', submission, input.version);
  next(APPRAISAL_WORKFLOW, await appraisalStatus(ctx, submission), 'submit');
  const [items, scores] = await Promise.all([
    ctx.loaders.appraisal.itemsByScheme.load(submission.schemeId),
    ctx.loaders.appraisal.selfScoresBySubmission.load(submission.id),
  ]);
  const missing = unscoredItems(items, scores.map((score) => score.itemId));
  if (missing.length > 0) {
    throw badUserInput('scores', `every scored item needs a self score before submitting; missing: ${describeItems(missing)}. Record them with saveAppraisalSelfScores.`);
  }
  return ctx.db.serial(async (em) => {
    submission.storedStatus = 'SUBMITTED';
    submission.submittedAt = new Date();
    await em.flush();
    return submission;
  });
}

// ---------------------------------------------------------------------------------------------
// The province's review: province-owned rows only
// ---------------------------------------------------------------------------------------------

/** Opens the review of a submitted self-assessment; reviewed scores start as the self scores. */
export async function startAppraisalReview(ctx: Context, input: StartAppraisalReviewInput): Promise<AppraisalReview> {
  const province = await provinceForWrite(ctx, 'reviews counties’ self-assessments');
  const submission = await visibleSubmission(ctx, input.submissionId);
  next(APPRAISAL_WORKFLOW, await appraisalStatus(ctx, submission), 'startReview');
  const scheme = await ctx.loaders.appraisal.schemeById.load(submission.schemeId);
  if (!scheme || scheme.provinceId !== province.id) throw notFound(`Self-assessment ${input.submissionId}`);
  const selfScores = await ctx.loaders.appraisal.selfScoresBySubmission.load(submission.id);
  return ctx.db.serial(async (em) => {
    const review = em.create(AppraisalReview, {
      provinceId: province.id,
      id: crypto.randomUUID(),
      examineeTenantId: submission.tenantId,
      submissionId: submission.id,
      schemeId: scheme.id,
      status: AppraisalReviewStatus.REVIEWING,
      opinion: null,
      reviewer: ctx.scope.subject,
      finalizedAt: null,
      version: 1,
    });
    await em.flush();
    for (const score of selfScores) {
      em.create(AppraisalReviewScore, {
        provinceId: province.id,
        id: crypto.randomUUID(),
        reviewId: review.id,
        examineeTenantId: submission.tenantId,
        itemId: score.itemId,
        reviewedScore: score.selfScore,
        note: null,
        version: 1,
      });
    }
    await em.flush();
    ctx.loaders.appraisal.reviewBySubmission.clear(submission.id);
    return review;
  });
}

export async function saveAppraisalReviewScores(ctx: Context, input: SaveReviewScoresInput): Promise<AppraisalReview> {
  await provinceForWrite(ctx, 'reviews counties’ self-assessments');
  const review = await visibleReview(ctx, input.id);
  requireVersion('appraisal review', review, input.version);
  const submission = await visibleSubmission(ctx, review.submissionId);
  next(APPRAISAL_WORKFLOW, await appraisalStatus(ctx, submission), 'review');
  const items = await ctx.loaders.appraisal.itemsByScheme.load(review.schemeId);
  checkScores(input.scores.map((entry) => ({ itemId: entry.itemId, score: entry.reviewedScore })), items, 'reviewedScore');
  const existing = new Map((await ctx.loaders.appraisal.reviewScoresByReview.load(review.id)).map((score) => [score.itemId, score]));
  return ctx.db.serial(async (em) => {
    for (const entry of input.scores) {
      const row = existing.get(entry.itemId);
      if (row) {
        row.reviewedScore = asPoints(entry.reviewedScore);
        row.note = entry.note?.trim() ?? null;
      } else {
        em.create(AppraisalReviewScore, {
          provinceId: review.provinceId,
          id: crypto.randomUUID(),
          reviewId: review.id,
          examineeTenantId: review.examineeTenantId,
          itemId: entry.itemId,
          reviewedScore: asPoints(entry.reviewedScore),
          note: entry.note?.trim() ?? null,
          version: 1,
        });
      }
    }
    if (input.opinion != null) review.opinion = input.opinion.trim();
    review.updatedAt = new Date();
    await em.flush();
    ctx.loaders.appraisal.reviewScoresByReview.clear(review.id);
    ctx.loaders.appraisal.sumsBySubmission.clear(submission.id);
    return review;
  });
}

/** REVIEWING → FINAL: from now on the county sees REVIEWED and the reviewed scores. */
export async function finalizeAppraisalReview(ctx: Context, input: WorkflowStepInput): Promise<AppraisalReview> {
  await provinceForWrite(ctx, 'finalizes reviews of counties’ self-assessments');
  const review = await visibleReview(ctx, input.id);
  requireVersion('appraisal review', review, input.version);
  const submission = await visibleSubmission(ctx, review.submissionId);
  next(APPRAISAL_WORKFLOW, await appraisalStatus(ctx, submission), 'finalize');
  const [items, scores] = await Promise.all([
    ctx.loaders.appraisal.itemsByScheme.load(review.schemeId),
    ctx.loaders.appraisal.reviewScoresByReview.load(review.id),
  ]);
  const missing = unscoredItems(items, scores.map((score) => score.itemId));
  if (missing.length > 0) {
    throw badUserInput('scores', `every scored item needs a reviewed score before the review is final; missing: ${describeItems(missing)}.`);
  }
  return ctx.db.serial(async (em) => {
    review.status = AppraisalReviewStatus.FINAL;
    review.finalizedAt = new Date();
    await em.flush();
    return review;
  });
}
