import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { Tenant } from '../regions/region.entities.js';
import { Department } from './department.entity.js';
import { CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs.js';
import { createDepartment, updateDepartment } from './department.service.js';

@ObjectType()
export class DepartmentConnection extends ConnectionType(Department, 'Department') {}

@InputType({ description: 'Narrows the department list; every condition must hold.' })
export class DepartmentFilter {
  @Field(() => String, { nullable: true, description: 'Only this tenant (region code); useful for province tokens.' })
  tenantCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only 一级预算单位; false: only units under them.' })
  isFirstLevel?: boolean;
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, { description: 'Departments your token may see, ordered by code.' })
  async departments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DepartmentFilter, { nullable: true }) filter: DepartmentFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const where: FilterQuery<Department> = {};
    if (filter?.isFirstLevel != null) where.isFirstLevel = filter.isFirstLevel;
    if (filter?.tenantCode) where.tenantId = await visibleTenantId(ctx, filter.tenantCode);
    return pageOf(ctx.db, Department, { where, sortColumn: 'code', ...page, cap: ctx.maxPageSize });
  }

  @Query(() => Department, { nullable: true, description: 'One department by id; null if it is outside your scope.' })
  department(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentById.load(id);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() department: Department, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(department.tenantId);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department this unit belongs to.' })
  parent(@Root() department: Department, @Ctx() ctx: Context) {
    return department.parentId ? ctx.loaders.org.departmentById.load(department.parentId) : null;
  }

  @FieldResolver(() => [Department], { description: 'Units directly under this department.' })
  children(@Root() department: Department, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentsByParent.load(department.id);
  }

  @Mutation(() => Department, { description: 'Adds a department (COUNTY_ADMIN).' })
  createDepartment(@Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput, @Ctx() ctx: Context) {
    return createDepartment(ctx, input);
  }

  @Mutation(() => Department, { description: 'Changes a department (COUNTY_ADMIN). Fails with CONFLICT if `version` is stale.' })
  updateDepartment(@Arg('input', () => UpdateDepartmentInput) input: UpdateDepartmentInput, @Ctx() ctx: Context) {
    return updateDepartment(ctx, input);
  }
}

@Resolver(() => Tenant)
export class TenantDepartmentsResolver {
  @FieldResolver(() => [Department], { description: 'All departments and units of this tenant, ordered by code.' })
  departments(@Root() tenant: Tenant, @Ctx() ctx: Context) {
    return ctx.loaders.org.departmentsByTenant.load(tenant.id);
  }
}
