import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { Department, OrgKind } from '../org/department.entity.js';
import { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { Tenant } from '../regions/region.entities.js';
import { AppraisalStatus } from './appraisal.entities.js';
import {
  CreateUnitAppraisalSchemeInput,
  SaveReviewScoresInput,
  SaveSelfScoresInput,
  StartUnitAppraisalInput,
  UpdateAppraisalSchemeInput,
} from './appraisal.inputs.js';
import { AppraisalScoreLine, AppraisalScoreSummary, itemLevels, leafItems } from './scoring.js';
import { UnitAppraisalItem, UnitAppraisalScheme, UnitAppraisalSubmission } from './unit-appraisal.entities.js';
import {
  createUnitAppraisalScheme,
  finalizeUnitAppraisalReview,
  publishUnitAppraisalScheme,
  saveUnitAppraisalReviewScores,
  saveUnitAppraisalSelfScores,
  startUnitAppraisal,
  submitUnitAppraisal,
  unitAppraisalLines,
  unitAppraisalSummary,
  updateUnitAppraisalScheme,
} from './unit-appraisal.service.js';

@ObjectType()
export class UnitAppraisalSubmissionConnection extends ConnectionType(UnitAppraisalSubmission, 'UnitAppraisalSubmission') {}

@InputType({ description: 'Narrows the list of department and township appraisals; every condition must hold.' })
export class UnitAppraisalFilter {
  @Field(() => Int, { nullable: true })
  fiscalYear?: number;

  @Field(() => ID, { nullable: true })
  schemeId?: string;

  @Field(() => ID, { nullable: true, description: 'The department or township appraised.' })
  examineeId?: string;

  @Field(() => AppraisalStatus, { nullable: true })
  status?: AppraisalStatus;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;
}

@Resolver(() => UnitAppraisalScheme)
export class UnitAppraisalSchemeResolver {
  @Query(() => [UnitAppraisalScheme], { description: 'Schemes your region uses to appraise its departments and townships (department users: published ones).' })
  unitAppraisalSchemes(
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | undefined,
    @Arg('examineeKind', () => OrgKind, { nullable: true }) examineeKind: OrgKind | undefined,
    @Ctx() ctx: Context,
  ) {
    const where: FilterQuery<UnitAppraisalScheme> = {};
    if (fiscalYear != null) where.fiscalYear = fiscalYear;
    if (examineeKind) where.examineeKind = examineeKind;
    return ctx.db.serial((em) => em.find(UnitAppraisalScheme, where, { orderBy: { fiscalYear: 'desc', name: 'asc' } }));
  }

  @Query(() => UnitAppraisalScheme, { nullable: true, description: 'One department or township scheme with its item tree; null if outside your scope.' })
  unitAppraisalScheme(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.unitSchemeById.load(id);
  }

  @FieldResolver(() => [UnitAppraisalItem], { description: 'Every item, depth-first.' })
  items(@Root() scheme: UnitAppraisalScheme, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.unitItemsByScheme.load(scheme.id);
  }

  @FieldResolver(() => [UnitAppraisalItem], { description: 'The top-level items; follow `children` for the rest.' })
  async topItems(@Root() scheme: UnitAppraisalScheme, @Ctx() ctx: Context) {
    return (await ctx.loaders.appraisal.unitItemsByScheme.load(scheme.id)).filter((item) => item.parentId === null);
  }

  @FieldResolver(() => [UnitAppraisalSubmission], { description: 'Appraisals under this scheme you may see (a department user: its own).' })
  submissions(@Root() scheme: UnitAppraisalScheme, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.unitSubmissionsByScheme.load(scheme.id);
  }

  @Mutation(() => UnitAppraisalScheme, { description: 'Creates a DRAFT scheme for the region’s departments or townships (COUNTY_ADMIN).' })
  createUnitAppraisalScheme(@Arg('input', () => CreateUnitAppraisalSchemeInput) input: CreateUnitAppraisalSchemeInput, @Ctx() ctx: Context) {
    return createUnitAppraisalScheme(ctx, input);
  }

  @Mutation(() => UnitAppraisalScheme, { description: 'Changes a DRAFT department or township scheme; `items` replaces the whole tree (COUNTY_ADMIN).' })
  updateUnitAppraisalScheme(@Arg('input', () => UpdateAppraisalSchemeInput) input: UpdateAppraisalSchemeInput, @Ctx() ctx: Context) {
    return updateUnitAppraisalScheme(ctx, input);
  }

  @Mutation(() => UnitAppraisalScheme, { description: 'DRAFT → PUBLISHED, with the same tree check as province schemes (COUNTY_ADMIN).' })
  publishUnitAppraisalScheme(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return publishUnitAppraisalScheme(ctx, input);
  }
}

@Resolver(() => UnitAppraisalItem)
export class UnitAppraisalItemResolver {
  @FieldResolver(() => [UnitAppraisalItem], { description: 'Sub-items, in order.' })
  async children(@Root() item: UnitAppraisalItem, @Ctx() ctx: Context) {
    return (await ctx.loaders.appraisal.unitItemsByScheme.load(item.schemeId)).filter((other) => other.parentId === item.id);
  }

  @FieldResolver(() => Int, { description: '1 for a top-level item, 2 for its sub-items, …' })
  async level(@Root() item: UnitAppraisalItem, @Ctx() ctx: Context) {
    return itemLevels(await ctx.loaders.appraisal.unitItemsByScheme.load(item.schemeId)).get(item.id) ?? 1;
  }

  @FieldResolver(() => Boolean, { description: 'True for items without sub-items: the ones that are scored.' })
  async isLeaf(@Root() item: UnitAppraisalItem, @Ctx() ctx: Context) {
    return leafItems(await ctx.loaders.appraisal.unitItemsByScheme.load(item.schemeId)).some((leaf) => leaf.id === item.id);
  }
}

@Resolver(() => UnitAppraisalSubmission)
export class UnitAppraisalSubmissionResolver {
  @Query(() => UnitAppraisalSubmissionConnection, { description: 'Appraisals of departments and townships you may see, by examinee code.' })
  async unitAppraisalSubmissions(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => UnitAppraisalFilter, { nullable: true }) filter: UnitAppraisalFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    if (filter?.fiscalYear != null) add('s.fiscal_year = ?', filter.fiscalYear);
    if (filter?.schemeId) add('r.scheme_id = ?::uuid', filter.schemeId);
    if (filter?.examineeId) add('r.department_id = ?::uuid', filter.examineeId);
    if (filter?.status) add('r.status = ?', filter.status);
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, UnitAppraisalSubmission, {
      from: `unit_appraisal_submission r
             join unit_appraisal_scheme s on s.tenant_id = r.tenant_id and s.id = r.scheme_id
             join department d on d.tenant_id = r.tenant_id and d.id = r.department_id`,
      conditions,
      params,
      sortExpression: `d.code || '/' || s.fiscal_year::text || '/' || s.id::text`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @Query(() => UnitAppraisalSubmission, { nullable: true, description: 'One department or township appraisal with its items and scores; null if outside your scope.' })
  unitAppraisalSubmission(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.unitSubmissionById.load(id);
  }

  @FieldResolver(() => UnitAppraisalScheme, { nullable: true })
  scheme(@Root() submission: UnitAppraisalSubmission, @Ctx() ctx: Context) {
    return ctx.loaders.appraisal.unitSchemeById.load(submission.schemeId);
  }

  @FieldResolver(() => Department, { description: 'The department or township appraised.' })
  examinee(@Root() submission: UnitAppraisalSubmission, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(submission.departmentId);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() submission: UnitAppraisalSubmission, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(submission.tenantId);
  }

  @FieldResolver(() => AppraisalScoreSummary, { description: 'Self and reviewed scores, score rates and their gap (a department sees reviewed scores once REVIEWED).' })
  summary(@Root() submission: UnitAppraisalSubmission, @Ctx() ctx: Context) {
    return unitAppraisalSummary(ctx, submission);
  }

  @FieldResolver(() => [AppraisalScoreLine], { description: 'Every item of the scheme with its self score and reviewed score, depth-first.' })
  items(@Root() submission: UnitAppraisalSubmission, @Ctx() ctx: Context) {
    return unitAppraisalLines(ctx, submission);
  }

  @Mutation(() => UnitAppraisalSubmission, { description: 'Starts the appraisal of a department or township (COUNTY_ADMIN, or the department user of that unit).' })
  startUnitAppraisal(@Arg('input', () => StartUnitAppraisalInput) input: StartUnitAppraisalInput, @Ctx() ctx: Context) {
    return startUnitAppraisal(ctx, input);
  }

  @Mutation(() => UnitAppraisalSubmission, { description: 'Records self scores while DRAFT (the unit’s department user, or COUNTY_ADMIN).' })
  saveUnitAppraisalSelfScores(@Arg('input', () => SaveSelfScoresInput) input: SaveSelfScoresInput, @Ctx() ctx: Context) {
    return saveUnitAppraisalSelfScores(ctx, input);
  }

  @Mutation(() => UnitAppraisalSubmission, { description: 'DRAFT → SUBMITTED to the finance bureau; every scored item needs a self score.' })
  submitUnitAppraisal(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return submitUnitAppraisal(ctx, input);
  }

  @Mutation(() => UnitAppraisalSubmission, { description: 'Records reviewed scores (→ REVIEWING); the first review starts them at the self scores (COUNTY_ADMIN).' })
  saveUnitAppraisalReviewScores(@Arg('input', () => SaveReviewScoresInput) input: SaveReviewScoresInput, @Ctx() ctx: Context) {
    return saveUnitAppraisalReviewScores(ctx, input);
  }

  @Mutation(() => UnitAppraisalSubmission, { description: 'REVIEWING → REVIEWED: the department sees its reviewed scores (COUNTY_ADMIN).' })
  finalizeUnitAppraisalReview(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return finalizeUnitAppraisalReview(ctx, input);
  }
}
