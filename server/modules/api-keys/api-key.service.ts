import { LockMode } from '@mikro-orm/core';
import { generateApiKey } from '../../auth/api-keys.js';
import type { Context } from '../../graphql/context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { next } from '../../workflow/state-machine.js';
import { API_KEY_WORKFLOW, ApiKey } from './api-key.entity.js';
import type { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs.js';
import type { CreatedApiKey } from './api-key.types.js';

/**
 * Province admins manage their province's keys (province-wide and their tenants'), county admins
 * their own tenant's. Row-level security enforces the same; this says it before any SQL.
 */
export function requireKeyAdmin(ctx: Context): void {
  const { role } = ctx.scope;
  if (role !== 'PROVINCE_ADMIN' && role !== 'COUNTY_ADMIN') {
    throw forbidden(`Only a PROVINCE_ADMIN or a COUNTY_ADMIN manages API keys; your role is ${role}.`);
  }
}

/** Where a new key reads: the admin's province, or one tenant within the admin's scope. */
async function scopeOfNewKey(ctx: Context, tenantCode: string | undefined): Promise<{ provinceId: string; scopeTenantId: string | null }> {
  const { role, province, tenant } = ctx.scope;
  if (role === 'COUNTY_ADMIN' && tenantCode !== tenant) {
    throw forbidden(
      tenantCode
        ? `A county admin creates keys for its own tenant (${tenant}) only, not for ${tenantCode}.`
        : `A county admin creates keys for its own tenant only: give tenantCode "${tenant}". A key for the whole province needs a PROVINCE_ADMIN.`,
    );
  }
  if (!tenantCode) {
    const found = await ctx.loaders.regions.provinceByCode.load(province!);
    if (!found) throw forbidden(`Your token's province ${province} is not registered.`);
    return { provinceId: found.id, scopeTenantId: null };
  }
  // Row-level security shows a province admin the tenants of its province only.
  const found = await ctx.loaders.regions.tenantByCode.load(tenantCode);
  if (!found) throw forbidden(`Tenant ${tenantCode} is not one of your province's (${province}) tenants; keys can be created for those only.`);
  return { provinceId: found.provinceId, scopeTenantId: found.id };
}

export async function createApiKey(ctx: Context, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  requireKeyAdmin(ctx);
  const scope = await scopeOfNewKey(ctx, input.tenantCode);
  const { key, prefix, hash } = generateApiKey();
  const apiKey = await ctx.db.serial(async (em) => {
    const row = em.create(ApiKey, {
      ...scope,
      id: crypto.randomUUID(),
      name: input.name.trim(),
      prefix,
      hash,
      createdBy: ctx.scope.subject,
      lastUsedAt: null,
      revokedAt: null,
      revokedBy: null,
      version: 1,
    });
    await em.flush();
    return row;
  });
  return { key, apiKey };
}

/** Revoked keys stay listed, so who used which key remains on record. */
export async function revokeApiKey(ctx: Context, input: RevokeApiKeyInput): Promise<ApiKey> {
  requireKeyAdmin(ctx);
  const apiKey = await ctx.loaders.apiKeys.apiKeyById.load(input.id);
  if (!apiKey) throw notFound(`API key ${input.id}`);
  next(API_KEY_WORKFLOW, apiKey.status, 'revoke');
  return ctx.db.serial(async (em) => {
    await em.lock(apiKey, LockMode.OPTIMISTIC, input.version);
    apiKey.revokedAt = new Date();
    apiKey.revokedBy = ctx.scope.subject;
    apiKey.updatedAt = new Date();
    await em.flush();
    return apiKey;
  });
}
