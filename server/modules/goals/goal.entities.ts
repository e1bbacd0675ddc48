// 绩效目标: performance goals of project years and departments (部门整体), their indicators
// (产出/效益/满意度 → 二级 → 三级 with comparator, target, unit and weight), their reviews (目标审核)
// and the indicator library (指标库: 共性 from the province, 个性 of the tenant).
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';

export enum IndicatorLevel1 {
  OUTPUT = 'OUTPUT',
  BENEFIT = 'BENEFIT',
  SATISFACTION = 'SATISFACTION',
  COST = 'COST',
}
export const INDICATOR_LEVEL1_LABELS = registerLabelledEnum(IndicatorLevel1, {
  name: 'IndicatorLevel1',
  description: '一级指标.',
  labels: { OUTPUT: '产出指标', BENEFIT: '效益指标', SATISFACTION: '满意度指标', COST: '成本指标' },
});

export enum IndicatorLevel2 {
  QUANTITY = 'QUANTITY',
  QUALITY = 'QUALITY',
  TIMELINESS = 'TIMELINESS',
  COST = 'COST',
  ECONOMIC = 'ECONOMIC',
  SOCIAL = 'SOCIAL',
  ECOLOGICAL = 'ECOLOGICAL',
  SUSTAINABLE = 'SUSTAINABLE',
  SATISFACTION = 'SATISFACTION',
  ECONOMIC_COST = 'ECONOMIC_COST',
  SOCIAL_COST = 'SOCIAL_COST',
  ECOLOGICAL_COST = 'ECOLOGICAL_COST',
}
export const INDICATOR_LEVEL2_LABELS = registerLabelledEnum(IndicatorLevel2, {
  name: 'IndicatorLevel2',
  description: '二级指标.',
  labels: {
    QUANTITY: '数量指标',
    QUALITY: '质量指标',
    TIMELINESS: '时效指标',
    COST: '成本指标',
    ECONOMIC: '经济效益指标',
    SOCIAL: '社会效益指标',
    ECOLOGICAL: '生态效益指标',
    SUSTAINABLE: '可持续影响指标',
    SATISFACTION: '服务对象满意度指标',
    ECONOMIC_COST: '经济成本指标',
    SOCIAL_COST: '社会成本指标',
    ECOLOGICAL_COST: '生态环境成本指标',
  },
});

/** Which level-2 indicators belong under which level-1. */
export const LEVEL2_OF: Record<IndicatorLevel1, IndicatorLevel2[]> = {
  OUTPUT: [IndicatorLevel2.QUANTITY, IndicatorLevel2.QUALITY, IndicatorLevel2.TIMELINESS, IndicatorLevel2.COST],
  BENEFIT: [IndicatorLevel2.ECONOMIC, IndicatorLevel2.SOCIAL, IndicatorLevel2.ECOLOGICAL, IndicatorLevel2.SUSTAINABLE],
  SATISFACTION: [IndicatorLevel2.SATISFACTION],
  COST: [IndicatorLevel2.ECONOMIC_COST, IndicatorLevel2.SOCIAL_COST, IndicatorLevel2.ECOLOGICAL_COST],
};

export enum Comparator {
  GTE = 'GTE',
  GT = 'GT',
  EQ = 'EQ',
  LTE = 'LTE',
  LT = 'LT',
  QUALITATIVE = 'QUALITATIVE',
}
export const COMPARATOR_LABELS = registerLabelledEnum(Comparator, {
  name: 'Comparator',
  description: 'How an indicator’s actual value is compared with its target.',
  labels: { GTE: '≥', GT: '>', EQ: '=', LTE: '≤', LT: '<', QUALITATIVE: '定性' },
});

export enum GoalSubject {
  PROJECT = 'PROJECT',
  DEPARTMENT = 'DEPARTMENT',
}
export const GOAL_SUBJECT_LABELS = registerLabelledEnum(GoalSubject, {
  name: 'GoalSubject',
  description: 'Whose goal it is.',
  labels: { PROJECT: '项目支出绩效目标', DEPARTMENT: '部门整体绩效目标' },
});

