// 绩效运行监控 ("双监控"): monitoring rounds of a tenant (监控轮次: 日常/定期/重点), one record per
// round and project year or department (budget execution to date and expected at year end,
// 完成目标可能性, 偏差原因, 整改), the indicator values it reports, and its warning light (预警).
import { Entity, Enum, Property, types } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';

export enum MonitoringKind {
  ROUTINE = 'ROUTINE',
  PERIODIC = 'PERIODIC',
  KEY = 'KEY',
}
export const MONITORING_KIND_LABELS = registerLabelledEnum(MonitoringKind, {
  name: 'MonitoringKind',
  description: 'Kind of monitoring round.',
  labels: { ROUTINE: '日常监控', PERIODIC: '定期监控', KEY: '重点监控' },
});

export enum MonitoringRoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
export const MONITORING_ROUND_STATUS_LABELS = registerLabelledEnum(MonitoringRoundStatus, {
  name: 'MonitoringRoundStatus',
  description: 'Whether records of a round may still be added and changed.',
  labels: { OPEN: '进行中', CLOSED: '已结束' },
});

export enum MonitoringSubject {
  PROJECT = 'PROJECT',
  DEPARTMENT = 'DEPARTMENT',
}
export const MONITORING_SUBJECT_LABELS = registerLabelledEnum(MonitoringSubject, {
  name: 'MonitoringSubject',
  description: 'What a monitoring record is about.',
  labels: { PROJECT: '项目支出', DEPARTMENT: '部门整体' },
});

export enum CompletionLikelihood {
  CERTAIN = 'CERTAIN',
  POSSIBLE = 'POSSIBLE',
  IMPOSSIBLE = 'IMPOSSIBLE',
}
export const COMPLETION_LIKELIHOOD_LABELS = registerLabelledEnum(CompletionLikelihood, {
  name: 'CompletionLikelihood',
  description: '完成目标可能性: how likely the goal is reached by year end.',
  labels: { CERTAIN: '确定能', POSSIBLE: '有可能', IMPOSSIBLE: '完全不可能' },
});

export enum DeviationReason {
  FUNDING = 'FUNDING',
  INSTITUTION = 'INSTITUTION',
  STAFFING = 'STAFFING',
  HARDWARE = 'HARDWARE',
  OTHER = 'OTHER',
}
export const DEVIATION_REASON_LABELS = registerLabelledEnum(DeviationReason, {
  name: 'DeviationReason',
  description: '偏差原因: why execution or goal achievement deviates.',
  labels: { FUNDING: '经费保障', INSTITUTION: '制度保障', STAFFING: '人员保障', HARDWARE: '硬件条件保障', OTHER: '其他' },
});

export enum WarningLevel {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}
export const WARNING_LEVEL_LABELS = registerLabelledEnum(WarningLevel, {
  name: 'WarningLevel',
  description: 'Warning light of a monitoring record, from the region’s thresholds (monitoringWarning rule).',
  labels: { GREEN: '绿灯（正常）', YELLOW: '黄灯预警', RED: '红灯预警' },
});

export enum MonitoringRecordStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  AUDITED = 'AUDITED',
}
export const MONITORING_RECORD_STATUS_LABELS = registerLabelledEnum(MonitoringRecordStatus, {
  name: 'MonitoringRecordStatus',
  description: 'Where a monitoring record stands.',
  labels: { DRAFT: '填报中', SUBMITTED: '已报送', RETURNED: '退回修改', AUDITED: '已审核' },
});

export const MONITORING_ROUND_WORKFLOW = defineWorkflow<MonitoringRoundStatus, 'close' | 'reopen'>({
  subject: 'monitoring round',
  actions: {
    close: { from: [MonitoringRoundStatus.OPEN], to: MonitoringRoundStatus.CLOSED },
    reopen: { from: [MonitoringRoundStatus.CLOSED], to: MonitoringRoundStatus.OPEN },
  },
});

/** Departments fill and submit; the finance bureau audits or returns. */
export const MONITORING_RECORD_WORKFLOW = defineWorkflow<MonitoringRecordStatus, 'submit' | 'audit' | 'return'>({
  subject: 'monitoring record',
  actions: {
    submit: { from: [MonitoringRecordStatus.DRAFT, MonitoringRecordStatus.RETURNED], to: MonitoringRecordStatus.SUBMITTED },
    audit: { from: [MonitoringRecordStatus.SUBMITTED], to: MonitoringRecordStatus.AUDITED },
    return: { from: [MonitoringRecordStatus.SUBMITTED], to: MonitoringRecordStatus.RETURNED },
  },
});

/** Records a department may still fill in; a returned record is refilled in place and keeps its status. */
export const EDITABLE_RECORD_STATUSES: readonly MonitoringRecordStatus[] = [MonitoringRecordStatus.DRAFT, MonitoringRecordStatus.RETURNED];

@Entity({ tableName: 'monitoring_round' })
@ObjectType({ description: '监控轮次: a monitoring round of a tenant, covering 1 January to its period end.' })
export class MonitoringRound extends TenantRow<'kindLabel' | 'statusLabel' | 'allowedActions'> {
  @Property({ type: 'smallint' })
  @Field(() => Int)
  fiscalYear!: number;

  @Property({ type: 'date' })
  @Field(() => String, { description: 'Last day of the period monitored (YYYY-MM-DD); the period starts on 1 January.' })
  periodEnd!: string;

  @Property({ type: 'date' })
  @Field(() => String, { description: '报送截止日期 (YYYY-MM-DD).' })
  dueDate!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  title!: string;

  @Enum({ items: () => MonitoringKind, nativeEnumName: 'monitoring_kind' })
  @Field(() => MonitoringKind)
  kind!: MonitoringKind;

