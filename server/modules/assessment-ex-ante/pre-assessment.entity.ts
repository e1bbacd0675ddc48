// 事前绩效评估: ex-ante performance assessment of a project year before it may get a budget.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { fromFen, toFen } from '../../money.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';

export enum PreAssessmentConclusion {
  SUPPORT = 'SUPPORT',
  SUPPORT_AFTER_ADJUSTMENT = 'SUPPORT_AFTER_ADJUSTMENT',
  NOT_SUPPORT = 'NOT_SUPPORT',
}
export const PRE_ASSESSMENT_CONCLUSION_LABELS = registerLabelledEnum(PreAssessmentConclusion, {
  name: 'PreAssessmentConclusion',
  description: 'Conclusion of an ex-ante assessment; NOT_SUPPORT keeps the project out of the budget.',
  labels: { SUPPORT: '予以支持', SUPPORT_AFTER_ADJUSTMENT: '调整后予以支持', NOT_SUPPORT: '不予支持' },
});

export enum PreAssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CONCLUDED = 'CONCLUDED',
}
export const PRE_ASSESSMENT_STATUS_LABELS = registerLabelledEnum(PreAssessmentStatus, {
  name: 'PreAssessmentStatus',
  description: 'Where an ex-ante assessment stands.',
  labels: { DRAFT: '编制中', SUBMITTED: '已报送', CONCLUDED: '已出具结论' },
});

export enum AssessorKind {
  SELF = 'SELF',
  FINANCE = 'FINANCE',
  THIRD_PARTY = 'THIRD_PARTY',
}
export const ASSESSOR_KIND_LABELS = registerLabelledEnum(AssessorKind, {
  name: 'AssessorKind',
  description: 'Who carried out the assessment.',
  labels: { SELF: '部门自行评估', FINANCE: '财政评估', THIRD_PARTY: '第三方机构' },
});

export const PRE_ASSESSMENT_WORKFLOW = defineWorkflow<PreAssessmentStatus, 'submit' | 'return' | 'conclude'>({
  subject: 'ex-ante assessment',
  actions: {
    submit: { from: [PreAssessmentStatus.DRAFT], to: PreAssessmentStatus.SUBMITTED },
    return: { from: [PreAssessmentStatus.SUBMITTED], to: PreAssessmentStatus.DRAFT },
    conclude: { from: [PreAssessmentStatus.SUBMITTED], to: PreAssessmentStatus.CONCLUDED },
  },
});

@Entity({ tableName: 'pre_assessment' })
@ObjectType({ description: '事前绩效评估 of a project year: five dimensions of 20 points and a conclusion.' })
export class PreAssessment extends TenantRow<'totalScore' | 'conclusionLabel' | 'statusLabel' | 'allowedActions'> {
  @Property({ type: 'uuid' })
  projectYearId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Enum({ items: () => AssessorKind, nativeEnumName: 'assessor_kind' })
  @Field(() => AssessorKind)
  assessor!: AssessorKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  thirdPartyName!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '立项必要性 (0–20).' })
  necessityScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '投入经济性 (0–20).' })
  economyScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '绩效目标合理性 (0–20).' })
  goalScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '实施方案可行性 (0–20).' })
  feasibilityScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '筹资合规性 (0–20).' })
  financingScore!: string | null;

  @Enum({ items: () => PreAssessmentConclusion, nativeEnumName: 'pre_assessment_conclusion', nullable: true })
  @Field(() => PreAssessmentConclusion, { nullable: true })
  conclusion!: PreAssessmentConclusion | null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: 'The budget the assessment recommends, in yuan.' })
  recommendedAmount!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  opinion!: string | null;

  @Enum({ items: () => PreAssessmentStatus, nativeEnumName: 'pre_assessment_status' })
  @Field(() => PreAssessmentStatus)
  status!: PreAssessmentStatus;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  concludedAt!: Date | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Sum of the five dimension scores (0–100), once all are scored.' })
  get totalScore(): string | null {
    const parts = [this.necessityScore, this.economyScore, this.goalScore, this.feasibilityScore, this.financingScore];
    if (parts.some((part) => part === null)) return null;
    return fromFen(parts.reduce((sum, part) => sum + toFen(part!), 0n));
  }

  @Field(() => String, { nullable: true })
  get conclusionLabel(): string | null {
    return this.conclusion ? PRE_ASSESSMENT_CONCLUSION_LABELS[this.conclusion] : null;
  }

  @Field(() => String)
  get statusLabel(): string {
    return PRE_ASSESSMENT_STATUS_LABELS[this.status];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(PRE_ASSESSMENT_WORKFLOW, this.status);
  }
}
