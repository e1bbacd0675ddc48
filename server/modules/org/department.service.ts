import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { badUserInput, forbidden, notFound } from '../../graphql/errors.js';
import { tenantForWrite } from '../regions/tenant.service.js';
import { Department } from './department.entity.js';
import type { CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs.js';

function requireCountyAdmin(ctx: Context): void {
  if (ctx.scope.role !== 'COUNTY_ADMIN') {
    throw forbidden('Only the county finance bureau (COUNTY_ADMIN) maintains departments.');
  }
}

export async function createDepartment(ctx: Context, input: CreateDepartmentInput): Promise<Department> {
  requireCountyAdmin(ctx);
  const tenant = await tenantForWrite(ctx);
  if (input.parentId) {
    const parent = await ctx.loaders.org.departmentById.load(input.parentId);
    if (!parent) throw badUserInput('parentId', 'no such department in your tenant.');
  }
  return ctx.db.serial(async (em) => {
    const department = em.create(Department, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      code: input.code,
      name: input.name.trim(),
      parentId: input.parentId ?? null,
      isFirstLevel: !input.parentId,
      version: 1,
    });
    await em.flush();
    return department;
  });
}

export async function updateDepartment(ctx: Context, input: UpdateDepartmentInput): Promise<Department> {
  requireCountyAdmin(ctx);
  await tenantForWrite(ctx);
  const department = await ctx.loaders.org.departmentById.load(input.id);
  if (!department) throw notFound(`Department ${input.id}`);
  return ctx.db.serial(async (em) => {
    await em.lock(department, LockMode.OPTIMISTIC, input.version);
    if (input.code != null) department.code = input.code;
    if (input.name != null) department.name = input.name.trim();
    await em.flush();
    return department;
  });
}