  @Enum({ items: () => MonitoringRoundStatus, nativeEnumName: 'monitoring_round_status' })
  @Field(() => MonitoringRoundStatus)
  status!: MonitoringRoundStatus;

  @Field(() => String)
  get kindLabel(): string {
    return MONITORING_KIND_LABELS[this.kind];
  }

  @Field(() => String)
  get statusLabel(): string {
    return MONITORING_ROUND_STATUS_LABELS[this.status];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(MONITORING_ROUND_WORKFLOW, this.status);
  }
}

@Entity({ tableName: 'monitoring_record' })
@ObjectType({
  description:
    '监控记录: what a department reports for one round about a project year or itself (部门整体), with the warning light and the figures it was decided on.',
})
export class MonitoringRecord extends TenantRow<
  'subjectLabel' | 'likelihoodLabel' | 'deviationReasonLabels' | 'warningLevelLabel' | 'statusLabel' | 'allowedActions'
> {
  @Property({ type: 'uuid' })
  roundId!: string;

  @Enum({ items: () => MonitoringSubject, nativeEnumName: 'monitoring_subject' })
  @Field(() => MonitoringSubject)
  subject!: MonitoringSubject;

  @Property({ type: 'uuid', nullable: true })
  projectYearId!: string | null;

  @Property({ type: 'uuid' })
  goalId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: '截至目前执行数 (yuan, 1 January to the period end).' })
  executedToDate!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: '全年预计执行数 (yuan).' })
  expectedYearEnd!: string;

  @Enum({ items: () => CompletionLikelihood, nativeEnumName: 'completion_likelihood', nullable: true })
  @Field(() => CompletionLikelihood, { nullable: true, description: '完成目标可能性; null when only payment progress is monitored.' })
  likelihood!: CompletionLikelihood | null;

  @Enum({ items: () => DeviationReason, nativeEnumName: 'deviation_reason', array: true, type: types.enumArray })
  @Field(() => [DeviationReason], { description: '偏差原因; required before submitting a record whose warning is not GREEN.' })
  deviationReasons!: DeviationReason[];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '偏差原因分析.' })
  deviationNote!: string | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '是否需要整改.' })
  needsRectification!: boolean;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '整改建议.' })
  rectificationAdvice!: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The project year’s current amount (adjusted, else approved) the execution rate was computed on; null for department records.',
  })
  budgetAmount!: string | null;

  @Property({ type: 'decimal', precision: 24, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '预算执行率 %: executedToDate / budgetAmount × 100, two decimals.' })
  executionRatePct!: string | null;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '序时进度 %: the execution the schedule asks for by the round’s period-end month.' })
  schedulePct!: string | null;

  @Property({ type: 'decimal', precision: 24, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: 'Lag in percentage points: schedulePct − executionRatePct (negative: ahead of schedule).' })
  lagPct!: string | null;

  @Property({ type: 'decimal', precision: 30, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '绩效目标偏差率 %: the largest |expected − target| / target over quantitative indicators.' })
  goalGapPct!: string | null;

  @Enum({ items: () => WarningLevel, nativeEnumName: 'warning_level', nullable: true })
  @Field(() => WarningLevel, { nullable: true, description: 'Computed on every write and stored on submit and audit.' })
  warningLevel!: WarningLevel | null;

  @Property({ type: 'string[]', columnType: 'text[]' })
  @Field(() => [String], { description: 'Why the record got its warning level: each threshold crossed, with the figures.' })
  warningReasons!: string[];

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  warningComputedAt!: Date | null;

  @Enum({ items: () => MonitoringRecordStatus, nativeEnumName: 'monitoring_record_status' })
  @Field(() => MonitoringRecordStatus)
  status!: MonitoringRecordStatus;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  auditedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who audited or returned it last (token subject).' })
  auditor!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The finance bureau’s opinion when auditing or returning.' })
  auditOpinion!: string | null;

  @Field(() => String)
  get subjectLabel(): string {
    return MONITORING_SUBJECT_LABELS[this.subject];
  }

  @Field(() => String, { nullable: true })
  get likelihoodLabel(): string | null {
    return this.likelihood ? COMPLETION_LIKELIHOOD_LABELS[this.likelihood] : null;
  }

  @Field(() => [String])
  get deviationReasonLabels(): string[] {
    return this.deviationReasons.map((reason) => DEVIATION_REASON_LABELS[reason]);
  }

  @Field(() => String, { nullable: true })
  get warningLevelLabel(): string | null {
    return this.warningLevel ? WARNING_LEVEL_LABELS[this.warningLevel] : null;
  }

  @Field(() => String)
  get statusLabel(): string {
    return MONITORING_RECORD_STATUS_LABELS[this.status];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status (edit = updateMonitoringRecord).' })
  get allowedActions(): string[] {
    return [...(EDITABLE_RECORD_STATUSES.includes(this.status) ? ['edit'] : []), ...allowedActions(MONITORING_RECORD_WORKFLOW, this.status)];
  }
}

@Entity({ tableName: 'monitoring_indicator_value' })
@ObjectType({ description: '指标完成情况: a record’s value for one indicator of the goal, to date and expected at year end.' })
export class MonitoringIndicatorValue extends TenantRow {
  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'uuid' })
  indicatorId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: 'Actual to date (quantitative indicators).' })
  actualToDate!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Actual to date (qualitative indicators).' })
  actualText!: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '全年预计完成值 (quantitative indicators).' })
  expectedYearEnd!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '全年预计完成情况 (qualitative indicators).' })
  expectedText!: string | null;

  @Property({ type: 'decimal', precision: 30, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: '偏离度 %: |expected − target| / target × 100 (quantitative indicators).' })
  deviationPct!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note!: string | null;
}
