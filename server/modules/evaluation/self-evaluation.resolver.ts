import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { PerformanceGoal, PerformanceIndicator } from '../goals/goal.entities.js';
import { Department } from '../org/department.entity.js';
import { ProjectYear } from '../projects/project-year.entity.js';
import { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { Tenant } from '../regions/region.entities.js';
import { SelfEvaluationRecheck } from './recheck.entity.js';
import { SelfEvaluation, SelfEvaluationGrade, SelfEvaluationIndicator, SelfEvaluationStatus, SelfEvaluationSubject } from './self-evaluation.entity.js';
import { CreateSelfEvaluationInput, SelfEvaluationDecisionInput, SelfEvaluationScopeInput, UpdateSelfEvaluationInput } from './self-evaluation.inputs.js';
import {
  createSelfEvaluation,
  missingIndicators,
  orderedResults,
  returnSelfEvaluation,
  reviewSelfEvaluation,
  setSelfEvaluationScope,
  submitSelfEvaluation,
  updateSelfEvaluation,
} from './self-evaluation.service.js';

@ObjectType()
export class SelfEvaluationConnection extends ConnectionType(SelfEvaluation, 'SelfEvaluation') {}

@InputType({ description: 'Narrows the self-evaluation list; every condition must hold.' })
export class SelfEvaluationFilter {
  @Field(() => Int, { nullable: true, description: 'The fiscal year evaluated.' })
  fiscalYear?: number;

  @Field(() => SelfEvaluationSubject, { nullable: true })
  subject?: SelfEvaluationSubject;

  @Field(() => SelfEvaluationStatus, { nullable: true })
  status?: SelfEvaluationStatus;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => SelfEvaluationGrade, { nullable: true })
  grade?: SelfEvaluationGrade;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only rechecked ones; false: only those not rechecked.' })
  rechecked?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true: only those whose recheck made them a 通报 candidate.' })
  notify?: boolean;
}

@ObjectType({ description: 'What setSelfEvaluationScope changed, and the scope of the fiscal year afterwards.' })
export class SelfEvaluationScopeResult {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Int, { description: 'Project years whose flag actually changed.' })
  changed!: number;

  @Field(() => [ProjectYear], { description: 'The project years named.' })
  projectYears!: ProjectYear[];

  @Field(() => Int, { description: 'Project years of your tenant in the scope of the fiscal year.' })
  inScopeCount!: number;

  @Field(() => DecimalScalar, { description: 'Their current amounts (变动后预算数) in yuan.' })
  inScopeAmount!: string;
}

@Resolver(() => SelfEvaluation)
export class SelfEvaluationResolver {
  @Query(() => SelfEvaluationConnection, { description: 'Self-evaluations your token may see, by fiscal year and project (or department) code.' })
  async selfEvaluations(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => SelfEvaluationFilter, { nullable: true }) filter: SelfEvaluationFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    const recheck = 'exists (select 1 from self_evaluation_recheck c where c.tenant_id = r.tenant_id and c.self_evaluation_id = r.id';
    if (filter?.fiscalYear != null) add('r.fiscal_year = ?', filter.fiscalYear);
    if (filter?.subject) add('r.subject = ?', filter.subject);
    if (filter?.status) add('r.status = ?', filter.status);
    if (filter?.departmentId) add('r.department_id = ?::uuid', filter.departmentId);
    if (filter?.grade) add('r.grade = ?', filter.grade);
    if (filter?.rechecked != null) conditions.push(`${filter.rechecked ? '' : 'not '}${recheck})`);
    if (filter?.notify != null) conditions.push(`${filter.notify ? '' : 'not '}${recheck} and c.notify)`);
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, SelfEvaluation, {
      from: `self_evaluation r
             join department d on d.tenant_id = r.tenant_id and d.id = r.department_id
             left join project_year y on y.tenant_id = r.tenant_id and y.id = r.project_year_id`,
      // A self-evaluation is visible exactly when its department is (same tenant; departments are
      // not department-scoped), so the count reads the self-evaluations alone.
      countFrom: 'self_evaluation r',
      conditions,
      params,
      // The project year carries its project's code (migration 0015).
      sortExpression: `r.fiscal_year::text || '/' || coalesce(y.project_code, d.code)`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @Query(() => SelfEvaluation, { nullable: true, description: 'One self-evaluation by id; null if outside your scope.' })
  selfEvaluation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.selfEvaluation.selfEvaluationById.load(id);
  }

  @FieldResolver(() => ProjectYear, { nullable: true, description: 'The project year evaluated (PROJECT).' })
  projectYear(@Root() evaluation: SelfEvaluation, @Ctx() ctx: Context) {
    return evaluation.projectYearId ? ctx.loaders.projects.projectYearById.load(evaluation.projectYearId) : null;
  }

