// 预算部门 / 预算单位: the departments (first-level budget units) and the units under them.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';

export enum OrgKind {
  DEPARTMENT = 'DEPARTMENT',
  AGENCY = 'AGENCY',
  TOWNSHIP = 'TOWNSHIP',
}
export const ORG_KIND_LABELS = registerLabelledEnum(OrgKind, {
  name: 'OrgKind',
  description: 'Kind of org unit.',
  labels: { DEPARTMENT: '预算部门', AGENCY: '预算单位', TOWNSHIP: '乡镇（街道）' },
});

@Entity({ tableName: 'department' })
@ObjectType({ description: '预算部门: a department of a tenant (一级预算单位), or a unit under one.' })
export class Department extends TenantRow<'kindLabel'> {
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

  @Enum({ items: () => OrgKind, nativeEnumName: 'org_kind' })
  @Field(() => OrgKind)
  kind!: OrgKind;

  @Field(() => String)
  get kindLabel(): string {
    return ORG_KIND_LABELS[this.kind];
  }
}
