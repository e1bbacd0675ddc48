import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '../../db/paging.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { Tenant } from '../regions/region.entities.js';
import { AuditEvent, ProvinceAuditEvent } from './audit-event.entity.js';

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

@ObjectType()
export class ProvinceAuditEventConnection extends ConnectionType(ProvinceAuditEvent, 'ProvinceAuditEvent') {}

@InputType({ description: 'Narrows the audit log.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Table name, e.g. performance_goal.' })
  entity?: string;

  @Field(() => ID, { nullable: true })
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'Token subject of the actor.' })
  actor?: string;
}

const READERS = ['COUNTY_ADMIN', 'PROVINCE_ADMIN', 'PROVINCE_ANALYST'];

function requireReader(ctx: Context): void {
  if (!READERS.includes(ctx.scope.role)) {
    throw forbidden(`The audit log is read by county admins and the province; your role is ${ctx.scope.role}.`);
  }
}

function auditWhere<T extends { entity: string; entityId: string | null; actorSubject: string }>(filter?: AuditFilter): FilterQuery<T> {
  const where: Record<string, unknown> = {};
  if (filter?.entity) where.entity = filter.entity;
  if (filter?.entityId) where.entityId = filter.entityId;
  if (filter?.actor) where.actorSubject = filter.actor;
  return where as FilterQuery<T>;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'Audited changes of tenant data, oldest first (county admins: their tenant; province: its tenants).' })
  auditLog(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    requireReader(ctx);
    return pageOf(ctx.db, AuditEvent, { where: auditWhere<AuditEvent>(filter), sortColumn: 'occurredAt', ...page, cap: ctx.maxPageSize });
  }

  @Query(() => ProvinceAuditEventConnection, { description: 'Audited changes of province-owned data (county admins see those about their tenant).' })
  provinceAuditLog(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    requireReader(ctx);
    return pageOf(ctx.db, ProvinceAuditEvent, { where: auditWhere<ProvinceAuditEvent>(filter), sortColumn: 'occurredAt', ...page, cap: ctx.maxPageSize });
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() event: AuditEvent, @Ctx() ctx: Context) {
    return ctx.loaders.regions.tenantById.load(event.tenantId);
  }
}
