// 问题与整改: problems found by key evaluations (or monitoring, or self-evaluations), with the
// suggestion, the department responsible and a deadline; the department's rectification report
// (整改报告) and the finance bureau's verification close them.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';
import { chinaToday } from '../../calendar.js';

export enum ProblemSource {
  KEY_EVALUATION = 'KEY_EVALUATION',
  MONITORING = 'MONITORING',
  SELF_EVALUATION = 'SELF_EVALUATION',
}
export const PROBLEM_SOURCE_LABELS = registerLabelledEnum(ProblemSource, {
  name: 'ProblemSource',
  description: 'What found the problem.',
  labels: { KEY_EVALUATION: '财政重点评价', MONITORING: '绩效运行监控', SELF_EVALUATION: '单位自评' },
});

export enum ProblemCategory {
  DECISION = 'DECISION',
  FUND_MANAGEMENT = 'FUND_MANAGEMENT',
  IMPLEMENTATION = 'IMPLEMENTATION',
  BENEFIT = 'BENEFIT',
  GOAL_SETTING = 'GOAL_SETTING',
}
export const PROBLEM_CATEGORY_LABELS = registerLabelledEnum(ProblemCategory, {
  name: 'ProblemCategory',
  description: 'Kind of problem found.',
  labels: {
    DECISION: '立项决策',
    FUND_MANAGEMENT: '资金管理',
    IMPLEMENTATION: '项目实施',
    BENEFIT: '效益发挥',
    GOAL_SETTING: '目标设置',
  },
});

export enum ProblemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORTED = 'REPORTED',
  VERIFIED = 'VERIFIED',
}
export const PROBLEM_STATUS_LABELS = registerLabelledEnum(ProblemStatus, {
  name: 'ProblemStatus',
  description: 'Where the rectification of a problem stands.',
  labels: { OPEN: '待整改', IN_PROGRESS: '整改中', REPORTED: '已报送整改报告', VERIFIED: '整改已核实' },
});

export const PROBLEM_WORKFLOW = defineWorkflow<ProblemStatus, 'start' | 'report' | 'verify' | 'reject'>({
  subject: 'problem',
  actions: {
    start: { from: [ProblemStatus.OPEN], to: ProblemStatus.IN_PROGRESS },
    report: { from: [ProblemStatus.IN_PROGRESS], to: ProblemStatus.REPORTED },
    verify: { from: [ProblemStatus.REPORTED], to: ProblemStatus.VERIFIED },
    reject: { from: [ProblemStatus.REPORTED], to: ProblemStatus.IN_PROGRESS },
  },
});

@Entity({ tableName: 'evaluation_problem' })
@ObjectType({ description: 'A problem found by an evaluation or by monitoring, and its rectification (整改).' })
export class EvaluationProblem extends TenantRow<'sourceLabel' | 'categoryLabel' | 'statusLabel' | 'isOverdue' | 'allowedActions'> {
  @Enum({ items: () => ProblemSource, nativeEnumName: 'problem_source' })
  @Field(() => ProblemSource)
  source!: ProblemSource;

  @Property({ type: 'uuid', nullable: true })
  keyEvaluationId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The monitoring record that found it (source MONITORING).' })
  monitoringRecordId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The self-evaluation that found it (source SELF_EVALUATION).' })
  selfEvaluationId!: string | null;

  @Enum({ items: () => ProblemCategory, nativeEnumName: 'problem_category' })
  @Field(() => ProblemCategory)
  category!: ProblemCategory;

  @Property({ type: 'text' })
  @Field(() => String)
  description!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '整改建议; not every problem comes with one.' })
  suggestion!: string | null;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'When the department was told (YYYY-MM-DD): the feedback date.' })
  notifiedOn!: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Rectification deadline (YYYY-MM-DD); unset until the evaluation’s feedback is issued.' })
  deadline!: string | null;

  @Enum({ items: () => ProblemStatus, nativeEnumName: 'problem_status' })
  @Field(() => ProblemStatus)
  status!: ProblemStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '整改报告: what the department did.' })
  rectificationReport!: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  reportedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why finance last sent the report back.' })
  rejectionReason!: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  verificationOpinion!: string | null;

  @Field(() => String)
  get sourceLabel(): string {
    return PROBLEM_SOURCE_LABELS[this.source];
  }

  @Field(() => String)
  get categoryLabel(): string {
    return PROBLEM_CATEGORY_LABELS[this.category];
  }

  @Field(() => String)
  get statusLabel(): string {
    return PROBLEM_STATUS_LABELS[this.status];
  }

  @Field(() => Boolean, { description: 'The deadline is before today (China time) and the rectification is not verified.' })
  get isOverdue(): boolean {
    return this.deadline !== null && this.status !== ProblemStatus.VERIFIED && this.deadline < chinaToday();
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(PROBLEM_WORKFLOW, this.status);
  }
}