  @FieldResolver(() => Department, { description: 'The project’s department, or the department evaluated.' })
  department(@Root() evaluation: SelfEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(evaluation.departmentId);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() evaluation: SelfEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(evaluation.tenantId);
  }

  @FieldResolver(() => PerformanceGoal, { description: 'The goal version evaluated (the one in force when the evaluation started).' })
  goal(@Root() evaluation: SelfEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.goals.goalById.load(evaluation.goalId);
  }

  @FieldResolver(() => [SelfEvaluationIndicator], { description: 'Indicator results, in the goal’s order.' })
  indicators(@Root() evaluation: SelfEvaluation, @Ctx() ctx: Context) {
    return orderedResults(ctx, evaluation);
  }

  @FieldResolver(() => [PerformanceIndicator], { description: 'Goal indicators without a result yet; empty when the evaluation is complete.' })
  missingIndicators(@Root() evaluation: SelfEvaluation, @Ctx() ctx: Context) {
    return missingIndicators(ctx, evaluation);
  }

  @FieldResolver(() => SelfEvaluationRecheck, { nullable: true, description: '抽查复核 of this self-evaluation, if it was sampled.' })
  recheck(@Root() evaluation: SelfEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.selfEvaluation.recheckBySelfEvaluation.load(evaluation.id);
  }

  @Mutation(() => SelfEvaluationScopeResult, {
    description: '自评范围 (finance): puts APPROVED/CLOSED project years of a fiscal year into the self-evaluation scope, or takes them out.',
  })
  setSelfEvaluationScope(@Arg('input', () => SelfEvaluationScopeInput) input: SelfEvaluationScopeInput, @Ctx() ctx: Context) {
    return setSelfEvaluationScope(ctx, input);
  }

  @Mutation(() => SelfEvaluation, {
    description: 'Starts a DRAFT self-evaluation of a project year in scope, or of a department’s overall goal, against the goal in force. The score is computed.',
  })
  createSelfEvaluation(@Arg('input', () => CreateSelfEvaluationInput) input: CreateSelfEvaluationInput, @Ctx() ctx: Context) {
    return createSelfEvaluation(ctx, input);
  }

  @Mutation(() => SelfEvaluation, { description: 'Changes a DRAFT or RETURNED self-evaluation; the score is recomputed.' })
  updateSelfEvaluation(@Arg('input', () => UpdateSelfEvaluationInput) input: UpdateSelfEvaluationInput, @Ctx() ctx: Context) {
    return updateSelfEvaluation(ctx, input);
  }

  @Mutation(() => SelfEvaluation, {
    description: 'DRAFT/RETURNED → SUBMITTED. Needs a result for every indicator and a deviation analysis wherever the target was missed by more than the threshold.',
  })
  submitSelfEvaluation(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return submitSelfEvaluation(ctx, input);
  }

  @Mutation(() => SelfEvaluation, { description: 'SUBMITTED → RETURNED with an opinion saying what to correct (finance).' })
  returnSelfEvaluation(@Arg('input', () => SelfEvaluationDecisionInput) input: SelfEvaluationDecisionInput, @Ctx() ctx: Context) {
    return returnSelfEvaluation(ctx, input);
  }

  @Mutation(() => SelfEvaluation, { description: 'SUBMITTED → FINANCE_REVIEWED (finance).' })
  reviewSelfEvaluation(@Arg('input', () => SelfEvaluationDecisionInput) input: SelfEvaluationDecisionInput, @Ctx() ctx: Context) {
    return reviewSelfEvaluation(ctx, input);
  }
}

@Resolver(() => SelfEvaluationIndicator)
export class SelfEvaluationIndicatorResolver {
  @FieldResolver(() => PerformanceIndicator, { description: 'The goal indicator this result is about (target, weight, comparator).' })
  indicator(@Root() result: SelfEvaluationIndicator, @Ctx() ctx: Context) {
    return ctx.loaders.selfEvaluation.goalIndicatorById.load(result.indicatorId);
  }
}

@Resolver(() => ProjectYear)
export class ProjectYearSelfEvaluationResolver {
  @FieldResolver(() => Boolean, { description: 'In the self-evaluation scope of its fiscal year (set by the finance bureau).' })
  async selfEvaluationRequired(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return (await ctx.loaders.selfEvaluation.selfEvaluationRequired.load(year.id)) ?? false;
  }

  @FieldResolver(() => SelfEvaluation, { nullable: true, description: '单位自评 of this project year, if started.' })
  selfEvaluation(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return ctx.loaders.selfEvaluation.selfEvaluationByProjectYear.load(year.id);
  }
}
