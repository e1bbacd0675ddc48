import { ArrayMaxSize, IsBoolean, IsUUID, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { IsDay, IsFiscalYear, IsId, IsText, IsVersion, IsYuan } from '../../graphql/validation.js';
import { BudgetType } from '../projects/project-year.entity.js';
import { EvaluationMethod, KeyEvaluationObject } from './key-evaluation.entity.js';

const POINTS = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;
const IsPoints = () => Matches(POINTS, { message: 'must be points from 0 to 100 with at most two decimals' });

@InputType({ description: 'Points for 决策 / 过程 / 产出 / 效益: the framework’s weights, or the scores given.' })
export class FrameworkPointsInput {
  @Field(() => DecimalScalar, { description: '决策' })
  @IsPoints()
  decision!: string;

  @Field(() => DecimalScalar, { description: '过程' })
  @IsPoints()
  process!: string;

  @Field(() => DecimalScalar, { description: '产出' })
  @IsPoints()
  output!: string;

  @Field(() => DecimalScalar, { description: '效益' })
  @IsPoints()
  benefit!: string;
}

@InputType({ description: 'Plans a key evaluation (PLANNED). The subject depends on the object: see each field.' })
export class CreateKeyEvaluationInput {
  @Field(() => KeyEvaluationObject)
  object!: KeyEvaluationObject;

  @Field(() => String)
  @IsText(200)
  title!: string;

  @Field(() => Int, { description: 'The fiscal year evaluated; for a project year, its fiscal year.' })
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => Int, { description: 'The year the evaluation is carried out (not before the year evaluated).' })
  @IsFiscalYear()
  yearConducted!: number;

  @Field(() => ID, { nullable: true, description: 'Required for PROJECT and COST_BENEFIT; not allowed otherwise.' })
  @IsId('a project year')
  projectYearId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for DEPARTMENT_OVERALL (a first-level department); optional for POLICY, SPECIAL_FUND, TRANSFER and OTHER (the department in charge); taken from the project year otherwise.',
  })
  @IsId('a department')
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for FISCAL_OPERATION: a township (乡镇/街道) org unit; not allowed otherwise.' })
  @IsId('a township')
  townshipId?: string;

  @Field(() => BudgetType, { nullable: true, description: 'Defaults to the project year’s; required when there is none.' })
  budgetType?: BudgetType;

  @Field(() => Boolean, { nullable: true, description: '专项债券; defaults to the project year’s, else false.' })
  @IsBoolean()
  isSpecialBond?: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: '涉及资金 in yuan; defaults to the project year’s current budget, required otherwise.' })
  @IsYuan()
  amount?: string;

  @Field(() => String, { description: 'Who organises it, e.g. 区财政局绩效管理股.' })
  @IsText(200)
  organizer!: string;

  @Field(() => String, { nullable: true, description: 'The third-party evaluator, if one is engaged.' })
  @IsText(200)
  thirdPartyName?: string;

  @Field(() => [ID], { defaultValue: [], description: 'Active experts of your pool on the panel.' })
  @IsUUID('all', { each: true, message: 'must be ids of experts of your pool' })
  @ArrayMaxSize(30, { message: 'at most 30 experts' })
  expertIds!: string[];

  @Field(() => [EvaluationMethod], { defaultValue: [] })
  @ArrayMaxSize(10, { message: 'at most the 10 methods' })
  methods!: EvaluationMethod[];

  @Field(() => FrameworkPointsInput, { nullable: true, description: 'Weights summing to 100 with 产出 + 效益 ≥ 60; default 20 / 20 / 30 / 30.' })
  @ValidateNested()
  weights?: FrameworkPointsInput;
}

@InputType({ description: 'Changes the plan of a PLANNED or IN_PROGRESS key evaluation; unset fields stay.' })
export class UpdateKeyEvaluationInput {
  @Field(() => ID)
  @IsId('a key evaluation')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsText(200)
  title?: string;

  @Field(() => Int, { nullable: true })
  @IsFiscalYear()
  yearConducted?: number;

  @Field(() => BudgetType, { nullable: true })
  budgetType?: BudgetType;

  @Field(() => Boolean, { nullable: true })
  @IsBoolean()
  isSpecialBond?: boolean;

  @Field(() => DecimalScalar, { nullable: true })
  @IsYuan()
  amount?: string;

  @Field(() => String, { nullable: true })
  @IsText(200)
  organizer?: string;

  @Field(() => String, { nullable: true })
  @IsText(200)
  thirdPartyName?: string;

  @Field(() => [ID], { nullable: true, description: 'The complete new panel; unset keeps the current one.' })
  @IsUUID('all', { each: true, message: 'must be ids of experts of your pool' })
  @ArrayMaxSize(30, { message: 'at most 30 experts' })
  expertIds?: string[];

  @Field(() => [EvaluationMethod], { nullable: true })
  @ArrayMaxSize(10, { message: 'at most the 10 methods' })
  methods?: EvaluationMethod[];

  @Field(() => FrameworkPointsInput, { nullable: true })
  @ValidateNested()
  weights?: FrameworkPointsInput;
}

@InputType({ description: 'Concludes a key evaluation (IN_PROGRESS → FINAL) with its scores; the grade follows from the total.' })
export class FinalizeKeyEvaluationInput {
  @Field(() => ID)
  @IsId('a key evaluation')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => FrameworkPointsInput, { description: 'Each score at most its weight.' })
  @ValidateNested()
  scores!: FrameworkPointsInput;

  @Field(() => String, { nullable: true })
  @IsText(4000)
  summary?: string;
}

@InputType({ description: 'Feeds the results back (FINAL → FEEDBACK_ISSUED); rectification deadlines count from this date.' })
export class IssueKeyEvaluationFeedbackInput {
  @Field(() => ID)
  @IsId('a key evaluation')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today (China time).' })
  @IsDay()
  feedbackDate?: string;
}

@InputType({ description: 'Records that the evaluation was reported to the government and/or the People’s Congress (人大).' })
export class RecordKeyEvaluationReportingInput {
  @Field(() => ID)
  @IsId('a key evaluation')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsDay()
  reportedToGovernmentOn?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsDay()
  reportedToCongressOn?: string;
}
