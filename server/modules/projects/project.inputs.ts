import { Field, ID, InputType, Int } from 'type-graphql';
import { IsCode, IsId, IsOneOf, IsText, IsVersion } from '../../graphql/validation.js';
import { IssuingLevel, PROJECT_KIND_LABELS, ProjectNature, TransferKind } from './project.entity.js';
import { Max, Min } from 'class-validator';

const KIND_CODES = Object.keys(PROJECT_KIND_LABELS);

@InputType({ description: 'A new project library entry (项目库). Its yearly budgets are added with createProjectYear.' })
export class CreateProjectInput {
  @Field(() => ID)
  @IsId('a department')
  departmentId!: string;

  @Field(() => ID, { nullable: true, description: 'The agency (预算单位) under the department that runs it.' })
  @IsId('an agency')
  agencyId?: string;

  @Field(() => String)
  @IsCode()
  code!: string;

  @Field(() => String)
  @IsText(200)
  name!: string;

  @Field(() => String, { description: '一体化 project kind code: 1, 21, 22, 31, 32 or 33.' })
  @IsOneOf(KIND_CODES, '一体化 project kind codes')
  kindCode!: string;

  @Field(() => ProjectNature, { defaultValue: ProjectNature.NEW })
  nature!: ProjectNature;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1, { message: 'must be between 1 and 30 years' })
  @Max(30, { message: 'must be between 1 and 30 years' })
  termYears!: number;

  @Field(() => Boolean, { defaultValue: false })
  isPolicy!: boolean;

  @Field(() => TransferKind, { nullable: true })
  transferKind?: TransferKind;

  @Field(() => IssuingLevel, { nullable: true })
  issuingLevel?: IssuingLevel;

  @Field(() => Int, { nullable: true })
  @Min(2000, { message: 'must be between 2000 and 2100' })
  @Max(2100, { message: 'must be between 2000 and 2100' })
  setupYear?: number;
}

@InputType({ description: 'Changes to a project library entry; unset fields stay as they are.' })
export class UpdateProjectInput {
  @Field(() => ID)
  @IsId('a project')
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means someone else changed it.' })
  @IsVersion()
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Move the project (and its years) to another department.' })
  @IsId('a department')
  departmentId?: string;

  @Field(() => String, { nullable: true })
  @IsCode()
  code?: string;

  @Field(() => String, { nullable: true })
  @IsText(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOneOf(KIND_CODES, '一体化 project kind codes')
  kindCode?: string;

  @Field(() => ProjectNature, { nullable: true })
  nature?: ProjectNature;

  @Field(() => Int, { nullable: true })
  @Min(1, { message: 'must be between 1 and 30 years' })
  @Max(30, { message: 'must be between 1 and 30 years' })
  termYears?: number;

  @Field(() => Boolean, { nullable: true })
  isPolicy?: boolean;
}
