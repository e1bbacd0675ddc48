// 单位自评: a unit's self-evaluation of a fiscal year's goal (of a project year, or of its
// department as a whole), done the year after, with one result per indicator and a score the
// platform computes: 预算执行 + 产出 + 效益 + 满意度 = 0–100, graded by the region's scheme.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';

export enum SelfEvaluationSubject {
  PROJECT = 'PROJECT',
  DEPARTMENT = 'DEPARTMENT',
}
export const SELF_EVALUATION_SUBJECT_LABELS = registerLabelledEnum(SelfEvaluationSubject, {
  name: 'SelfEvaluationSubject',
  description: 'What is self-evaluated.',
  labels: { PROJECT: '项目支出绩效自评', DEPARTMENT: '部门整体支出绩效自评' },
});

export enum SelfEvaluationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  FINANCE_REVIEWED = 'FINANCE_REVIEWED',
}
export const SELF_EVALUATION_STATUS_LABELS = registerLabelledEnum(SelfEvaluationStatus, {
  name: 'SelfEvaluationStatus',
  description: 'Where a self-evaluation stands.',
  labels: { DRAFT: '填报中', SUBMITTED: '已报送', RETURNED: '退回修改', FINANCE_REVIEWED: '财政已审核' },
});

/** Grades of the 4-level national scheme (优/良/中/差) and of 5-level ones (with 低). */
export enum SelfEvaluationGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
  POOR = 'POOR',
}
export const SELF_EVALUATION_GRADE_LABELS = registerLabelledEnum(SelfEvaluationGrade, {
  name: 'SelfEvaluationGrade',
  description: 'Grade of a self-evaluation or recheck score under the region’s grade scheme (LOW only in 5-level schemes).',
  labels: { EXCELLENT: '优', GOOD: '良', MEDIUM: '中', LOW: '低', POOR: '差' },
});

export enum AchievementLevel {
  ACHIEVED = 'ACHIEVED',
  PARTIAL = 'PARTIAL',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}
export const ACHIEVEMENT_LEVEL_LABELS = registerLabelledEnum(AchievementLevel, {
  name: 'AchievementLevel',
  description: 'How far a qualitative (定性) indicator was achieved: scores 100% / 70% / 30% of its weight.',
  labels: { ACHIEVED: '达成', PARTIAL: '部分达成', NOT_ACHIEVED: '未达成' },
});

export const SELF_EVALUATION_WORKFLOW = defineWorkflow<SelfEvaluationStatus, 'submit' | 'return' | 'review'>({
  subject: 'self-evaluation',
  actions: {
    submit: { from: [SelfEvaluationStatus.DRAFT, SelfEvaluationStatus.RETURNED], to: SelfEvaluationStatus.SUBMITTED },
    return: { from: [SelfEvaluationStatus.SUBMITTED], to: SelfEvaluationStatus.RETURNED },
    review: { from: [SelfEvaluationStatus.SUBMITTED], to: SelfEvaluationStatus.FINANCE_REVIEWED },
  },
});

/** A returned self-evaluation is edited in place and stays RETURNED until it is submitted again. */
export const SELF_EVALUATION_EDITABLE = [SelfEvaluationStatus.DRAFT, SelfEvaluationStatus.RETURNED] as const;

@Entity({ tableName: 'self_evaluation' })
@ObjectType({
  description:
    '单位自评 of a fiscal year (done the year after): budget execution and indicator results, with the score the platform computes. Scores are null until every indicator has a result.',
})
export class SelfEvaluation extends TenantRow<'subjectLabel' | 'statusLabel' | 'gradeLabel' | 'allowedActions'> {
  @Enum({ items: () => SelfEvaluationSubject, nativeEnumName: 'self_evaluation_subject' })
  @Field(() => SelfEvaluationSubject)
  subject!: SelfEvaluationSubject;

