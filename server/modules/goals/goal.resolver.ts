import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, createUnionType, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { Department } from '../org/department.entity.js';
import { ProjectYear } from '../projects/project-year.entity.js';
import { WorkflowStepInput } from '../projects/project-year.inputs.js';
import { GoalReview, GoalStatus, GoalSubject, IndicatorLevel1, PerformanceGoal, PerformanceIndicator, ProvinceIndicator, TenantIndicator } from './goal.entities.js';
import { AdjustGoalInput, CreateGoalInput, LibraryIndicatorInput, ReviewGoalInput, UpdateGoalInput } from './goal.inputs.js';
import { adjustGoal, createGoal, createLibraryIndicator, currentProjectGoal, reviewGoal, submitGoal, updateGoal } from './goal.service.js';

@ObjectType()
export class PerformanceGoalConnection extends ConnectionType(PerformanceGoal, 'PerformanceGoal') {}

@InputType({ description: 'Narrows the goal list; every condition must hold.' })
export class GoalFilter {
  @Field(() => Int, { nullable: true })
  fiscalYear?: number;

  @Field(() => GoalSubject, { nullable: true })
  subject?: GoalSubject;

  @Field(() => GoalStatus, { nullable: true })
  status?: GoalStatus;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only the versions in force.' })
  currentOnly?: boolean;
}

@ObjectType({ description: 'The indicator library a goal can draw from: the province’s common indicators and the tenant’s own.' })
export class IndicatorLibrary {
  @Field(() => [ProvinceIndicator], { description: '共性指标 of the province.' })
  common!: ProvinceIndicator[];

  @Field(() => [TenantIndicator], { description: '个性指标 of your tenant(s).' })
  own!: TenantIndicator[];
}

export const LibraryIndicator = createUnionType({
  name: 'LibraryIndicator',
  types: () => [ProvinceIndicator, TenantIndicator] as const,
  resolveType: (value) => ('provinceId' in value ? ProvinceIndicator : TenantIndicator),
});

