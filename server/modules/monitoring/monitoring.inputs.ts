// 绩效运行监控: what clients send to open rounds and to fill, submit, audit and return records.
import { ArrayMaxSize, ArrayUnique, IsBoolean, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { IsFiscalYear, IsId, IsText, IsVersion, IsYuan } from '../../graphql/validation.js';
import { CompletionLikelihood, DeviationReason, MonitoringKind, MonitoringSubject } from './monitoring.entities.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Indicator values are stored as numeric(18,4): at most 14 integer digits. */
const INDICATOR_NUMBER = /^-?\d{1,14}(\.\d{1,2})?$/;

@InputType({ description: 'An ad hoc monitoring round (finance bureau only).' })
export class CreateMonitoringRoundInput {
  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => String, { description: 'Last day of the period monitored, YYYY-MM-DD, within the fiscal year.' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  periodEnd!: string;

  @Field(() => String, { description: '报送截止日期, YYYY-MM-DD, on or after the period end.' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => String)
  @IsText(200)
  title!: string;

  @Field(() => MonitoringKind, { defaultValue: MonitoringKind.ROUTINE })
  kind!: MonitoringKind;
}

@InputType({ description: 'The value a record reports for one indicator of the goal: numbers for quantitative indicators, text for qualitative ones.' })
export class MonitoringIndicatorValueInput {
  @Field(() => ID, { description: 'An indicator of the goal the record monitors.' })
  @IsId('an indicator of the goal')
  indicatorId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Actual to date (quantitative).' })
  @Matches(INDICATOR_NUMBER, { message: 'must be a number with at most 14 integer digits and two decimals' })
  actualToDate?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Expected at year end (quantitative).' })
  @Matches(INDICATOR_NUMBER, { message: 'must be a number with at most 14 integer digits and two decimals' })
  expectedYearEnd?: string;

  @Field(() => String, { nullable: true, description: 'Actual to date (qualitative), e.g. 部分改善.' })
  @IsText(500)
  actualText?: string;

  @Field(() => String, { nullable: true, description: 'Expected at year end (qualitative), e.g. 明显改善.' })
  @IsText(500)
  expectedText?: string;

  @Field(() => String, { nullable: true })
  @IsText(2000)
  note?: string;
}

/** Fields a department fills in, on create and on update. */
@InputType()
abstract class MonitoringFillFields {
  @Field(() => CompletionLikelihood, { nullable: true, description: '完成目标可能性; leave empty when only payment progress is monitored.' })
  likelihood?: CompletionLikelihood;

  @Field(() => [DeviationReason], { nullable: true, description: '偏差原因; required before submitting when the warning is not GREEN.' })
  @ArrayUnique({ message: 'must not name a reason twice' })
  @ArrayMaxSize(5, { message: 'at most the five reasons' })
  deviationReasons?: DeviationReason[];

  @Field(() => String, { nullable: true, description: '偏差原因分析.' })
  @IsText(4000)
  deviationNote?: string;

  @Field(() => Boolean, { nullable: true, description: '是否需要整改; true needs rectificationAdvice.' })
  @IsBoolean()
  needsRectification?: boolean;

  @Field(() => String, { nullable: true, description: '整改建议.' })
  @IsText(4000)
  rectificationAdvice?: string;

  @Field(() => [MonitoringIndicatorValueInput], {
    nullable: true,
    description: 'Indicator values (optional: payment-progress-only monitoring has none). On update, the complete new list; unset keeps the current one.',
  })
  @ArrayMaxSize(60, { message: 'at most 60 indicator values' })
  @ValidateNested({ each: true })
  indicatorValues?: MonitoringIndicatorValueInput[];
}

@InputType({ description: 'A new DRAFT monitoring record of a round, about a project year or a department (部门整体).' })
export class CreateMonitoringRecordInput extends MonitoringFillFields {
  @Field(() => ID)
  @IsId('a monitoring round')
  roundId!: string;

  @Field(() => MonitoringSubject, { defaultValue: MonitoringSubject.PROJECT })
  subject!: MonitoringSubject;

  @Field(() => ID, { nullable: true, description: 'Required for PROJECT records: an APPROVED project year with an ISSUED goal in force.' })
  @IsId('a project year')
  projectYearId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for DEPARTMENT records: a department with a department goal in force.' })
  @IsId('a department')
  departmentId?: string;

  @Field(() => DecimalScalar, { description: '截至目前执行数 (yuan).' })
  @IsYuan()
  executedToDate!: string;

  @Field(() => DecimalScalar, { description: '全年预计执行数 (yuan), not less than executedToDate.' })
  @IsYuan()
  expectedYearEnd!: string;
}

@InputType({ description: 'Changes to a DRAFT or RETURNED monitoring record.' })
export class UpdateMonitoringRecordInput extends MonitoringFillFields {
  @Field(() => ID)
  @IsId('a monitoring record')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => DecimalScalar, { nullable: true })
  @IsYuan()
  executedToDate?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @IsYuan()
  expectedYearEnd?: string;
}

@InputType({ description: 'The finance bureau’s audit of a submitted record (终审).' })
export class AuditMonitoringRecordInput {
  @Field(() => ID)
  @IsId('a monitoring record')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsText(4000)
  opinion?: string;

  @Field(() => Boolean, { nullable: true, description: 'The finance bureau may require rectification (是否需要整改).' })
  @IsBoolean()
  needsRectification?: boolean;

  @Field(() => String, { nullable: true, description: '整改建议; required when rectification is needed.' })
  @IsText(4000)
  rectificationAdvice?: string;
}

@InputType({ description: 'Returns a submitted record to its department, saying what to change.' })
export class ReturnMonitoringRecordInput {
  @Field(() => ID)
  @IsId('a monitoring record')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { description: 'What the department must change.' })
  @IsText(4000)
  opinion!: string;
}
