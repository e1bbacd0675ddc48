// 项目年度预算: a project's budget for one fiscal year, from request (一上) through library entry
// (入库) and approval (批复) to execution.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';

export enum BudgetType {
  GENERAL_PUBLIC = 'GENERAL_PUBLIC',
  GOV_FUND = 'GOV_FUND',
  STATE_CAPITAL = 'STATE_CAPITAL',
  SOCIAL_INSURANCE = 'SOCIAL_INSURANCE',
}
export const BUDGET_TYPE_LABELS = registerLabelledEnum(BudgetType, {
  name: 'BudgetType',
  description: '四本预算: which budget funds the project.',
  labels: {
    GENERAL_PUBLIC: '一般公共预算',
    GOV_FUND: '政府性基金预算',
    STATE_CAPITAL: '国有资本经营预算',
    SOCIAL_INSURANCE: '社会保险基金预算',
  },
});

export enum FundSource {
  LOCAL = 'LOCAL',
  CENTRAL_TRANSFER = 'CENTRAL_TRANSFER',
  PROVINCIAL_TRANSFER = 'PROVINCIAL_TRANSFER',
  CITY_TRANSFER = 'CITY_TRANSFER',
  SPECIAL_BOND = 'SPECIAL_BOND',
  OTHER = 'OTHER',
}
export const FUND_SOURCE_LABELS = registerLabelledEnum(FundSource, {
  name: 'FundSource',
  description: '资金来源.',
  labels: {
    LOCAL: '本级财力',
    CENTRAL_TRANSFER: '中央转移支付',
    PROVINCIAL_TRANSFER: '省级转移支付',
    CITY_TRANSFER: '市级转移支付',
    SPECIAL_BOND: '专项债券',
    OTHER: '其他',
  },
});

export enum ProjectYearStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  IN_LIBRARY = 'IN_LIBRARY',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}
export const PROJECT_YEAR_STATUS_LABELS = registerLabelledEnum(ProjectYearStatus, {
  name: 'ProjectYearStatus',
  description: 'Where a project year stands in the budget process.',
  labels: {
    DRAFT: '编制中',
    SUBMITTED: '已申报',
    RETURNED: '已退回',
    IN_LIBRARY: '已入库',
    APPROVED: '已批复',
    REJECTED: '不予安排',
    CLOSED: '已结项',
  },
});

export enum PreAssessmentExemption {
  EMERGENCY = 'EMERGENCY',
  DISASTER_RELIEF = 'DISASTER_RELIEF',
  SUPERIOR_MANDATED = 'SUPERIOR_MANDATED',
}
export const PRE_ASSESSMENT_EXEMPTION_LABELS = registerLabelledEnum(PreAssessmentExemption, {
  name: 'PreAssessmentExemption',
  description: 'Why a project year needs no ex-ante assessment although a trigger matches.',
  labels: { EMERGENCY: '突发事件', DISASTER_RELIEF: '救灾', SUPERIOR_MANDATED: '上级明确要求' },
});

/** The budget process of a project year; finance steps are checked in the service. */
export const PROJECT_YEAR_WORKFLOW = defineWorkflow<ProjectYearStatus, 'submit' | 'return' | 'reject' | 'enterLibrary' | 'approveBudget' | 'close'>({
  subject: 'project year',
  actions: {
    submit: { from: [ProjectYearStatus.DRAFT, ProjectYearStatus.RETURNED], to: ProjectYearStatus.SUBMITTED },
    return: { from: [ProjectYearStatus.SUBMITTED, ProjectYearStatus.IN_LIBRARY], to: ProjectYearStatus.RETURNED },
    reject: { from: [ProjectYearStatus.SUBMITTED, ProjectYearStatus.IN_LIBRARY], to: ProjectYearStatus.REJECTED },
    enterLibrary: { from: [ProjectYearStatus.SUBMITTED], to: ProjectYearStatus.IN_LIBRARY },
    approveBudget: { from: [ProjectYearStatus.IN_LIBRARY], to: ProjectYearStatus.APPROVED },
    close: { from: [ProjectYearStatus.APPROVED], to: ProjectYearStatus.CLOSED },
  },
});

@Entity({ tableName: 'project_year' })
@ObjectType({ description: '项目年度预算: the budget of one project for one fiscal year. Amounts in yuan.' })
export class ProjectYear extends TenantRow<'currentAmount' | 'budgetTypeLabel' | 'fundSourceLabel' | 'statusLabel' | 'allowedActions'> {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  /** The project's code, kept equal to it by the database (the list's order; see migration 0015). */
  @Property({ type: 'string', length: 21 })
  projectCode!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int)
  fiscalYear!: number;

  @Enum({ items: () => BudgetType, nativeEnumName: 'budget_type' })
  @Field(() => BudgetType)
  budgetType!: BudgetType;

  @Enum({ items: () => FundSource, nativeEnumName: 'fund_source' })
  @Field(() => FundSource)
  fundSource!: FundSource;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '专项债券 funded.' })
  isSpecialBond!: boolean;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: '申报数: requested.' })
  requestedAmount!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: '批复数: approved.' })
  approvedAmount!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '调整后预算数: after mid-year adjustment.' })
  adjustedAmount!: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: '执行数: spent so far / at year end.' })
  executedAmount!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '上年预算: last year’s budget, for the growth triggers of ex-ante assessment.' })
  previousYearAmount!: string | null;

  @Enum({ items: () => PreAssessmentExemption, nativeEnumName: 'pre_assessment_exemption', nullable: true })
  @Field(() => PreAssessmentExemption, { nullable: true })
  preAssessmentExemption!: PreAssessmentExemption | null;

  @Enum({ items: () => ProjectYearStatus, nativeEnumName: 'project_year_status' })
  @Field(() => ProjectYearStatus)
  status!: ProjectYearStatus;

  @Field(() => DecimalScalar, { description: '变动后预算数: the adjusted amount if any, else the approved one.' })
  get currentAmount(): string {
    return this.adjustedAmount ?? this.approvedAmount;
  }

  @Field(() => String)
  get budgetTypeLabel(): string {
    return BUDGET_TYPE_LABELS[this.budgetType];
  }

  @Field(() => String)
  get fundSourceLabel(): string {
    return FUND_SOURCE_LABELS[this.fundSource];
  }

  @Field(() => String)
  get statusLabel(): string {
    return PROJECT_YEAR_STATUS_LABELS[this.status];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(PROJECT_YEAR_WORKFLOW, this.status);
  }
}
