import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { IsId, IsText, IsVersion, IsYuan } from '../../graphql/validation.js';
import { Matches, ValidateNested } from 'class-validator';
import { AssessorKind, PreAssessmentConclusion } from './pre-assessment.entity.js';

const SCORE = /^(20(\.0{1,2})?|1?\d(\.\d{1,2})?)$/;
const IsDimensionScore = () => Matches(SCORE, { message: 'must be a score from 0 to 20 with at most two decimals' });

@InputType({ description: 'Starts the ex-ante assessment of a project year.' })
export class CreatePreAssessmentInput {
  @Field(() => ID)
  @IsId('a project year')
  projectYearId!: string;

  @Field(() => AssessorKind, { defaultValue: AssessorKind.FINANCE })
  assessor!: AssessorKind;

  @Field(() => String, { nullable: true, description: 'Required when the assessor is THIRD_PARTY.' })
  @IsText(200)
  thirdPartyName?: string;
}

@InputType({ description: 'The five dimension scores (0–20 each).' })
export class PreAssessmentScoresInput {
  @Field(() => DecimalScalar, { description: '立项必要性' })
  @IsDimensionScore()
  necessity!: string;

  @Field(() => DecimalScalar, { description: '投入经济性' })
  @IsDimensionScore()
  economy!: string;

  @Field(() => DecimalScalar, { description: '绩效目标合理性' })
  @IsDimensionScore()
  goal!: string;

  @Field(() => DecimalScalar, { description: '实施方案可行性' })
  @IsDimensionScore()
  feasibility!: string;

  @Field(() => DecimalScalar, { description: '筹资合规性' })
  @IsDimensionScore()
  financing!: string;
}

@InputType({ description: 'The finance bureau’s conclusion on a submitted assessment.' })
export class ConcludePreAssessmentInput {
  @Field(() => ID)
  @IsId('an ex-ante assessment')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => PreAssessmentConclusion)
  conclusion!: PreAssessmentConclusion;

  @Field(() => PreAssessmentScoresInput)
  @ValidateNested()
  scores!: PreAssessmentScoresInput;

  @Field(() => DecimalScalar, { nullable: true, description: 'Recommended budget in yuan (调整后予以支持).' })
  @IsYuan()
  recommendedAmount?: string;

  @Field(() => String, { nullable: true })
  @IsText(4000)
  opinion?: string;
}