  @Property({ type: 'uuid', nullable: true })
  projectYearId!: string | null;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'uuid' })
  goalId!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'The fiscal year evaluated.' })
  fiscalYear!: number;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'The year the evaluation is done: the year after the fiscal year.' })
  conductedYear!: number;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: '全年预算数 (变动后) in yuan: the project year’s current amount, or the department’s as entered.' })
  budgetAmount!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: '全年执行数 in yuan.' })
  executedAmount!: string;

  @Property({ type: 'decimal', precision: 9, scale: 4 })
  @Field(() => DecimalScalar, { description: '执行率 = executed / budget, four decimals, not capped (the score caps it at 1).' })
  executionRate!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '预算执行 points: weight × min(execution rate, 1).' })
  executionScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '产出指标 points (成本 indicators count here).' })
  outputScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '效益指标 points.' })
  benefitScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '满意度指标 points.' })
  satisfactionScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Total 0–100, summed exactly and rounded half up to two decimals at the end (the parts are rounded on their own).',
  })
  totalScore!: string | null;

  @Enum({ items: () => SelfEvaluationGrade, nativeEnumName: 'self_evaluation_grade', nullable: true })
  @Field(() => SelfEvaluationGrade, { nullable: true, description: 'Grade of the total under the region’s grade scheme when last computed.' })
  grade!: SelfEvaluationGrade | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '总体完成情况 / 自评结论.' })
  summary!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '结果应用建议.' })
  applicationAdvice!: string | null;

  @Enum({ items: () => SelfEvaluationStatus, nativeEnumName: 'self_evaluation_status' })
  @Field(() => SelfEvaluationStatus)
  status!: SelfEvaluationStatus;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who reviewed or returned it last (token subject).' })
  reviewer!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The finance bureau’s opinion when reviewing or returning it.' })
  reviewOpinion!: string | null;

  @Field(() => String)
  get subjectLabel(): string {
    return SELF_EVALUATION_SUBJECT_LABELS[this.subject];
  }

  @Field(() => String)
  get statusLabel(): string {
    return SELF_EVALUATION_STATUS_LABELS[this.status];
  }

  @Field(() => String, { nullable: true })
  get gradeLabel(): string | null {
    return this.grade ? SELF_EVALUATION_GRADE_LABELS[this.grade] : null;
  }

  @Field(() => [String], { description: 'Actions allowed in the current status: edit, submit, return, review.' })
  get allowedActions(): string[] {
    const editable = (SELF_EVALUATION_EDITABLE as readonly SelfEvaluationStatus[]).includes(this.status);
    return [...(editable ? ['edit'] : []), ...allowedActions(SELF_EVALUATION_WORKFLOW, this.status)];
  }
}

@Entity({ tableName: 'self_evaluation_indicator' })
@ObjectType({ description: 'The result of one indicator of the evaluated goal: actual value or achievement level, points earned, deviation analysis.' })
export class SelfEvaluationIndicator extends TenantRow<'achievementLabel'> {
  @Property({ type: 'uuid' })
  selfEvaluationId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'uuid' })
  indicatorId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '实际完成值 of a quantitative indicator.' })
  actualValue!: string | null;

  @Enum({ items: () => AchievementLevel, nativeEnumName: 'achievement_level', nullable: true })
  @Field(() => AchievementLevel, { nullable: true, description: 'Achievement of a qualitative indicator.' })
  achievement!: AchievementLevel | null;

  @Property({ type: 'decimal', precision: 9, scale: 4 })
  @Field(() => DecimalScalar, { description: 'Points earned, rounded half up to four decimals for display.' })
  score!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'The target was met (qualitative: ACHIEVED).' })
  meetsTarget!: boolean;

  @Property({ type: 'decimal', precision: 12, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '|actual − target| / target × 100 (quantitative, non-zero target).' })
  deviationPct!: string | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, {
    description: 'A deviation analysis is required: the target was missed by more than the region’s threshold, or a qualitative one was NOT_ACHIEVED.',
  })
  deviationRequired!: boolean;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '偏差原因分析及改进措施.' })
  deviationNote!: string | null;

  @Field(() => String, { nullable: true })
  get achievementLabel(): string | null {
    return this.achievement ? ACHIEVEMENT_LEVEL_LABELS[this.achievement] : null;
  }
}
