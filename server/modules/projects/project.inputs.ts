import { IsIn, IsInt, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { CODE_PATTERN } from '../org/department.inputs.js';
import { BudgetType, PROJECT_KIND_LABELS } from './project.entity.js';

const KIND_CODES = Object.keys(PROJECT_KIND_LABELS);
const KIND_MESSAGE = `must be one of the 一体化 project kind codes ${KIND_CODES.join(', ')}`;
const CODE_MESSAGE = 'must be 1 to 21 letters, digits, "_" or "-"';
const NAME_MESSAGE = 'must be 1 to 200 characters and not blank';
const NON_NEGATIVE_AMOUNT = /^\d{1,16}(\.\d{1,2})?$/;
const AMOUNT_MESSAGE = 'must not be negative (yuan, at most two decimals)';

@InputType({ description: 'A new project budget for one department and fiscal year.' })
export class CreateProjectInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a department' })
  departmentId!: string;

  @Field(() => String)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(/\S/, { message: NAME_MESSAGE })
  name!: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a year such as 2024' })
  @Min(2000, { message: 'must be between 2000 and 2100' })
  @Max(2100, { message: 'must be between 2000 and 2100' })
  fiscalYear!: number;

  @Field(() => String, { description: '一体化 project kind code: 1, 21, 22, 31, 32 or 33.' })
  @IsIn(KIND_CODES, { message: KIND_MESSAGE })
  kindCode!: string;

  @Field(() => BudgetType)
  budgetType!: BudgetType;

  @Field(() => DecimalScalar, { description: '批复数 in yuan, e.g. "1200000.00".' })
  @Matches(NON_NEGATIVE_AMOUNT, { message: AMOUNT_MESSAGE })
  approvedAmount!: string;
}

@InputType({ description: 'Changes to a project; unset fields stay as they are.' })
export class UpdateProjectInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a project' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means someone else changed it.' })
  @Min(1, { message: 'must be the version you read (1 or more)' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Move the project to another department of the same tenant.' })
  @IsUUID('all', { message: 'must be the id of a department' })
  departmentId?: string;

  @Field(() => String, { nullable: true })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true })
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(/\S/, { message: NAME_MESSAGE })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsIn(KIND_CODES, { message: KIND_MESSAGE })
  kindCode?: string;

  @Field(() => BudgetType, { nullable: true })
  budgetType?: BudgetType;

  @Field(() => DecimalScalar, { nullable: true })
  @Matches(NON_NEGATIVE_AMOUNT, { message: AMOUNT_MESSAGE })
  approvedAmount?: string;
}
