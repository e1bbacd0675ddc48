import { IsUUID, Length, Matches, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

export const CODE_PATTERN = /^[0-9A-Za-z_-]{1,21}$/;
const CODE_MESSAGE = 'must be 1 to 21 letters, digits, "_" or "-"';
const NAME_MESSAGE = 'must be 1 to 100 characters and not blank';
const NOT_BLANK = /\S/;

@InputType({ description: 'A new department (parentId unset) or a unit under an existing department.' })
export class CreateDepartmentInput {
  @Field(() => String)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Length(1, 100, { message: NAME_MESSAGE })
  @Matches(NOT_BLANK, { message: NAME_MESSAGE })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The department this unit belongs to; unset for a first-level department.' })
  @IsUUID('all', { message: 'must be the id of a department' })
  parentId?: string;
}

@InputType({ description: 'Changes to a department; unset fields stay as they are.' })
export class UpdateDepartmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a department' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means someone else changed it.' })
  @Min(1, { message: 'must be the version you read (1 or more)' })
  version!: number;

  @Field(() => String, { nullable: true })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true })
  @Length(1, 100, { message: NAME_MESSAGE })
  @Matches(NOT_BLANK, { message: NAME_MESSAGE })
  name?: string;
}
