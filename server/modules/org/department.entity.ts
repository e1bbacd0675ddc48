// 预算部门 / 预算单位: the departments (first-level budget units) and the units under them.
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@Entity({ tableName: 'department' })
@ObjectType({ description: '预算部门: a department of a tenant (一级预算单位), or a unit under one.' })
export class Department {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'string', length: 21 })
  @Field(() => String, { description: 'Department code (部门编码), unique within the tenant.' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True for 一级预算单位 (first-level departments, which have no parent).' })
  isFirstLevel!: boolean;

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