export enum GoalHorizon {
  ANNUAL = 'ANNUAL',
  OVERALL = 'OVERALL',
}
export const GOAL_HORIZON_LABELS = registerLabelledEnum(GoalHorizon, {
  name: 'GoalHorizon',
  description: '年度目标 or 总体（中期）目标.',
  labels: { ANNUAL: '年度目标', OVERALL: '总体目标' },
});

export enum GoalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ISSUED = 'ISSUED',
  SUPERSEDED = 'SUPERSEDED',
}
export const GOAL_STATUS_LABELS = registerLabelledEnum(GoalStatus, {
  name: 'GoalStatus',
  description: 'Where a goal version stands.',
  labels: {
    DRAFT: '编制中',
    SUBMITTED: '待审核',
    RETURNED: '退回修改',
    APPROVED: '审核通过',
    REJECTED: '审核不通过',
    ISSUED: '已批复',
    SUPERSEDED: '已被调整版本取代',
  },
});

export enum ReviewGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  MEDIUM = 'MEDIUM',
  POOR = 'POOR',
}
export const REVIEW_GRADE_LABELS = registerLabelledEnum(ReviewGrade, {
  name: 'ReviewGrade',
  description: 'Grade of a goal review: 优/良 approve, 中 returns for rework, 差 rejects.',
  labels: { EXCELLENT: '优', GOOD: '良', MEDIUM: '中', POOR: '差' },
});

/** What a review grade does to the goal. */
export const REVIEW_OUTCOME: Record<ReviewGrade, 'approve' | 'return' | 'reject'> = {
  EXCELLENT: 'approve',
  GOOD: 'approve',
  MEDIUM: 'return',
  POOR: 'reject',
};

export const GOAL_WORKFLOW = defineWorkflow<GoalStatus, 'edit' | 'submit' | 'approve' | 'return' | 'reject' | 'issue' | 'supersede'>({
  subject: 'performance goal',
  actions: {
    edit: { from: [GoalStatus.DRAFT, GoalStatus.RETURNED], to: GoalStatus.DRAFT },
    submit: { from: [GoalStatus.DRAFT, GoalStatus.RETURNED], to: GoalStatus.SUBMITTED },
    approve: { from: [GoalStatus.SUBMITTED], to: GoalStatus.APPROVED },
    return: { from: [GoalStatus.SUBMITTED], to: GoalStatus.RETURNED },
    reject: { from: [GoalStatus.SUBMITTED], to: GoalStatus.REJECTED },
    issue: { from: [GoalStatus.APPROVED], to: GoalStatus.ISSUED },
    supersede: { from: [GoalStatus.APPROVED, GoalStatus.ISSUED], to: GoalStatus.SUPERSEDED },
  },
});

@Entity({ tableName: 'performance_goal' })
@ObjectType({ description: '绩效目标: one version of the goal of a project year or a department for a fiscal year.' })
export class PerformanceGoal extends TenantRow<'statusLabel' | 'subjectLabel' | 'horizonLabel' | 'allowedActions'> {
  @Enum({ items: () => GoalSubject, nativeEnumName: 'goal_subject' })
  @Field(() => GoalSubject)
  subject!: GoalSubject;

  @Property({ type: 'uuid', nullable: true })
  projectYearId!: string | null;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int)
  fiscalYear!: number;

  @Enum({ items: () => GoalHorizon, nativeEnumName: 'goal_horizon' })
  @Field(() => GoalHorizon)
  horizon!: GoalHorizon;

  @Property({ type: 'text' })
  @Field(() => String, { description: '目标内容.' })
  goalText!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Version of the goal: 1, then one more for each adjustment (调整).' })
  versionNo!: number;

  @Property({ type: 'uuid', nullable: true })
  previousId!: string | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'The version in force.' })
  isCurrent!: boolean;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  adjustReason!: string | null;

  @Enum({ items: () => GoalStatus, nativeEnumName: 'goal_status' })
  @Field(() => GoalStatus)
  status!: GoalStatus;

  @Enum({ items: () => ReviewGrade, nativeEnumName: 'review_grade', nullable: true })
  @Field(() => ReviewGrade, { nullable: true, description: 'Grade of the latest review.' })
  reviewGrade!: ReviewGrade | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => String)
  get statusLabel(): string {
    return GOAL_STATUS_LABELS[this.status];
  }

  @Field(() => String)
  get subjectLabel(): string {
    return GOAL_SUBJECT_LABELS[this.subject];
  }

  @Field(() => String)
  get horizonLabel(): string {
    return GOAL_HORIZON_LABELS[this.horizon];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(GOAL_WORKFLOW, this.status);
  }
}

