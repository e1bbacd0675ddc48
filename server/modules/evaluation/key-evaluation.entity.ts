// 财政重点评价: key evaluations by the finance bureau, usually with a third party and experts, of
// projects, policies, whole departments (部门整体), townships (财政运行综合评价) and cost-benefit
// analyses (成本效益分析), scored on the framework 决策 / 过程 / 产出 / 效益.
import { Entity, Enum, Property, types } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';
import { BUDGET_TYPE_LABELS, BudgetType } from '../projects/project-year.entity.js';

export enum KeyEvaluationObject {
  PROJECT = 'PROJECT',
  POLICY = 'POLICY',
  DEPARTMENT_OVERALL = 'DEPARTMENT_OVERALL',
  FISCAL_OPERATION = 'FISCAL_OPERATION',
  COST_BENEFIT = 'COST_BENEFIT',
  SPECIAL_FUND = 'SPECIAL_FUND',
  TRANSFER = 'TRANSFER',
  OTHER = 'OTHER',
}
export const KEY_EVALUATION_OBJECT_LABELS = registerLabelledEnum(KeyEvaluationObject, {
  name: 'KeyEvaluationObject',
  description: 'What a key evaluation evaluates; it decides which subject the evaluation names.',
  labels: {
    PROJECT: '项目支出',
    POLICY: '重大政策',
    DEPARTMENT_OVERALL: '部门整体支出',
    FISCAL_OPERATION: '财政运行综合评价（乡镇/街道）',
    COST_BENEFIT: '成本效益分析',
    SPECIAL_FUND: '专项资金',
    TRANSFER: '转移支付',
    OTHER: '其他',
  },
});

/** Objects whose subject is a project year. */
export const PROJECT_OBJECTS: readonly KeyEvaluationObject[] = [KeyEvaluationObject.PROJECT, KeyEvaluationObject.COST_BENEFIT];

export enum KeyEvaluationStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  FINAL = 'FINAL',
  FEEDBACK_ISSUED = 'FEEDBACK_ISSUED',
  CLOSED = 'CLOSED',
}
export const KEY_EVALUATION_STATUS_LABELS = registerLabelledEnum(KeyEvaluationStatus, {
  name: 'KeyEvaluationStatus',
  description: 'Where a key evaluation stands.',
  labels: {
    PLANNED: '已立项',
    IN_PROGRESS: '评价中',
    FINAL: '已出具评价结论',
    FEEDBACK_ISSUED: '已反馈整改',
    CLOSED: '已办结',
  },
});

export enum EvaluationMethod {
  DOCUMENT_REVIEW = 'DOCUMENT_REVIEW',
  FIELD_RESEARCH = 'FIELD_RESEARCH',
  QUESTIONNAIRE = 'QUESTIONNAIRE',
  INTERVIEW = 'INTERVIEW',
  COST_BENEFIT_ANALYSIS = 'COST_BENEFIT_ANALYSIS',
  COMPARISON = 'COMPARISON',
  FACTOR_ANALYSIS = 'FACTOR_ANALYSIS',
  LOWEST_COST = 'LOWEST_COST',
  PUBLIC_JUDGEMENT = 'PUBLIC_JUDGEMENT',
  BENCHMARKING = 'BENCHMARKING',
}
export const EVALUATION_METHOD_LABELS = registerLabelledEnum(EvaluationMethod, {
  name: 'EvaluationMethod',
  description: 'Evidence-gathering and evaluation methods of a key evaluation.',
  labels: {
    DOCUMENT_REVIEW: '资料审查',
    FIELD_RESEARCH: '实地调研',
    QUESTIONNAIRE: '问卷调查',
    INTERVIEW: '访谈',
    COST_BENEFIT_ANALYSIS: '成本效益分析法',
    COMPARISON: '比较法',
    FACTOR_ANALYSIS: '因素分析法',
    LOWEST_COST: '最低成本法',
    PUBLIC_JUDGEMENT: '公众评判法',
    BENCHMARKING: '标杆管理法',
  },
});

export enum KeyEvaluationGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
  POOR = 'POOR',
}
export const KEY_EVALUATION_GRADE_LABELS = registerLabelledEnum(KeyEvaluationGrade, {
  name: 'KeyEvaluationGrade',
  description: 'Grade of a key evaluation under the tenant’s grade scheme (LOW only in five-level schemes).',
  labels: { EXCELLENT: '优', GOOD: '良', MEDIUM: '中', LOW: '低', POOR: '差' },
});

export const KEY_EVALUATION_WORKFLOW = defineWorkflow<KeyEvaluationStatus, 'start' | 'finalize' | 'issueFeedback' | 'close'>({
  subject: 'key evaluation',
  actions: {
    start: { from: [KeyEvaluationStatus.PLANNED], to: KeyEvaluationStatus.IN_PROGRESS },
    finalize: { from: [KeyEvaluationStatus.IN_PROGRESS], to: KeyEvaluationStatus.FINAL },
    issueFeedback: { from: [KeyEvaluationStatus.FINAL], to: KeyEvaluationStatus.FEEDBACK_ISSUED },
    close: { from: [KeyEvaluationStatus.FEEDBACK_ISSUED], to: KeyEvaluationStatus.CLOSED },
  },
});

