// 预算部门 / 预算单位: the departments (first-level budget units) and the units under them.
import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';

@Entity({ tableName: 'department' })
@ObjectType({ description: '预算部门: a department of a tenant (一级预算单位), or a unit under one.' })
export class Department extends TenantRow {
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
}
