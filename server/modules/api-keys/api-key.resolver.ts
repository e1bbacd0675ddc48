import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '../../db/paging.js';
import { PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Province, Tenant } from '../regions/region.entities.js';
import { visibleTenantId } from '../regions/tenant.service.js';
import { ApiKey, ApiKeyStatus } from './api-key.entity.js';
import { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs.js';
import { createApiKey, requireKeyAdmin, revokeApiKey } from './api-key.service.js';
import { ApiKeyConnection, CreatedApiKey } from './api-key.types.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, {
    description: 'API keys you manage, by name: a province admin sees its province’s keys and its tenants’, a county admin its tenant’s. Never the keys themselves.',
  })
  async apiKeys(
    @Arg('tenantCode', () => String, { nullable: true, description: 'Only the keys of this tenant (region code).' }) tenantCode: string | undefined,
    @Arg('status', () => ApiKeyStatus, { nullable: true }) status: ApiKeyStatus | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    requireKeyAdmin(ctx);
    const where: FilterQuery<ApiKey> = {};
    if (tenantCode) where.scopeTenantId = await visibleTenantId(ctx, tenantCode);
    if (status) where.revokedAt = status === ApiKeyStatus.ACTIVE ? null : { $ne: null };
    return pageOf(ctx.db, ApiKey, { where, sortColumn: 'name', ...page, cap: ctx.maxPageSize });
  }

  @FieldResolver(() => Province)
  province(@Root() apiKey: ApiKey, @Ctx() ctx: Context) {
    return ctx.loaders.regions.provinceById.load(apiKey.provinceId);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: 'The one tenant the key reads; null for a province-wide key.' })
  tenant(@Root() apiKey: ApiKey, @Ctx() ctx: Context) {
    return apiKey.scopeTenantId ? ctx.loaders.regions.tenantById.load(apiKey.scopeTenantId) : null;
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Creates an API key for a BI tool (PROVINCE_ADMIN: its province or one of its tenants; COUNTY_ADMIN: its tenant). The key is in the answer only.',
  })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    return createApiKey(ctx, input);
  }

  @Mutation(() => ApiKey, { description: 'Revokes an API key; servers refuse it within API_KEY_CACHE_SECONDS.' })
  revokeApiKey(@Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput, @Ctx() ctx: Context) {
    return revokeApiKey(ctx, input);
  }
}
