import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { IsDay, IsFiscalYear, IsId, IsSignedYuan, IsText } from '../../graphql/validation.js';
import { ResultAction } from './result-application.entity.js';

@InputType({ description: 'Applies an evaluation result to a project’s later budget (COUNTY_ADMIN). Name a key evaluation or a self-evaluation.' })
export class CreateResultApplicationInput {
  @Field(() => ID, { nullable: true, description: 'The key evaluation (FINAL or later) whose result is applied.' })
  @IsId('a key evaluation')
  keyEvaluationId?: string;

  @Field(() => ID, { nullable: true, description: 'The self-evaluation whose result is applied (instead of a key evaluation).' })
  @IsId('a self-evaluation')
  selfEvaluationId?: string;

  @Field(() => Int, { nullable: true, description: 'The fiscal year the evaluation measured; taken from the key evaluation or self-evaluation (if given, it must match).' })
  @IsFiscalYear()
  evaluatedFiscalYear?: number;

  @Field(() => ID, { description: 'The project library entry whose budget is adjusted.' })
  @IsId('a project')
  projectId!: string;

  @Field(() => ResultAction)
  action!: ResultAction;

  @Field(() => DecimalScalar, { description: 'Signed yuan: negative for REDUCE, CANCEL and EXIT; positive for INCREASE; zero for MAINTAIN.' })
  @IsSignedYuan()
  amountDelta!: string;

  @Field(() => Int, { description: 'The budget year adjusted; after the year evaluated.' })
  @IsFiscalYear()
  targetFiscalYear!: number;

  @Field(() => String, { nullable: true, description: '文号.' })
  @IsText(100)
  documentNo?: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @IsDay()
  decidedOn!: string;

  @Field(() => String, { nullable: true })
  @IsText(2000)
  note?: string;
}
