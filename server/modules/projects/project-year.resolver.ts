import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageBySql, sqlConditions } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { Department } from '../org/department.entity.js';
import { Tenant } from '../regions/region.entities.js';
import { ProjectYear, ProjectYearStatus } from './project-year.entity.js';
import { CreateProjectYearInput, ProjectYearAmountInput, UpdateProjectYearInput, WorkflowStepInput } from './project-year.inputs.js';
import {
  adjustBudget,
  approveBudget,
  closeProjectYear,
  createProjectYear,
  enterLibrary,
  recordExecution,
  rejectProjectYear,
  returnProjectYear,
  submitProjectYear,
  updateProjectYear,
} from './project-year.service.js';
import { Project } from './project.entity.js';

@ObjectType()
export class ProjectYearConnection extends ConnectionType(ProjectYear, 'ProjectYear') {}

@InputType({ description: 'Narrows the project-year list; every condition must hold.' })
export class ProjectYearFilter {
  @Field(() => Int, { nullable: true })
  fiscalYear?: number;

  @Field(() => String, { nullable: true, description: 'Only this tenant (region code).' })
  tenantCode?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => String, { nullable: true, description: '一体化 project kind code, e.g. 31.' })
  kindCode?: string;

  @Field(() => ProjectYearStatus, { nullable: true })
  status?: ProjectYearStatus;
}

@Resolver(() => ProjectYear)
export class ProjectYearResolver {
  @Query(() => ProjectYearConnection, { description: 'Project budgets by year that your token may see, ordered by project code.' })
  async projectYears(
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ProjectYearFilter, { nullable: true }) filter: ProjectYearFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const { conditions, params, add } = sqlConditions();
    if (filter?.fiscalYear != null) add('r.fiscal_year = ?', filter.fiscalYear);
    if (filter?.departmentId) add('r.department_id = ?::uuid', filter.departmentId);
    if (filter?.kindCode) add('p.kind_code = ?', filter.kindCode);
    if (filter?.status) add('r.status = ?', filter.status);
    if (filter?.tenantCode) add('r.tenant_id = ?::uuid', await visibleTenantId(ctx, filter.tenantCode));
    return pageBySql(ctx.db, ProjectYear, {
      from: 'project_year r join project p on p.tenant_id = r.tenant_id and p.id = r.project_id',
      // A project year is visible exactly when its project is (same tenant and department).
      countFrom: filter?.kindCode ? undefined : 'project_year r',
      conditions,
      params,
      // Within a fiscal year, project_year (tenant_id, fiscal_year, project_code, id) is in list
      // order; across years, project (tenant_id, code) is. The two codes are equal (foreign key).
      sortIndex: true,
      sortExpression: filter?.fiscalYear != null ? 'r.project_code' : 'p.code',
      ...page,
      info,
      cap: ctx.maxPageSize,
      related: [
        { field: 'project', entity: Project, alias: 'p', loader: ctx.loaders.projects.projectById },
        {
          field: 'department',
          entity: Department,
          alias: 'd',
          join: 'left join department d on d.tenant_id = r.tenant_id and d.id = r.department_id',
          loader: ctx.loaders.org.departmentById,
        },
      ],
    });
  }

  @Query(() => ProjectYear, { nullable: true, description: 'One project year by id; null if it is outside your scope.' })
  projectYear(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.projects.projectYearById.load(id);
  }

  @FieldResolver(() => Project)
  project(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return ctx.loaders.projects.projectById.load(year.projectId);
  }

  @FieldResolver(() => Department)
  department(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(year.departmentId);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() year: ProjectYear, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(year.tenantId);
  }

  @Mutation(() => ProjectYear, { description: 'Requests a budget for a project in a fiscal year (一上); starts as DRAFT.' })
  createProjectYear(@Arg('input', () => CreateProjectYearInput) input: CreateProjectYearInput, @Ctx() ctx: Context) {
    return createProjectYear(ctx, input);
  }

  @Mutation(() => ProjectYear, { description: 'Changes the request while it is DRAFT or RETURNED.' })
  updateProjectYear(@Arg('input', () => UpdateProjectYearInput) input: UpdateProjectYearInput, @Ctx() ctx: Context) {
    return updateProjectYear(ctx, input);
  }

  @Mutation(() => ProjectYear, { description: 'DRAFT/RETURNED → SUBMITTED (department or finance).' })
  submitProjectYear(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return submitProjectYear(ctx, input);
  }

  @Mutation(() => ProjectYear, { description: 'SUBMITTED/IN_LIBRARY → RETURNED for rework (finance).' })
  returnProjectYear(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return returnProjectYear(ctx, input);
  }

  @Mutation(() => ProjectYear, { description: 'SUBMITTED/IN_LIBRARY → REJECTED: no budget this year (finance).' })
  rejectProjectYear(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return rejectProjectYear(ctx, input);
  }

  @Mutation(() => ProjectYear, {
    description: 'SUBMITTED → IN_LIBRARY (入库, finance). Refused while a required ex-ante assessment is missing or 不予支持, or the goal is not approved (先审核、后入库).',
  })
  enterLibrary(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return enterLibrary(ctx, input);
  }

  @Mutation(() => ProjectYear, { description: 'IN_LIBRARY → APPROVED (批复) with the approved amount; issues the approved goal. Same guards as enterLibrary.' })
  approveBudget(@Arg('input', () => ProjectYearAmountInput) input: ProjectYearAmountInput, @Ctx() ctx: Context) {
    return approveBudget(ctx, input);
  }

  @Mutation(() => ProjectYear, { description: 'Sets the adjusted budget (调整后预算) of an APPROVED year (finance).' })
  adjustBudget(@Arg('input', () => ProjectYearAmountInput) input: ProjectYearAmountInput, @Ctx() ctx: Context) {
    return adjustBudget(ctx, input);
  }

  @Mutation(() => ProjectYear, { description: 'Records the executed amount (执行数) of an APPROVED or CLOSED year.' })
  recordExecution(@Arg('input', () => ProjectYearAmountInput) input: ProjectYearAmountInput, @Ctx() ctx: Context) {
    return recordExecution(ctx, input);
  }

  @Mutation(() => ProjectYear, { description: 'APPROVED → CLOSED at year end (finance).' })
  closeProjectYear(@Arg('input', () => WorkflowStepInput) input: WorkflowStepInput, @Ctx() ctx: Context) {
    return closeProjectYear(ctx, input);
  }
}