@Entity({ tableName: 'performance_indicator' })
@ObjectType({ description: '三级指标: a concrete indicator of a goal, under its level-1 and level-2 headings.' })
export class PerformanceIndicator extends TenantRow<'level1Label' | 'level2Label' | 'comparatorLabel'> {
  @Property({ type: 'uuid' })
  goalId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Enum({ items: () => IndicatorLevel1, nativeEnumName: 'indicator_level1' })
  @Field(() => IndicatorLevel1)
  level1!: IndicatorLevel1;

  @Enum({ items: () => IndicatorLevel2, nativeEnumName: 'indicator_level2' })
  @Field(() => IndicatorLevel2)
  level2!: IndicatorLevel2;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Enum({ items: () => Comparator, nativeEnumName: 'comparator' })
  @Field(() => Comparator)
  comparator!: Comparator;

  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: 'Target of a quantitative indicator.' })
  targetValue!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Target of a qualitative indicator, e.g. 效果明显.' })
  targetText!: string | null;

  @Property({ type: 'text' })
  @Field(() => String)
  unit!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  @Field(() => DecimalScalar, { description: 'Points of the indicator (分值).' })
  weight!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '共性 (from the indicator library) or 个性.' })
  isCommon!: boolean;

  @Property({ type: 'uuid', nullable: true })
  provinceIndicatorId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  tenantIndicatorId!: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int)
  sortOrder!: number;

  @Field(() => String)
  get level1Label(): string {
    return INDICATOR_LEVEL1_LABELS[this.level1];
  }

  @Field(() => String)
  get level2Label(): string {
    return INDICATOR_LEVEL2_LABELS[this.level2];
  }

  @Field(() => String)
  get comparatorLabel(): string {
    return COMPARATOR_LABELS[this.comparator];
  }
}

@Entity({ tableName: 'goal_review' })
@ObjectType({ description: '目标审核: a finance review of a goal version against 完整性、相关性、合理性、可衡量性.' })
export class GoalReview extends TenantRow<'gradeLabel'> {
  @Property({ type: 'uuid' })
  goalId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Enum({ items: () => ReviewGrade, nativeEnumName: 'review_grade' })
  @Field(() => ReviewGrade)
  grade!: ReviewGrade;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '完整性' })
  completeness!: boolean;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '相关性' })
  relevance!: boolean;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '合理性' })
  reasonableness!: boolean;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '可衡量性' })
  measurability!: boolean;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  opinion!: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who reviewed (token subject).' })
  reviewer!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  reviewedAt!: Date;

  @Field(() => String)
  get gradeLabel(): string {
    return REVIEW_GRADE_LABELS[this.grade];
  }
}

/** Fields a library indicator has, whoever owns it. */
@ObjectType()
abstract class LibraryIndicatorFields {
  @Property({ type: 'string', length: 21 })
  @Field(() => String)
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Enum({ items: () => IndicatorLevel1, nativeEnumName: 'indicator_level1' })
  @Field(() => IndicatorLevel1)
  level1!: IndicatorLevel1;

  @Enum({ items: () => IndicatorLevel2, nativeEnumName: 'indicator_level2' })
  @Field(() => IndicatorLevel2)
  level2!: IndicatorLevel2;

  @Enum({ items: () => Comparator, nativeEnumName: 'comparator' })
  @Field(() => Comparator)
  comparator!: Comparator;

  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  @Field(() => DecimalScalar, { nullable: true })
  defaultTarget!: string | null;

  @Property({ type: 'text' })
  @Field(() => String)
  unit!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean)
  active!: boolean;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;
}

@Entity({ tableName: 'province_indicator' })
@ObjectType({ description: '共性指标: an indicator of the province’s common library.' })
export class ProvinceIndicator extends LibraryIndicatorFields {
  @PrimaryKey({ type: 'uuid' })
  provinceId!: string;

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;
}

@Entity({ tableName: 'tenant_indicator' })
@ObjectType({ description: '个性指标: an indicator of the tenant’s own library.' })
export class TenantIndicator extends LibraryIndicatorFields {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;
}
