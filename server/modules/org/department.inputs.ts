import { Field, ID, InputType, Int } from 'type-graphql';
import { IsCode, IsId, IsText, IsVersion } from '../../graphql/validation.js';
import { OrgKind } from './department.entity.js';

@InputType({ description: 'A new department (parentId unset) or a unit under an existing department.' })
export class CreateDepartmentInput {
  @Field(() => String)
  @IsCode()
  code!: string;

  @Field(() => String)
  @IsText(100)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The department this unit belongs to; unset for a first-level department.' })
  @IsId('a department')
  parentId?: string;

  @Field(() => OrgKind, { nullable: true, description: 'DEPARTMENT (default without parent), AGENCY (default with parent) or TOWNSHIP.' })
  kind?: OrgKind;
}

@InputType({ description: 'Changes to a department; unset fields stay as they are.' })
export class UpdateDepartmentInput {
  @Field(() => ID)
  @IsId('a department')
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means someone else changed it.' })
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsCode()
  code?: string;

  @Field(() => String, { nullable: true })
  @IsText(100)
  name?: string;
}
