// 项目库: a project library entry (code, department/agency, kind, nature, term, policy and
// transfer-payment attributes). Its budgets per fiscal year are ProjectYear rows.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';

export enum ProjectNature {
  NEW = 'NEW',
  CONTINUING = 'CONTINUING',
}
export const PROJECT_NATURE_LABELS = registerLabelledEnum(ProjectNature, {
  name: 'ProjectNature',
  description: '新增 or 延续: whether the project is new this year or continues.',
  labels: { NEW: '新增项目', CONTINUING: '延续项目' },
});

export enum TransferKind {
  SHARED_AUTHORITY = 'SHARED_AUTHORITY',
  SPECIAL = 'SPECIAL',
  GENERAL = 'GENERAL',
}
export const TRANSFER_KIND_LABELS = registerLabelledEnum(TransferKind, {
  name: 'TransferKind',
  description: 'Kind of transfer payment (转移支付) funding the project.',
  labels: { SHARED_AUTHORITY: '共同财政事权转移支付', SPECIAL: '专项转移支付', GENERAL: '一般性转移支付' },
});

export enum IssuingLevel {
  CENTRAL = 'CENTRAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
}
export const ISSUING_LEVEL_LABELS = registerLabelledEnum(IssuingLevel, {
  name: 'IssuingLevel',
  description: 'Which level issued a transfer payment (下达级次).',
  labels: { CENTRAL: '中央下达', PROVINCIAL: '省级下达', CITY: '市级下达' },
});

/** 一体化 project kind codes; goals are required for 22 and 3x. Mirrors table project_kind. */
export const PROJECT_KIND_LABELS: Record<string, string> = {
  '1': '人员类',
  '21': '公用经费',
  '22': '其他运转类',
  '31': '部门预算项目',
  '32': '专项资金项目',
  '33': '其他特定目标类项目',
};

/** Kinds whose project years need an approved performance goal (22 其他运转类, 3x 特定目标类). */
export function kindRequiresGoal(kindCode: string): boolean {
  return kindCode === '22' || kindCode.startsWith('3');
}

@Entity({ tableName: 'project' })
@ObjectType({ description: '项目库 entry: a project of a department, budgeted year by year (see `years`).' })
export class Project extends TenantRow<'kindLabel' | 'natureLabel' | 'transferKindLabel' | 'issuingLevelLabel'> {
  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Property({ type: 'string', length: 21 })
  @Field(() => String, { description: '项目代码, unique within the tenant.' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 4 })
  @Field(() => String, { description: '一体化 project kind code: 1, 21, 22, 31, 32 or 33.' })
  kindCode!: string;

  @Enum({ items: () => ProjectNature, nativeEnumName: 'project_nature' })
  @Field(() => ProjectNature)
  nature!: ProjectNature;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Planned duration in years (项目期限); 3 or more triggers ex-ante assessment by default.' })
  termYears!: number;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'A major policy (重大政策) rather than a project.' })
  isPolicy!: boolean;

  @Enum({ items: () => TransferKind, nativeEnumName: 'transfer_kind', nullable: true })
  @Field(() => TransferKind, { nullable: true })
  transferKind!: TransferKind | null;

  @Enum({ items: () => IssuingLevel, nativeEnumName: 'issuing_level', nullable: true })
  @Field(() => IssuingLevel, { nullable: true })
  issuingLevel!: IssuingLevel | null;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: '设立年度.' })
  setupYear!: number | null;

  @Field(() => String, { description: 'Chinese label of `kindCode`.' })
  get kindLabel(): string {
    return PROJECT_KIND_LABELS[this.kindCode] ?? this.kindCode;
  }

  @Field(() => String)
  get natureLabel(): string {
    return PROJECT_NATURE_LABELS[this.nature];
  }

  @Field(() => String, { nullable: true })
  get transferKindLabel(): string | null {
    return this.transferKind ? TRANSFER_KIND_LABELS[this.transferKind] : null;
  }

  @Field(() => String, { nullable: true })
  get issuingLevelLabel(): string | null {
    return this.issuingLevel ? ISSUING_LEVEL_LABELS[this.issuingLevel] : null;
  }
}
