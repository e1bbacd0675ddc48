import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { IsFiscalYear, IsId, IsVersion, IsYuan } from '../../graphql/validation.js';
import { BudgetType, FundSource, PreAssessmentExemption } from './project-year.entity.js';

@InputType({ description: 'A project’s budget request for one fiscal year (一上).' })
export class CreateProjectYearInput {
  @Field(() => ID)
  @IsId('a project')
  projectId!: string;

  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => BudgetType)
  budgetType!: BudgetType;

  @Field(() => FundSource, { defaultValue: FundSource.LOCAL })
  fundSource!: FundSource;

  @Field(() => Boolean, { defaultValue: false })
  isSpecialBond!: boolean;

  @Field(() => DecimalScalar, { description: '申报数 in yuan.' })
  @IsYuan()
  requestedAmount!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Last year’s budget (continuing projects), for the growth triggers.' })
  @IsYuan()
  previousYearAmount?: string;

  @Field(() => PreAssessmentExemption, { nullable: true })
  preAssessmentExemption?: PreAssessmentExemption;
}

@InputType({ description: 'Changes to a project year’s request, while it is DRAFT or RETURNED.' })
export class UpdateProjectYearInput {
  @Field(() => ID)
  @IsId('a project year')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => BudgetType, { nullable: true })
  budgetType?: BudgetType;

  @Field(() => FundSource, { nullable: true })
  fundSource?: FundSource;

  @Field(() => Boolean, { nullable: true })
  isSpecialBond?: boolean;

  @Field(() => DecimalScalar, { nullable: true })
  @IsYuan()
  requestedAmount?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @IsYuan()
  previousYearAmount?: string;

  @Field(() => PreAssessmentExemption, { nullable: true })
  preAssessmentExemption?: PreAssessmentExemption;
}

@InputType({ description: 'A workflow step on a record you read at `version`.' })
export class WorkflowStepInput {
  @Field(() => ID)
  @IsId('the record')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;
}

@InputType({ description: 'An amount set on a project year you read at `version`.' })
export class ProjectYearAmountInput {
  @Field(() => ID)
  @IsId('a project year')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => DecimalScalar, { description: 'Yuan.' })
  @IsYuan()
  amount!: string;
}
