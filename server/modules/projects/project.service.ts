import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { tenantForWrite } from '../regions/tenant.service.js';
import { Project } from './project.entity.js';
import type { CreateProjectInput, UpdateProjectInput } from './project.inputs.js';

/** The department must be visible and in the writer's tenant; RLS then checks department users. */
async function departmentInTenant(ctx: Context, departmentId: string, tenantId: string): Promise<void> {
  const department = await ctx.loaders.org.departmentById.load(departmentId);
  if (!department || department.tenantId !== tenantId) {
    throw badUserInput('departmentId', 'no such department in your tenant.');
  }
}

export async function createProject(ctx: Context, input: CreateProjectInput): Promise<Project> {
  const tenant = await tenantForWrite(ctx);
  await departmentInTenant(ctx, input.departmentId, tenant.id);
  return ctx.db.serial(async (em) => {
    const project = em.create(Project, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      departmentId: input.departmentId,
      code: input.code,
      name: input.name.trim(),
      fiscalYear: input.fiscalYear,
      kindCode: input.kindCode,
      budgetType: input.budgetType,
      approvedAmount: input.approvedAmount,
      version: 1,
    });
    await em.flush();
    return project;
  });
}

export async function updateProject(ctx: Context, input: UpdateProjectInput): Promise<Project> {
  const tenant = await tenantForWrite(ctx);
  const project = await ctx.loaders.projects.projectById.load(input.id);
  if (!project) throw notFound(`Project ${input.id}`);
  if (input.departmentId != null) await departmentInTenant(ctx, input.departmentId, tenant.id);
  return ctx.db.serial(async (em) => {
    await em.lock(project, LockMode.OPTIMISTIC, input.version);
    if (input.departmentId != null) project.departmentId = input.departmentId;
    if (input.code != null) project.code = input.code;
    if (input.name != null) project.name = input.name.trim();
    if (input.kindCode != null) project.kindCode = input.kindCode;
    if (input.budgetType != null) project.budgetType = input.budgetType;
    if (input.approvedAmount != null) project.approvedAmount = input.approvedAmount;
    await em.flush();
    return project;
  });
}
