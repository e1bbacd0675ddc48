import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { City, Province, Tenant, TenantKind } from './region.entities.js';

@ObjectType()
export class TenantConnection extends ConnectionType(Tenant, 'Tenant') {}

@InputType({ description: 'Narrows the tenant list; every condition must hold.' })
export class TenantFilter {
  @Field(() => TenantKind, { nullable: true })
  kind?: TenantKind;

  @Field(() => String, { nullable: true, description: 'Four-digit city code, e.g. 3704.' })
  cityCode?: string;
}

@Resolver(() => Tenant)
export class TenantResolver {
  @Query(() => TenantConnection, { description: 'Tenants your token may see, ordered by region code.' })
  async tenants(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TenantFilter, { nullable: true }) filter: TenantFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const where: FilterQuery<Tenant> = {};
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.cityCode) {
      const cities = await ctx.db.serial((em) => em.find(City, { code: filter.cityCode! }));
      where.cityId = { $in: cities.map((city) => city.id) };
    }
    return pageOf(ctx.db, Tenant, { where, sortColumn: 'code', ...page, cap: ctx.maxPageSize });
  }

  @Query(() => Tenant, { nullable: true, description: 'One tenant by region code; null if it is outside your scope.' })
  tenant(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantByCode.load(code);
  }

  @FieldResolver(() => Province)
  province(@Root() tenant: Tenant, @Ctx() ctx: Context) {
    return ctx.loaders.regions.provinceById.load(tenant.provinceId);
  }

  @FieldResolver(() => City, { nullable: true })
  city(@Root() tenant: Tenant, @Ctx() ctx: Context) {
    return tenant.cityId ? ctx.loaders.regions.cityById.load(tenant.cityId) : null;
  }
}
