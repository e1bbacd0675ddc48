import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { requireVersion } from '../../workflow/state-machine.js';
import { tenantForWrite } from '../regions/tenant.service.js';
import { Project } from './project.entity.js';
import type { CreateProjectInput, UpdateProjectInput } from './project.inputs.js';

/** The department must be visible and in the writer's tenant; RLS then checks department users. */
export async function departmentInTenant(ctx: Context, field: string, departmentId: string, tenantId: string): Promise<void> {
  const department = await ctx.loaders.org.departmentById.load(departmentId);
  if (!department || department.tenantId !== tenantId) {
    throw badUserInput(field, 'no such department in your tenant.');
  }
}

/** A project the caller can see, or NOT_FOUND. */
export async function visibleProject(ctx: Context, id: string): Promise<Project> {
  const project = await ctx.loaders.projects.projectById.load(id);
  if (!project) throw notFound(`Project ${id}`);
  return project;
}

export async function createProject(ctx: Context, input: CreateProjectInput): Promise<Project> {
  const tenant = await tenantForWrite(ctx);
  await departmentInTenant(ctx, 'departmentId', input.departmentId, tenant.id);
  if (input.agencyId) await departmentInTenant(ctx, 'agencyId', input.agencyId, tenant.id);
  return ctx.db.serial(async (em) => {
    const project = em.create(Project, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      departmentId: input.departmentId,
      agencyId: input.agencyId ?? null,
      code: input.code,
      name: input.name.trim(),
      kindCode: input.kindCode,
      nature: input.nature,
      termYears: input.termYears,
      isPolicy: input.isPolicy,
      transferKind: input.transferKind ?? null,
      issuingLevel: input.issuingLevel ?? null,
      setupYear: input.setupYear ?? null,
      version: 1,
    });
    await em.flush();
    return project;
  });
}

export async function updateProject(ctx: Context, input: UpdateProjectInput): Promise<Project> {
  const tenant = await tenantForWrite(ctx);
  const project = await visibleProject(ctx, input.id);
  requireVersion('project', project, input.version);
  if (input.departmentId != null) await departmentInTenant(ctx, 'departmentId', input.departmentId, tenant.id);
  return ctx.db.serial(async (em) => {
    // Moving the project moves its years too (composite foreign key ON UPDATE CASCADE).
    if (input.departmentId != null) project.departmentId = input.departmentId;
    if (input.code != null) project.code = input.code;
    if (input.name != null) project.name = input.name.trim();
    if (input.kindCode != null) project.kindCode = input.kindCode;
    if (input.nature != null) project.nature = input.nature;
    if (input.termYears != null) project.termYears = input.termYears;
    if (input.isPolicy != null) project.isPolicy = input.isPolicy;
    await em.flush();
    return project;
  });
}
