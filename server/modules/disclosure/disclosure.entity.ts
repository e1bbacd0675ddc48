// 信息公开: disclosure of performance information — goal tables, self-evaluations, evaluation
// reports and the performance part of final accounts — on the government website and the budget
// disclosure portal, and reported to the People's Congress (人大) and the government.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';

export enum DisclosureDocType {
  GOAL_TABLE = 'GOAL_TABLE',
  DEPARTMENT_GOAL_TABLE = 'DEPARTMENT_GOAL_TABLE',
  PRE_ASSESSMENT_REPORT = 'PRE_ASSESSMENT_REPORT',
  SELF_EVALUATION_TABLE = 'SELF_EVALUATION_TABLE',
  SELF_EVALUATION_REPORT = 'SELF_EVALUATION_REPORT',
  EVALUATION_REPORT = 'EVALUATION_REPORT',
  FINAL_ACCOUNT_PERFORMANCE = 'FINAL_ACCOUNT_PERFORMANCE',
}
export const DISCLOSURE_DOC_TYPE_LABELS = registerLabelledEnum(DisclosureDocType, {
  name: 'DisclosureDocType',
  description: 'Which performance document is disclosed.',
  labels: {
    GOAL_TABLE: '绩效目标表',
    DEPARTMENT_GOAL_TABLE: '部门整体绩效目标表',
    PRE_ASSESSMENT_REPORT: '事前绩效评估报告',
    SELF_EVALUATION_TABLE: '绩效自评表',
    SELF_EVALUATION_REPORT: '绩效自评报告',
    EVALUATION_REPORT: '重点评价报告',
    FINAL_ACCOUNT_PERFORMANCE: '决算绩效信息',
  },
});

export enum DisclosureChannel {
  GOV_WEBSITE = 'GOV_WEBSITE',
  BUDGET_PORTAL = 'BUDGET_PORTAL',
  TO_NPC = 'TO_NPC',
  TO_GOVERNMENT = 'TO_GOVERNMENT',
}
export const DISCLOSURE_CHANNEL_LABELS = registerLabelledEnum(DisclosureChannel, {
  name: 'DisclosureChannel',
  description: 'Where a document was disclosed or to whom it was reported.',
  labels: { GOV_WEBSITE: '政府网站', BUDGET_PORTAL: '预决算公开平台', TO_NPC: '报人大', TO_GOVERNMENT: '报政府' },
});

/** The two public websites: a disclosure there needs the address of the page. */
export const WEBSITE_CHANNELS: readonly DisclosureChannel[] = [DisclosureChannel.GOV_WEBSITE, DisclosureChannel.BUDGET_PORTAL];

export enum DisclosureSubjectKind {
  GOAL = 'GOAL',
  PROJECT_YEAR = 'PROJECT_YEAR',
  DEPARTMENT = 'DEPARTMENT',
  EVALUATION = 'EVALUATION',
  REGION = 'REGION',
}
export const DISCLOSURE_SUBJECT_KIND_LABELS = registerLabelledEnum(DisclosureSubjectKind, {
  name: 'DisclosureSubjectKind',
  description: 'What a disclosed document is about.',
  labels: {
    GOAL: '绩效目标',
    PROJECT_YEAR: '项目（年度预算）',
    DEPARTMENT: '部门（单位）',
    EVALUATION: '评价（自评或重点评价）',
    REGION: '本级（全县/区）',
  },
});

/** The subjects each document type can be about. */
export const SUBJECTS_OF: Record<DisclosureDocType, DisclosureSubjectKind[]> = {
  GOAL_TABLE: [DisclosureSubjectKind.GOAL, DisclosureSubjectKind.PROJECT_YEAR],
  DEPARTMENT_GOAL_TABLE: [DisclosureSubjectKind.GOAL, DisclosureSubjectKind.DEPARTMENT],
  PRE_ASSESSMENT_REPORT: [DisclosureSubjectKind.PROJECT_YEAR],
  SELF_EVALUATION_TABLE: [DisclosureSubjectKind.EVALUATION, DisclosureSubjectKind.PROJECT_YEAR, DisclosureSubjectKind.DEPARTMENT],
  SELF_EVALUATION_REPORT: [DisclosureSubjectKind.EVALUATION, DisclosureSubjectKind.PROJECT_YEAR, DisclosureSubjectKind.DEPARTMENT],
  EVALUATION_REPORT: [DisclosureSubjectKind.EVALUATION],
  FINAL_ACCOUNT_PERFORMANCE: [DisclosureSubjectKind.REGION, DisclosureSubjectKind.DEPARTMENT],
};

export enum DisclosureStatus {
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}
export const DISCLOSURE_STATUS_LABELS = registerLabelledEnum(DisclosureStatus, {
  name: 'DisclosureStatus',
  description: 'Whether a disclosure stands or was withdrawn (withdrawn entries are kept).',
  labels: { PUBLISHED: '已公开', WITHDRAWN: '已撤回' },
});

export const DISCLOSURE_WORKFLOW = defineWorkflow<DisclosureStatus, 'update' | 'withdraw'>({
  subject: 'disclosure',
  actions: {
    update: { from: [DisclosureStatus.PUBLISHED], to: DisclosureStatus.PUBLISHED },
    withdraw: { from: [DisclosureStatus.PUBLISHED], to: DisclosureStatus.WITHDRAWN },
  },
});

@Entity({ tableName: 'disclosure' })
@ObjectType({ description: '信息公开: one document about one subject, disclosed on one channel.' })
export class Disclosure extends TenantRow<'docTypeLabel' | 'channelLabel' | 'subjectKindLabel' | 'statusLabel' | 'allowedActions'> {
  /** The department concerned (null: the region as a whole); department users see their own only. */
  @Property({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'The fiscal year the document is about.' })
  fiscalYear!: number;

  @Enum({ items: () => DisclosureDocType, nativeEnumName: 'disclosure_doc_type' })
  @Field(() => DisclosureDocType)
  docType!: DisclosureDocType;

  @Enum({ items: () => DisclosureSubjectKind, nativeEnumName: 'disclosure_subject' })
  @Field(() => DisclosureSubjectKind)
  subjectKind!: DisclosureSubjectKind;

  @Property({ type: 'uuid', nullable: true })
  goalId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  projectYearId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The self-evaluation or evaluation disclosed (EVALUATION subjects).' })
  evaluationId!: string | null;

  @Enum({ items: () => DisclosureChannel, nativeEnumName: 'disclosure_channel' })
  @Field(() => DisclosureChannel)
  channel!: DisclosureChannel;

  @Property({ type: 'date' })
  @Field(() => String, { description: 'Date published or reported, YYYY-MM-DD.' })
  publishedOn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Address of the published page (required on the two websites).' })
  url!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note!: string | null;

  @Enum({ items: () => DisclosureStatus, nativeEnumName: 'disclosure_status' })
  @Field(() => DisclosureStatus)
  status!: DisclosureStatus;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  withdrawReason!: string | null;

  @Field(() => String)
  get docTypeLabel(): string {
    return DISCLOSURE_DOC_TYPE_LABELS[this.docType];
  }

  @Field(() => String)
  get channelLabel(): string {
    return DISCLOSURE_CHANNEL_LABELS[this.channel];
  }

  @Field(() => String)
  get subjectKindLabel(): string {
    return DISCLOSURE_SUBJECT_KIND_LABELS[this.subjectKind];
  }

  @Field(() => String)
  get statusLabel(): string {
    return DISCLOSURE_STATUS_LABELS[this.status];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(DISCLOSURE_WORKFLOW, this.status);
  }
}
