import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { allowedActions } from '../../workflow/state-machine.js';
import { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { Tenant } from '../regions/region.entities.js';
import {
  APPRAISAL_STATUS_LABELS,
  APPRAISAL_WORKFLOW,
  AppraisalItem,
  AppraisalReview,
  AppraisalReviewScore,
  AppraisalScheme,
  AppraisalStatus,
  AppraisalSubmission,
} from './appraisal.entities.js';
import {
  CreateAppraisalSchemeInput,
  SaveReviewScoresInput,
  SaveSelfScoresInput,
  StartAppraisalReviewInput,
  StartAppraisalSubmissionInput,
  UpdateAppraisalSchemeInput,
} from './appraisal.inputs.js';
import {
  appraisalLines,
  appraisalStatus,
  appraisalSummary,
  createAppraisalScheme,
  finalizeAppraisalReview,
  publishAppraisalScheme,
  saveAppraisalReviewScores,
  saveAppraisalSelfScores,
  startAppraisalReview,
  startAppraisalSubmission,
  submitAppraisalSubmission,
  updateAppraisalScheme,
} from './appraisal.service.js';
import { AppraisalScoreLine, AppraisalScoreSummary, itemLevels, leafItems } from './scoring.js';

@ObjectType()
export class AppraisalSubmissionConnection extends ConnectionType(AppraisalSubmission, 'AppraisalSubmission') {}

@InputType({ description: 'Narrows the list of self-assessments; every condition must hold.' })
export class AppraisalSubmissionFilter {
  @Field(() => Int, { nullable: true, description: 'Fiscal year of the scheme.' })
  fiscalYear?: number;

  @Field(() => ID, { nullable: true })
  schemeId?: string;

  @Field(() => AppraisalStatus, { nullable: true, description: 'The status as you see it.' })
  status?: AppraisalStatus;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;
}

/** The status a submission shows, in SQL: the province's review decides REVIEWING and REVIEWED. */
const SHOWN_STATUS = `case when v.status = 'FINAL' then 'REVIEWED' when v.status = 'REVIEWING' then 'REVIEWING' else r.status::text end`;

@Resolver(() => AppraisalScheme)
export class AppraisalSchemeResolver {
  @Query(() => [AppraisalScheme], { description: 'Appraisal schemes of your province (counties see published ones), newest year first.' })
  appraisalSchemes(@Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | undefined, @Ctx() ctx: Context) {
    const where = fiscalYear != null ? { fiscalYear } : {};
    return ctx.db.serial((em) => em.find(AppraisalScheme, where, { orderBy: { fiscalYear: 'desc', name: 'asc' } }));
  }

  @Query(() => AppraisalScheme, { nullable: true, description: 'One appraisal scheme with its item tree; null if outside your scope.' })
  appraisalScheme(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.schemeById.load(id);
  }

  @FieldResolver(() => [AppraisalItem], { description: 'Every item, depth-first (parents before their sub-items).' })
  items(@Root() scheme: AppraisalScheme, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.itemsByScheme.load(scheme.id);
  }

  @FieldResolver(() => [AppraisalItem], { description: 'The top-level items (一级指标); follow `children` for the rest.' })
  async topItems(@Root() scheme: AppraisalScheme, @Ctx() ctx: Context) {
    return (await ctx.loaders.appraisal.itemsByScheme.load(scheme.id)).filter((item) => item.parentId === null);
  }

  @FieldResolver(() => [AppraisalSubmission], { description: 'Self-assessments against this scheme that you may see (a county: its own).' })
  submissions(@Root() scheme: AppraisalScheme, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.submissionsByScheme.load(scheme.id);
  }

  @Mutation(() => AppraisalScheme, { description: 'Creates a DRAFT scheme with its item tree (PROVINCE_ADMIN).' })
  createAppraisalScheme(@Arg('input', () => CreateAppraisalSchemeInput) input: CreateAppraisalSchemeInput, @Ctx() ctx: Context) {
    return createAppraisalScheme(ctx, input);
  }

  @Mutation(() => AppraisalScheme, { description: 'Changes a DRAFT scheme; `items` replaces the whole tree (PROVINCE_ADMIN).' })
  updateAppraisalScheme(@Arg('input', () => UpdateAppraisalSchemeInput) input: UpdateAppraisalSchemeInput, @Ctx() ctx: Context) {
    return updateAppraisalScheme(ctx, input);
  }

  @Mutation(() => AppraisalScheme, {
    description: 'DRAFT → PUBLISHED (PROVINCE_ADMIN). Refused unless every item with sub-items carries their sum and the top level sums to the total.',
  })
  publishAppraisalScheme(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return publishAppraisalScheme(ctx, input);
  }
}

@Resolver(() => AppraisalItem)
export class AppraisalItemResolver {
  @FieldResolver(() => [AppraisalItem], { description: 'Sub-items, in order.' })
  async children(@Root() item: AppraisalItem, @Ctx() ctx: Context) {
    return (await ctx.loaders.appraisal.itemsByScheme.load(item.schemeId)).filter((other) => other.parentId === item.id);
  }

  @FieldResolver(() => Int, { description: '1 for a top-level item, 2 for its sub-items, …' })
  async level(@Root() item: AppraisalItem, @Ctx() ctx: Context) {
    return itemLevels(await ctx.loaders.appraisal.itemsByScheme.load(item.schemeId)).get(item.id) ?? 1;
  }

  @FieldResolver(() => Boolean, { description: 'True for items without sub-items: the ones that are scored.' })
  async isLeaf(@Root() item: AppraisalItem, @Ctx() ctx: Context) {
    return leafItems(await ctx.loaders.appraisal.itemsByScheme.load(item.schemeId)).some((leaf) => leaf.id === item.id);
  }
}

@Resolver(() => AppraisalSubmission)
export class AppraisalSubmissionResolver {
  @Query(() => AppraisalSubmissionConnection, {
    description: 'Self-assessments you may see, by region code: a province sees all of its counties, a county its own.',
  })
  async appraisalSubmissions(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AppraisalSubmissionFilter, { nullable: true }) filter: AppraisalSubmissionFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    if (filter?.fiscalYear != null) add('s.fiscal_year = ?', filter.fiscalYear);
    if (filter?.schemeId) add('r.scheme_id = ?::uuid', filter.schemeId);
    if (filter?.status) add(`${SHOWN_STATUS} = ?`, filter.status);
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, AppraisalSubmission, {
      from: `appraisal_submission r
             join tenant t on t.id = r.tenant_id
             join appraisal_scheme s on s.id = r.scheme_id
             left join appraisal_review v on v.province_id = s.province_id and v.submission_id = r.id`,
      conditions,
      params,
      sortExpression: `t.code || '/' || s.fiscal_year::text || '/' || s.id::text`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @Query(() => AppraisalSubmission, { nullable: true, description: 'One self-assessment with its items and scores; null if outside your scope.' })
  appraisalSubmission(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.submissionById.load(id);
  }

  @FieldResolver(() => AppraisalStatus, { description: 'DRAFT and SUBMITTED as the county set them; REVIEWING/REVIEWED from the province’s review.' })
  status(@Root() submission: AppraisalSubmission, @Ctx() ctx: Context) {
    return appraisalStatus(ctx, submission);
  }

  @FieldResolver(() => String)
  async statusLabel(@Root() submission: AppraisalSubmission, @Ctx() ctx: Context) {
    return APPRAISAL_STATUS_LABELS[await appraisalStatus(ctx, submission)];
  }

  @FieldResolver(() => [String], { description: 'Workflow actions allowed in the current status.' })
  async allowedActions(@Root() submission: AppraisalSubmission, @Ctx() ctx: Context) {
    return allowedActions(APPRAISAL_WORKFLOW, await appraisalStatus(ctx, submission));
  }

  @FieldResolver(() => Tenant, { description: 'The county self-assessed.' })
  tenant(@Root() submission: AppraisalSubmission, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(submission.tenantId);
  }

  @FieldResolver(() => AppraisalScheme)
  scheme(@Root() submission: AppraisalSubmission, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.schemeById.load(submission.schemeId);
  }

  @FieldResolver(() => AppraisalScoreSummary, { description: 'Self and reviewed scores, score rates and their gap.' })
  summary(@Root() submission: AppraisalSubmission, @Ctx() ctx: Context) {
    return appraisalSummary(ctx, submission);
  }

  @FieldResolver(() => [AppraisalScoreLine], { description: 'Every item of the scheme with its self score and reviewed score, depth-first.' })
  items(@Root() submission: AppraisalSubmission, @Ctx() ctx: Context) {
    return appraisalLines(ctx, submission);
  }

  @FieldResolver(() => AppraisalReview, { nullable: true, description: 'The province’s review (a county sees it once FINAL).' })
  review(@Root() submission: AppraisalSubmission, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.reviewBySubmission.load(submission.id);
  }

  @Mutation(() => AppraisalSubmission, { description: 'Starts the region’s self-assessment against a published scheme (COUNTY_ADMIN).' })
  startAppraisalSubmission(@Arg('input', () => StartAppraisalSubmissionInput) input: StartAppraisalSubmissionInput, @Ctx() ctx: Context) {
    return startAppraisalSubmission(ctx, input);
  }

  @Mutation(() => AppraisalSubmission, { description: 'Records self scores of scored items while DRAFT (COUNTY_ADMIN).' })
  saveAppraisalSelfScores(@Arg('input', () => SaveSelfScoresInput) input: SaveSelfScoresInput, @Ctx() ctx: Context) {
    return saveAppraisalSelfScores(ctx, input);
  }

  @Mutation(() => AppraisalSubmission, { description: 'DRAFT → SUBMITTED to the province; every scored item needs a self score (COUNTY_ADMIN).' })
  submitAppraisalSubmission(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return submitAppraisalSubmission(ctx, input);
  }
}

@Resolver(() => AppraisalReview)
export class AppraisalReviewResolver {
  @FieldResolver(() => [AppraisalReviewScore], { description: 'Reviewed score of every scored item.' })
  scores(@Root() review: AppraisalReview, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.reviewScoresByReview.load(review.id);
  }

  @FieldResolver(() => AppraisalSubmission, { nullable: true })
  submission(@Root() review: AppraisalReview, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.submissionById.load(review.submissionId);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: 'The county reviewed.' })
  examinee(@Root() review: AppraisalReview, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(review.examineeTenantId);
  }

  @Mutation(() => AppraisalReview, { description: 'Opens the province’s review of a SUBMITTED self-assessment; reviewed scores start as the self scores (PROVINCE_ADMIN).' })
  startAppraisalReview(@Arg('input', () => StartAppraisalReviewInput) input: StartAppraisalReviewInput, @Ctx() ctx: Context) {
    return startAppraisalReview(ctx, input);
  }

  @Mutation(() => AppraisalReview, { description: 'Changes reviewed scores (and the opinion) of an open review (PROVINCE_ADMIN).' })
  saveAppraisalReviewScores(@Arg('input', () => SaveReviewScoresInput) input: SaveReviewScoresInput, @Ctx() ctx: Context) {
    return saveAppraisalReviewScores(ctx, input);
  }

  @Mutation(() => AppraisalReview, { description: 'REVIEWING → FINAL: the county now sees its self-assessment REVIEWED with the reviewed scores (PROVINCE_ADMIN).' })
  finalizeAppraisalReview(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return finalizeAppraisalReview(ctx, input);
  }
}