@Resolver(() => PerformanceGoal)
export class GoalResolver {
  @Query(() => PerformanceGoalConnection, { description: 'Performance goals your token may see, ordered by project or department code.' })
  async goals(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => GoalFilter, { nullable: true }) filter: GoalFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    if (filter?.fiscalYear != null) add('r.fiscal_year = ?', filter.fiscalYear);
    if (filter?.subject) add('r.subject = ?', filter.subject);
    if (filter?.status) add('r.status = ?', filter.status);
    if (filter?.departmentId) add('r.department_id = ?::uuid', filter.departmentId);
    if (filter?.currentOnly) conditions.push('r.is_current');
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, PerformanceGoal, {
      from: `performance_goal r
             join department d on d.tenant_id = r.tenant_id and d.id = r.department_id
             left join project_year y on y.tenant_id = r.tenant_id and y.id = r.project_year_id`,
      // A goal is visible exactly when its department is (same tenant; departments are not
      // department-scoped), so the count reads the goals alone.
      countFrom: 'performance_goal r',
      conditions,
      params,
      // The project year carries its project's code (migration 0015).
      sortExpression: `coalesce(y.project_code, d.code) || '/' || lpad(r.version_no::text, 4, '0')`,
      ...page,
      info,
      cap: ctx.maxPageSize,
    });
  }

  @Query(() => PerformanceGoal, { nullable: true, description: 'One goal version by id; null if outside your scope.' })
  goal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.goals.goalById.load(id);
  }

  @Query(() => IndicatorLibrary, { description: 'The indicator library: your province’s common indicators and your tenant’s own.' })
  async indicatorLibrary(@Arg('level1', () => IndicatorLevel1, { nullable: true }) level1: IndicatorLevel1 | undefined, @Ctx() ctx: Context) {
    const where = level1 ? { level1, active: true } : { active: true };
    const [common, own] = await Promise.all([
      ctx.db.serial((em) => em.find(ProvinceIndicator, where, { orderBy: { code: 'asc' } })),
      ctx.db.serial((em) => em.find(TenantIndicator, where, { orderBy: { code: 'asc' } })),
    ]);
    return { common, own };
  }

  @FieldResolver(() => [PerformanceIndicator])
  indicators(@Root() goal: PerformanceGoal, @Ctx() ctx: Context) {
    return ctx.loaders.goals.indicatorsByGoal.load(goal.id);
  }

  @FieldResolver(() => [GoalReview], { description: 'Reviews of this version, oldest first.' })
  reviews(@Root() goal: PerformanceGoal, @Ctx() ctx: Context) {
    return ctx.loaders.goals.reviewsByGoal.load(goal.id);
  }

  @FieldResolver(() => ProjectYear, { nullable: true })
  projectYear(@Root() goal: PerformanceGoal, @Ctx() ctx: Context) {
    return goal.projectYearId ? ctx.loaders.projects.projectYearById.load(goal.projectYearId) : null;
  }

  @FieldResolver(() => Department)
  department(@Root() goal: PerformanceGoal, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(goal.departmentId);
  }

  @FieldResolver(() => PerformanceGoal, { nullable: true, description: 'The version this one adjusts.' })
  previous(@Root() goal: PerformanceGoal, @Ctx() ctx: Context) {
    return goal.previousId ? ctx.loaders.goals.goalById.load(goal.previousId) : null;
  }

  @Mutation(() => PerformanceGoal, { description: 'Creates a DRAFT goal with its indicators. Weights per level-1 group must match the region’s scheme (default 50/30/10).' })
  createGoal(@Arg('input', () => CreateGoalInput) input: CreateGoalInput, @Ctx() ctx: Context) {
    return createGoal(ctx, input);
  }

  @Mutation(() => PerformanceGoal, { description: 'Replaces text and/or indicators of a DRAFT or RETURNED goal.' })
  updateGoal(@Arg('input', () => UpdateGoalInput) input: UpdateGoalInput, @Ctx() ctx: Context) {
    return updateGoal(ctx, input);
  }

  @Mutation(() => PerformanceGoal, { description: 'DRAFT/RETURNED → SUBMITTED for review.' })
  submitGoal(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return submitGoal(ctx, input);
  }

  @Mutation(() => PerformanceGoal, { description: '目标审核 (finance): 优/良 → APPROVED (in force), 中 → RETURNED, 差 → REJECTED.' })
  reviewGoal(@Arg('input', () => ReviewGoalInput) input: ReviewGoalInput, @Ctx() ctx: Context) {
    return reviewGoal(ctx, input);
  }

  @Mutation(() => PerformanceGoal, { description: '调整: starts a new DRAFT version of the goal in force; the old one stays in force until the new one is approved.' })
  adjustGoal(@Arg('input', () => AdjustGoalInput) input: AdjustGoalInput, @Ctx() ctx: Context) {
    return adjustGoal(ctx, input);
  }

  @Mutation(() => LibraryIndicator, { description: 'Adds a library indicator: PROVINCE_ADMIN to the province’s common library, COUNTY_ADMIN to the tenant’s own.' })
  createLibraryIndicator(@Arg('input', () => LibraryIndicatorInput) input: LibraryIndicatorInput, @Ctx() ctx: Context) {
    return createLibraryIndicator(ctx, input);
  }
}

@Resolver(() => ProjectYear)
export class ProjectYearGoalResolver {
  @FieldResolver(() => PerformanceGoal, { nullable: true, description: 'The annual goal version in force (approved or issued).' })
  goal(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return currentProjectGoal(ctx, year.id);
  }

  @FieldResolver(() => [PerformanceGoal], { description: 'Every goal version of this year, newest first.' })
  goals(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return ctx.loaders.goals.goalsByProjectYear.load(year.id);
  }
}
