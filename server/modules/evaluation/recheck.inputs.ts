import { Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { IsId, IsText, IsVersion } from '../../graphql/validation.js';

const SCORE = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

@InputType({ description: '抽查复核: the finance bureau’s own score of a FINANCE_REVIEWED self-evaluation.' })
export class RecheckSelfEvaluationInput {
  @Field(() => ID)
  @IsId('a self-evaluation')
  selfEvaluationId!: string;

  @Field(() => Int, { description: 'The version of the self-evaluation you read: the recheck compares against that score.' })
  @IsVersion()
  version!: number;

  @Field(() => DecimalScalar, { description: 'The recheck score, 0–100 with at most two decimals.' })
  @Matches(SCORE, { message: 'must be a score from 0 to 100 with at most two decimals' })
  recheckScore!: string;

  @Field(() => String, { nullable: true, description: '复核意见.' })
  @IsText(4000)
  opinion?: string;
}
