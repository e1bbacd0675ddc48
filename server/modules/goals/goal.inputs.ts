import { ArrayMaxSize, ArrayMinSize, IsBoolean, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { IsCode, IsFiscalYear, IsId, IsText, IsUnit, IsVersion } from '../../graphql/validation.js';
import { Comparator, GoalHorizon, GoalSubject, IndicatorLevel1, IndicatorLevel2, ReviewGrade } from './goal.entities.js';

const TARGET = /^-?\d{1,14}(\.\d{1,4})?$/;
const WEIGHT = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

@InputType({ description: 'A level-3 indicator: name, comparator, target, unit and weight (points).' })
export class IndicatorInput {
  @Field(() => IndicatorLevel1)
  level1!: IndicatorLevel1;

  @Field(() => IndicatorLevel2)
  level2!: IndicatorLevel2;

  @Field(() => String)
  @IsText(200)
  name!: string;

  @Field(() => Comparator)
  comparator!: Comparator;

  @Field(() => DecimalScalar, { nullable: true, description: 'Required for quantitative comparators.' })
  @Matches(TARGET, { message: 'must be a number with at most four decimals' })
  targetValue?: string;

  @Field(() => String, { nullable: true, description: 'Required for QUALITATIVE, e.g. 效果明显.' })
  @IsText(200)
  targetText?: string;

  @Field(() => String, { defaultValue: '' })
  @IsUnit()
  unit!: string;

  @Field(() => DecimalScalar, { description: 'Points (分值), e.g. "10".' })
  @Matches(WEIGHT, { message: 'must be points between 0 and 100 with at most two decimals' })
  weight!: string;

  @Field(() => ID, { nullable: true, description: 'A common indicator of the province library this one uses.' })
  @IsId('a province library indicator')
  provinceIndicatorId?: string;

  @Field(() => ID, { nullable: true, description: 'An indicator of your tenant’s library this one uses.' })
  @IsId('a tenant library indicator')
  tenantIndicatorId?: string;
}

@InputType({ description: 'A new goal (DRAFT) with its indicators: of a project year, or a department’s overall goal.' })
export class CreateGoalInput {
  @Field(() => GoalSubject)
  subject!: GoalSubject;

  @Field(() => ID, { nullable: true, description: 'Required for PROJECT goals.' })
  @IsId('a project year')
  projectYearId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for DEPARTMENT goals.' })
  @IsId('a department')
  departmentId?: string;

  @Field(() => Int, { nullable: true, description: 'Required for DEPARTMENT goals; a project goal takes its year’s.' })
  @IsFiscalYear()
  fiscalYear?: number;

  @Field(() => GoalHorizon, { defaultValue: GoalHorizon.ANNUAL })
  horizon!: GoalHorizon;

  @Field(() => String, { description: '目标内容.' })
  @IsText(4000)
  goalText!: string;

  @Field(() => [IndicatorInput])
  @ArrayMinSize(1, { message: 'a goal needs at least one indicator' })
  @ArrayMaxSize(60, { message: 'at most 60 indicators' })
  @ValidateNested({ each: true })
  indicators!: IndicatorInput[];
}

@InputType({ description: 'Replaces the text and indicators of a DRAFT or RETURNED goal.' })
export class UpdateGoalInput {
  @Field(() => ID)
  @IsId('a goal')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsText(4000)
  goalText?: string;

  @Field(() => [IndicatorInput], { nullable: true, description: 'The complete new list; unset keeps the current one.' })
  @ArrayMinSize(1, { message: 'a goal needs at least one indicator' })
  @ArrayMaxSize(60, { message: 'at most 60 indicators' })
  @ValidateNested({ each: true })
  indicators?: IndicatorInput[];
}

@InputType({ description: 'The finance bureau’s review of a submitted goal (目标审核).' })
export class ReviewGoalInput {
  @Field(() => ID)
  @IsId('a goal')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => ReviewGrade, { description: '优/良 approve, 中 returns for rework, 差 rejects.' })
  grade!: ReviewGrade;

  @Field(() => Boolean, { description: '完整性' })
  @IsBoolean()
  completeness!: boolean;

  @Field(() => Boolean, { description: '相关性' })
  @IsBoolean()
  relevance!: boolean;

  @Field(() => Boolean, { description: '合理性' })
  @IsBoolean()
  reasonableness!: boolean;

  @Field(() => Boolean, { description: '可衡量性' })
  @IsBoolean()
  measurability!: boolean;

  @Field(() => String, { nullable: true })
  @IsText(4000)
  opinion?: string;
}

@InputType({ description: 'Starts a mid-year adjustment (调整): a new DRAFT version copying the goal in force.' })
export class AdjustGoalInput {
  @Field(() => ID)
  @IsId('a goal')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String)
  @IsText(2000)
  reason!: string;
}

@InputType({ description: 'An indicator of the library: the province’s (PROVINCE_ADMIN) or your tenant’s (COUNTY_ADMIN).' })
export class LibraryIndicatorInput {
  @Field(() => String)
  @IsCode()
  code!: string;

  @Field(() => String)
  @IsText(200)
  name!: string;

  @Field(() => IndicatorLevel1)
  level1!: IndicatorLevel1;

  @Field(() => IndicatorLevel2)
  level2!: IndicatorLevel2;

  @Field(() => Comparator)
  comparator!: Comparator;

  @Field(() => DecimalScalar, { nullable: true })
  @Matches(TARGET, { message: 'must be a number with at most four decimals' })
  defaultTarget?: string;

  @Field(() => String, { defaultValue: '' })
  @IsUnit()
  unit!: string;

  @Field(() => String, { nullable: true })
  @IsText(2000)
  description?: string;
}
