import { raw, type FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '../../db/paging.js';
import { ConnectionType, PageArgs, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { Department } from '../org/department.entity.js';
import { Tenant } from '../regions/region.entities.js';
import { ProjectYear } from './project-year.entity.js';
import { Project } from './project.entity.js';
import { CreateProjectInput, UpdateProjectInput } from './project.inputs.js';
import { createProject, updateProject } from './project.service.js';

@ObjectType()
export class ProjectConnection extends ConnectionType(Project, 'Project') {}

@InputType({ description: 'Narrows the project list; every condition must hold.' })
export class ProjectFilter {
  @Field(() => String, { nullable: true, description: 'Only this tenant (region code); useful for province tokens.' })
  tenantCode?: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string;

  @Field(() => Int, { nullable: true, description: 'Only projects with a budget year in this fiscal year.' })
  fiscalYear?: number;

  @Field(() => String, { nullable: true, description: '一体化 project kind code, e.g. 31.' })
  kindCode?: string;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Project library entries your token may see, ordered by project code.' })
  async projects(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const where: FilterQuery<Project> = {};
    if (filter?.departmentId) where.departmentId = filter.departmentId;
    if (filter?.kindCode) where.kindCode = filter.kindCode;
    if (filter?.fiscalYear != null) {
      const hasYear = raw((alias) => `exists (select 1 from project_year y where y.tenant_id = ${alias}.tenant_id and y.project_id = ${alias}.id and y.fiscal_year = ?)`, [filter.fiscalYear]);
      Object.assign(where, { [hasYear]: true });
    }
    if (filter?.tenantCode) where.tenantId = await visibleTenantId(ctx, filter.tenantCode);
    return pageOf(ctx.db, Project, { where, sortColumn: 'code', ...page, cap: ctx.maxPageSize });
  }

  @Query(() => Project, { nullable: true, description: 'One project by id; null if it is outside your scope.' })
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.projects.projectById.load(id);
  }

  @FieldResolver(() => Department)
  department(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(project.departmentId);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The agency (预算单位) that runs it.' })
  agency(@Root() project: Project, @Ctx() ctx: Context) {
    return project.agencyId ? ctx.loaders.org.departmentById.load(project.agencyId) : null;
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(project.tenantId);
  }

  @FieldResolver(() => [ProjectYear], { description: 'Budget years of this project, oldest first.' })
  years(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.projects.yearsByProject.load(project.id);
  }

  @Mutation(() => Project, { description: 'Adds a project library entry (COUNTY_ADMIN, or DEPARTMENT_USER for its own department).' })
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: Context) {
    return createProject(ctx, input);
  }

  @Mutation(() => Project, { description: 'Changes a project library entry. Fails with CONFLICT if `version` is stale.' })
  updateProject(@Arg('input', () => UpdateProjectInput) input: UpdateProjectInput, @Ctx() ctx: Context) {
    return updateProject(ctx, input);
  }
}

@Resolver(() => Department)
export class DepartmentProjectsResolver {
  @FieldResolver(() => [Project], { description: 'The first projects of this department by code (at most the page-size cap).' })
  projects(
    @Root() department: Department,
    @Arg('fiscalYear', () => Int, { nullable: true, description: 'Only projects with a budget year in this fiscal year.' }) fiscalYear: number | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Ctx() ctx: Context,
  ) {
    const size = pageSize(first, ctx.maxPageSize);
    return ctx.loaders.projects.projectsByDepartment({ fiscalYear, first: size }).load(department.id);
  }
}
