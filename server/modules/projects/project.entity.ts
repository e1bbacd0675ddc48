// 项目 / 项目年度预算: a project's budget for one fiscal year (first cut; the lifecycle issue adds
// the project library and the full budget fields).
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { DecimalScalar } from '../../graphql/scalars.js';

/** 四本预算: the four budgets a project can be funded from. */
export enum BudgetType {
  GENERAL_PUBLIC = 'GENERAL_PUBLIC',
  GOV_FUND = 'GOV_FUND',
  STATE_CAPITAL = 'STATE_CAPITAL',
  SOCIAL_INSURANCE = 'SOCIAL_INSURANCE',
}

export const BUDGET_TYPE_LABELS: Record<BudgetType, string> = {
  GENERAL_PUBLIC: '一般公共预算',
  GOV_FUND: '政府性基金预算',
  STATE_CAPITAL: '国有资本经营预算',
  SOCIAL_INSURANCE: '社会保险基金预算',
};

registerEnumType(BudgetType, {
  name: 'BudgetType',
  description: '四本预算: which budget funds the project.',
  valuesConfig: Object.fromEntries(Object.entries(BUDGET_TYPE_LABELS).map(([key, label]) => [key, { description: label }])),
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

@Entity({ tableName: 'project' })
@ObjectType({ description: '项目: a project budget of one department for one fiscal year.' })
export class Project extends TenantRow<'kindLabel' | 'budgetTypeLabel'> {
  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'string', length: 21 })
  @Field(() => String, { description: '项目代码, unique within the tenant and fiscal year.' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int)
  fiscalYear!: number;

  @Property({ type: 'string', length: 4 })
  @Field(() => String, { description: '一体化 project kind code: 1, 21, 22, 31, 32 or 33.' })
  kindCode!: string;

  @Enum({ items: () => BudgetType, nativeEnumName: 'budget_type' })
  @Field(() => BudgetType)
  budgetType!: BudgetType;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: '批复数: the approved budget, in yuan.' })
  approvedAmount!: string;


  @Field(() => String, { description: 'Chinese label of `kindCode`.' })
  get kindLabel(): string {
    return PROJECT_KIND_LABELS[this.kindCode] ?? this.kindCode;
  }

  @Field(() => String, { description: 'Chinese label of `budgetType`.' })
  get budgetTypeLabel(): string {
    return BUDGET_TYPE_LABELS[this.budgetType];
  }
}
