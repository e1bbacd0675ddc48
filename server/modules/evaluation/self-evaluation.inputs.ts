import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsUUID, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { IsFiscalYear, IsId, IsText, IsVersion, IsYuan } from '../../graphql/validation.js';
import { AchievementLevel, SelfEvaluationSubject } from './self-evaluation.entity.js';

const ACTUAL = /^-?\d{1,14}(\.\d{1,4})?$/;

@InputType({ description: 'The finance bureau puts project years of a fiscal year into (or out of) the self-evaluation scope.' })
export class SelfEvaluationScopeInput {
  @Field(() => Int, { description: 'The fiscal year evaluated; every project year must belong to it.' })
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => [ID], { description: 'APPROVED or CLOSED project years of that fiscal year.' })
  @ArrayMinSize(1, { message: 'name at least one project year' })
  @ArrayMaxSize(5000, { message: 'at most 5000 project years at a time' })
  @IsUUID('all', { each: true, message: 'must be ids of project years' })
  projectYearIds!: string[];

  @Field(() => Boolean, { description: 'true: they must self-evaluate; false: take them out of the scope.' })
  @IsBoolean()
  required!: boolean;
}

@InputType({ description: 'The result of one indicator of the evaluated goal. Sending it again replaces that indicator’s result.' })
export class SelfEvaluationIndicatorInput {
  @Field(() => ID, { description: 'An indicator of the evaluated goal.' })
  @IsId('an indicator of the evaluated goal')
  indicatorId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: '实际完成值; required for quantitative indicators (≥ > = ≤ <).' })
  @Matches(ACTUAL, { message: 'must be a number with at most four decimals' })
  actualValue?: string;

  @Field(() => AchievementLevel, { nullable: true, description: 'Required for qualitative (定性) indicators.' })
  achievement?: AchievementLevel;

  @Field(() => String, { nullable: true, description: '偏差原因分析及改进措施; required before submitting when the indicator missed its target by more than the threshold.' })
  @IsText(2000)
  deviationNote?: string;
}

@InputType({ description: 'Starts the self-evaluation (DRAFT) of a project year, or of a department’s overall goal for a fiscal year.' })
export class CreateSelfEvaluationInput {
  @Field(() => SelfEvaluationSubject)
  subject!: SelfEvaluationSubject;

  @Field(() => ID, { nullable: true, description: 'Required for PROJECT: a project year in the self-evaluation scope.' })
  @IsId('a project year')
  projectYearId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for DEPARTMENT.' })
  @IsId('a department')
  departmentId?: string;

  @Field(() => Int, { nullable: true, description: 'Required for DEPARTMENT: the fiscal year evaluated (a project takes its year’s).' })
  @IsFiscalYear()
  fiscalYear?: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'DEPARTMENT only: 全年预算数 in yuan (a project takes its year’s current amount).' })
  @IsYuan()
  budgetAmount?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'DEPARTMENT only: 全年执行数 in yuan (a project takes its year’s executed amount).' })
  @IsYuan()
  executedAmount?: string;

  @Field(() => String, { nullable: true, description: '总体完成情况 / 自评结论.' })
  @IsText(4000)
  summary?: string;

  @Field(() => String, { nullable: true, description: '结果应用建议.' })
  @IsText(2000)
  applicationAdvice?: string;

  @Field(() => [SelfEvaluationIndicatorInput], { defaultValue: [], description: 'Results so far; the rest can follow with updateSelfEvaluation.' })
  @ArrayMaxSize(60, { message: 'at most 60 indicator results' })
  @ValidateNested({ each: true })
  indicators!: SelfEvaluationIndicatorInput[];
}

@InputType({ description: 'Changes a DRAFT or RETURNED self-evaluation. Indicator results given replace those indicators’ results; others are kept.' })
export class UpdateSelfEvaluationInput {
  @Field(() => ID)
  @IsId('a self-evaluation')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'DEPARTMENT only.' })
  @IsYuan()
  budgetAmount?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'DEPARTMENT only.' })
  @IsYuan()
  executedAmount?: string;

  @Field(() => String, { nullable: true })
  @IsText(4000)
  summary?: string;

  @Field(() => String, { nullable: true })
  @IsText(2000)
  applicationAdvice?: string;

  @Field(() => [SelfEvaluationIndicatorInput], { nullable: true })
  @ArrayMaxSize(60, { message: 'at most 60 indicator results' })
  @ValidateNested({ each: true })
  indicators?: SelfEvaluationIndicatorInput[];
}

@InputType({ description: 'The finance bureau’s decision on a submitted self-evaluation.' })
export class SelfEvaluationDecisionInput {
  @Field(() => ID)
  @IsId('a self-evaluation')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true, description: 'Required when returning: what to correct.' })
  @IsText(4000)
  opinion?: string;
}