/** Statuses in which the plan (panel, methods, weights, amount) may still change. */
export const EDITABLE: readonly KeyEvaluationStatus[] = [KeyEvaluationStatus.PLANNED, KeyEvaluationStatus.IN_PROGRESS];

/** Statuses in which the evaluation has its conclusion (score and grade). */
export const CONCLUDED: readonly KeyEvaluationStatus[] = [KeyEvaluationStatus.FINAL, KeyEvaluationStatus.FEEDBACK_ISSUED, KeyEvaluationStatus.CLOSED];

@Entity({ tableName: 'key_evaluation' })
@ObjectType({ description: '财政重点评价: a key evaluation by the finance bureau. Amounts in yuan; weights and scores in points.' })
export class KeyEvaluation extends TenantRow<'objectLabel' | 'budgetTypeLabel' | 'methodLabels' | 'gradeLabel' | 'statusLabel' | 'allowedActions'> {
  @Enum({ items: () => KeyEvaluationObject, nativeEnumName: 'key_evaluation_object' })
  @Field(() => KeyEvaluationObject)
  object!: KeyEvaluationObject;

  @Property({ type: 'text' })
  @Field(() => String)
  title!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'The fiscal year evaluated.' })
  fiscalYear!: number;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'The year the evaluation was carried out (usually the next one).' })
  yearConducted!: number;

  @Property({ type: 'uuid', nullable: true })
  projectYearId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  townshipId!: string | null;

  @Enum({ items: () => BudgetType, nativeEnumName: 'budget_type' })
  @Field(() => BudgetType)
  budgetType!: BudgetType;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '专项债券 funded.' })
  isSpecialBond!: boolean;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: '涉及资金: the amount evaluated, in yuan.' })
  amount!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who organised the evaluation, e.g. 区财政局绩效管理股.' })
  organizer!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The third-party evaluator (第三方机构), if one was engaged.' })
  thirdPartyName!: string | null;

  @Enum({ items: () => EvaluationMethod, array: true, type: types.enumArray, nativeEnumName: 'evaluation_method' })
  @Field(() => [EvaluationMethod])
  methods!: EvaluationMethod[];

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  @Field(() => DecimalScalar, { description: '决策 weight (points).' })
  decisionWeight!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  @Field(() => DecimalScalar, { description: '过程 weight (points).' })
  processWeight!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  @Field(() => DecimalScalar, { description: '产出 weight (points).' })
  outputWeight!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  @Field(() => DecimalScalar, { description: '效益 weight (points).' })
  benefitWeight!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '决策 score, at most its weight.' })
  decisionScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '过程 score, at most its weight.' })
  processScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '产出 score, at most its weight.' })
  outputScore!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '效益 score, at most its weight.' })
  benefitScore!: string | null;

  @Property({ type: 'decimal', precision: 6, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: 'Sum of the four scores (0–100), once final.' })
  totalScore!: string | null;

  @Enum({ items: () => KeyEvaluationGrade, nativeEnumName: 'key_evaluation_grade', nullable: true })
  @Field(() => KeyEvaluationGrade, { nullable: true, description: 'Grade of the total score under the tenant’s grade scheme.' })
  grade!: KeyEvaluationGrade | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The evaluation’s conclusion in a few sentences.' })
  summary!: string | null;

  @Enum({ items: () => KeyEvaluationStatus, nativeEnumName: 'key_evaluation_status' })
  @Field(() => KeyEvaluationStatus)
  status!: KeyEvaluationStatus;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  finalizedAt!: Date | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) the results were fed back to the evaluated unit; rectification deadlines count from it.' })
  feedbackIssuedOn!: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Reported to the government (报政府).' })
  reportedToGovernment!: boolean;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  reportedToGovernmentOn!: string | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Reported to the People’s Congress (报人大).' })
  reportedToCongress!: boolean;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  reportedToCongressOn!: string | null;

  @Field(() => String)
  get objectLabel(): string {
    return KEY_EVALUATION_OBJECT_LABELS[this.object];
  }

  @Field(() => String)
  get budgetTypeLabel(): string {
    return BUDGET_TYPE_LABELS[this.budgetType];
  }

  @Field(() => [String])
  get methodLabels(): string[] {
    return this.methods.map((method) => EVALUATION_METHOD_LABELS[method]);
  }

  @Field(() => String, { nullable: true })
  get gradeLabel(): string | null {
    return this.grade ? KEY_EVALUATION_GRADE_LABELS[this.grade] : null;
  }

  @Field(() => String)
  get statusLabel(): string {
    return KEY_EVALUATION_STATUS_LABELS[this.status];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(KEY_EVALUATION_WORKFLOW, this.status);
  }
}
