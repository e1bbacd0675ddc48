import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { requireVersion } from '../../workflow/state-machine.js';
import { requireCountyAdmin, tenantForWrite } from '../regions/tenant.service.js';
import { Expert } from './expert.entity.js';
import type { CreateExpertInput, UpdateExpertInput } from './expert.inputs.js';

/**
 * The experts a panel names, checked: each once, each an active expert of the writer's pool.
 * Fails on the first offending entry of `field`.
 */
export async function panelOf(ctx: Context, tenantId: string, expertIds: string[], field = 'expertIds'): Promise<Expert[]> {
  if (new Set(expertIds).size !== expertIds.length) throw badUserInput(field, 'names the same expert twice; list each expert once.');
  const experts = await Promise.all(expertIds.map((id) => ctx.loaders.keyEvaluation.expertById.load(id)));
  experts.forEach((expert, i) => {
    if (!expert || expert.tenantId !== tenantId) throw badUserInput(`${field}[${i}]`, 'no such expert in your pool; add them with createExpert first.');
    if (!expert.active) throw badUserInput(`${field}[${i}]`, `${expert.name} is inactive; reactivate them with updateExpert or choose another expert.`);
  });
  return experts as Expert[];
}

export async function createExpert(ctx: Context, input: CreateExpertInput): Promise<Expert> {
  const tenant = await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'maintains the expert pool');
  return ctx.db.serial(async (em) => {
    const expert = em.create(Expert, {
      tenantId: tenant.id,
      id: crypto.randomUUID(),
      name: input.name.trim(),
      specialty: input.specialty,
      organization: input.organization?.trim() ?? null,
      active: true,
      version: 1,
    });
    await em.flush();
    return expert;
  });
}

export async function updateExpert(ctx: Context, input: UpdateExpertInput): Promise<Expert> {
  await tenantForWrite(ctx);
  requireCountyAdmin(ctx, 'maintains the expert pool');
  const expert = await ctx.loaders.keyEvaluation.expertById.load(input.id);
  if (!expert) throw notFound(`Expert ${input.id}`);
  requireVersion('expert', expert, input.version);
  return ctx.db.serial(async (em) => {
    if (input.name != null) expert.name = input.name.trim();
    if (input.specialty != null) expert.specialty = input.specialty;
    if (input.organization != null) expert.organization = input.organization.trim();
    if (input.active != null) expert.active = input.active;
    await em.flush();
    return expert;
  });
}
