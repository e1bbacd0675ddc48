import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { requireVersion } from '../../workflow/state-machine.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { Department, OrgKind } from './department.entity.js';
import type { CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs.js';

export async function createDepartment(ctx: Context, input: CreateDepartmentInput): Promise<Department> {
  requireCountyAdmin(ctx, 'maintains departments');
  const tenant = await tenantForWrite(ctx);
  if (input.parentId) {
    const parent = await ctx.loaders.org.departmentById.load(input.parentId);
    if (!parent) throw badUserInput('parentId', 'no such department in your tenant.');
  }
  const kind = input.kind ?? (input.parentId ? OrgKind.AGENCY : OrgKind.DEPARTMENT);
  return ctx.db.serial(async (em) => {
    const department = em.create(Department, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      code: input.code,
      name: input.name.trim(),
      parentId: input.parentId ?? null,
      isFirstLevel: kind === OrgKind.DEPARTMENT && !input.parentId,
      kind,
      version: 1,
    });
    await em.flush();
    return department;
  });
}

export async function updateDepartment(ctx: Context, input: UpdateDepartmentInput): Promise<Department> {
  requireCountyAdmin(ctx, 'maintains departments');
  await tenantForWrite(ctx);
  const department = await ctx.loaders.org.departmentById.load(input.id);
  if (!department) throw notFound(`Department ${input.id}`);
  requireVersion('department', department, input.version);
  return ctx.db.serial(async (em) => {
    if (input.code != null) department.code = input.code;
    if (input.name != null) department.name = input.name.trim();
    await em.flush();
    return department;
  });
}
