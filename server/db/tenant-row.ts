import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Columns every tenant-owned, versioned row shares: the (tenant_id, id) key, the optimistic-
 * concurrency version and timestamps. See server/db/CONVENTIONS.md.
 */
@Entity({ abstract: true })
@ObjectType()
export abstract class TenantRow<Computed extends string = never> {
  /** Properties `em.create` does not require: defaults, and getters (`Computed`) of subclasses. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Computed;

  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Changes on every update; send it back with an update to detect concurrent edits.' })
  version!: number;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date = new Date();
}
