import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { forbidden } from '../../graphql/errors.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { toWan } from '../../money.js';
import { KeyEvaluation } from '../evaluation/key-evaluation.entity.js';
import { Department } from '../org/department.entity.js';
import { Project } from '../projects/project.entity.js';
import { Tenant } from '../regions/region.entities.js';
import { ResultAction, ResultApplication } from './result-application.entity.js';
import { CreateResultApplicationInput } from './result-application.inputs.js';
import { createResultApplication, summarize } from './result-application.service.js';

@ObjectType()
export class ResultApplicationConnection extends ConnectionType(ResultApplication, 'ResultApplication') {}

@InputType({ description: 'Narrows the result-application list; every condition must hold.' })
export class ResultApplicationFilter {
  @Field(() => Int, { nullable: true, description: 'The budget year adjusted.' })
  fiscalYear?: number;

  @Field(() => ResultAction, { nullable: true })
  action?: ResultAction;

  @Field(() => ID, { nullable: true })
  keyEvaluationId?: string;

  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;
}

@ObjectType({ description: 'Result application of one budget year: counts and exact sums in yuan (and 万元, as reports state them).' })
export class ResultApplicationSummary {
  @Field(() => Int, { description: 'The budget year adjusted.' })
  fiscalYear!: number;

  @Field(() => Int, { description: 'Adjustments recorded.' })
  count!: number;

  @Field(() => Int, { description: 'Distinct projects adjusted.' })
  projectCount!: number;

  @Field(() => DecimalScalar, { description: '压减: sum of the reductions, as a positive amount.' })
  reductions!: string;

  @Field(() => DecimalScalar, { description: '调增: sum of the increases.' })
  increases!: string;

  @Field(() => DecimalScalar, { description: 'increases − reductions (negative: budgets shrank).' })
  net!: string;

  @Field(() => DecimalScalar, { description: 'reductions + increases: the total amount adjusted.' })
  absolute!: string;

  @Field(() => DecimalScalar, { description: 'reductions in 万元.' })
  get reductionsWan(): string {
    return toWan(this.reductions);
  }

  @Field(() => DecimalScalar, { description: 'increases in 万元.' })
  get increasesWan(): string {
    return toWan(this.increases);
  }

  @Field(() => DecimalScalar, { description: 'net in 万元.' })
  get netWan(): string {
    return toWan(this.net);
  }

  @Field(() => DecimalScalar, { description: 'absolute in 万元.' })
  get absoluteWan(): string {
    return toWan(this.absolute);
  }
}

@Resolver(() => ResultApplication)
export class ResultApplicationResolver {
  @Query(() => ResultApplicationConnection, { description: '结果应用: budget adjustments your token may see, by target year and project code.' })
  async resultApplications(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ResultApplicationFilter, { nullable: true }) filter: ResultApplicationFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    if (filter?.fiscalYear != null) add('r.target_fiscal_year = ?', filter.fiscalYear);
    if (filter?.action) add('r.action = ?', filter.action);
    if (filter?.keyEvaluationId) add('r.key_evaluation_id = ?::uuid', filter.keyEvaluationId);
    if (filter?.projectId) add('r.project_id = ?::uuid', filter.projectId);
    if (filter?.departmentId) add('r.department_id = ?::uuid', filter.departmentId);
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, ResultApplication, {
      from: 'result_application r join project p on p.tenant_id = r.tenant_id and p.id = r.project_id',
      conditions,
      params,
      sortExpression: `r.target_fiscal_year::text || '/' || p.code`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @Query(() => ResultApplicationSummary, {
    description: 'Sums of one budget year’s adjustments over what your token may see (a province token: pass tenantCode for one county).',
  })
  async resultApplicationSummary(
    @Arg('fiscalYear', () => Int, { description: 'The budget year adjusted, e.g. 2025 for results of 2024 evaluations.' }) fiscalYear: number,
    @Arg('tenantCode', () => String, { nullable: true }) tenantCode: string | undefined,
    @Ctx() ctx: Context,
  ) {
    let tenantId: string | null = null;
    if (tenantCode) {
      const tenant = await ctx.loaders.regions.tenantByCode.load(tenantCode);
      if (!tenant) throw forbidden(`Tenant ${tenantCode} is not visible to you; pass the code of one of your tenants.`);
      tenantId = tenant.id;
    }
    const row = await summarize(ctx, fiscalYear, tenantId);
    return Object.assign(new ResultApplicationSummary(), {
      fiscalYear,
      count: row.count,
      projectCount: row.project_count,
      reductions: row.reductions,
      increases: row.increases,
      net: row.net,
      absolute: row.absolute,
    });
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project adjusted.' })
  project(@Root() application: ResultApplication, @Ctx() ctx: Context) {
    return ctx.loaders.projects.projectById.load(application.projectId);
  }

  @FieldResolver(() => Department)
  department(@Root() application: ResultApplication, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(application.departmentId);
  }

  @FieldResolver(() => KeyEvaluation, { nullable: true, description: 'The key evaluation whose result this applies, if you may see it.' })
  keyEvaluation(@Root() application: ResultApplication, @Ctx() ctx: Context) {
    return application.keyEvaluationId ? ctx.loaders.keyEvaluation.keyEvaluationById.load(application.keyEvaluationId) : null;
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() application: ResultApplication, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(application.tenantId);
  }

  @Mutation(() => ResultApplication, { description: 'Records a budget adjustment caused by an evaluation result (COUNTY_ADMIN). The sign of amountDelta must fit the action.' })
  createResultApplication(@Arg('input', () => CreateResultApplicationInput) input: CreateResultApplicationInput, @Ctx() ctx: Context) {
    return createResultApplication(ctx, input);
  }
}

@Resolver(() => Project)
export class ProjectResultApplicationsResolver {
  @FieldResolver(() => [ResultApplication], { description: 'Budget adjustments evaluation results made to this project.' })
  resultApplications(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.results.resultApplicationsByProject.load(project.id);
  }
}

@Resolver(() => KeyEvaluation)
export class KeyEvaluationResultApplicationsResolver {
  @FieldResolver(() => [ResultApplication], { description: 'Budget adjustments this evaluation’s result caused.' })
  resultApplications(@Root() evaluation: KeyEvaluation, @Ctx() ctx: Context) {
    return ctx.loaders.results.resultApplicationsByKeyEvaluation.load(evaluation.id);
  }
}
