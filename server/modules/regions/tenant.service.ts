import { canWriteTenantData } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import type { Tenant } from './region.entities.js';

/**
 * The tenant a write goes to: the one tenant of a county admin or department user. Province
 * roles and BI readers are refused here, before any SQL; RLS would refuse them too.
 */
export async function tenantForWrite(ctx: Context): Promise<Tenant> {
  if (!canWriteTenantData(ctx.scope) || !ctx.scope.tenant) {
    throw forbidden(`${ctx.scope.role} tokens are read-only for tenant data; county admins and department users make changes.`);
  }
  const tenant = await ctx.loaders.regions.tenantByCode.load(ctx.scope.tenant);
  if (!tenant) throw forbidden(`Your token's tenant ${ctx.scope.tenant} is not visible.`);
  return tenant;
}

/** Finance-bureau steps (reviews, approvals, library entry) belong to the county admin. */
export function requireCountyAdmin(ctx: Context, what: string): void {
  if (ctx.scope.role !== 'COUNTY_ADMIN') {
    throw forbidden(`Only the county finance bureau (COUNTY_ADMIN) ${what}; your role is ${ctx.scope.role}.`);
  }
}

/** Matches no row: a filter naming something out of scope reveals nothing either way. */
export const NO_ROWS = '00000000-0000-0000-0000-000000000000';

/** The id a tenant-code filter stands for; a code outside the caller's scope matches nothing. */
export async function visibleTenantId(ctx: Context, code: string): Promise<string> {
  const tenant = await ctx.loaders.regions.tenantByCode.load(code);
  return tenant?.id ?? NO_ROWS;
}
