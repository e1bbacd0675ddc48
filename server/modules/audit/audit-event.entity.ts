// 审计日志: who changed what, when, in which tenant, with the row before and after. Written only
// by database triggers; the API reads it.
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

/** Columns both audit tables share. */
@ObjectType()
abstract class AuditEventFields {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  occurredAt!: Date;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The HTTP request that made the change.' })
  requestId!: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who: the token subject (or the database role for seeding).' })
  actorSubject!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The GraphQL mutation(s) of the request.' })
  operation!: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'INSERT, UPDATE or DELETE.' })
  action!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The table changed.' })
  entity!: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true, description: 'The row before (null for INSERT).' })
  before!: unknown;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true, description: 'The row after (null for DELETE).' })
  after!: unknown;
}

@Entity({ tableName: 'audit_event' })
@ObjectType({ description: 'An audited change of tenant data.' })
export class AuditEvent extends AuditEventFields {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;
}

@Entity({ tableName: 'province_audit_event' })
@ObjectType({ description: 'An audited change of province-owned data (schemes, reviews, indicator library).' })
export class ProvinceAuditEvent extends AuditEventFields {
  @PrimaryKey({ type: 'uuid' })
  provinceId!: string;

  @Property({ type: 'uuid', nullable: true })
  subjectTenantId!: string | null;
}
