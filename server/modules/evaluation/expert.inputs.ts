import { IsBoolean } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsId, IsText, IsVersion } from '../../graphql/validation.js';
import { ExpertSpecialty } from './expert.entity.js';

@InputType({ description: 'Adds an expert to your pool (COUNTY_ADMIN).' })
export class CreateExpertInput {
  @Field(() => String)
  @IsText(50)
  name!: string;

  @Field(() => ExpertSpecialty)
  specialty!: ExpertSpecialty;

  @Field(() => String, { nullable: true, description: 'Where the expert works (单位).' })
  @IsText(200)
  organization?: string;
}

@InputType({ description: 'Changes an expert of your pool; unset fields stay. active: false retires the expert from new panels.' })
export class UpdateExpertInput {
  @Field(() => ID)
  @IsId('an expert')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsText(50)
  name?: string;

  @Field(() => ExpertSpecialty, { nullable: true })
  specialty?: ExpertSpecialty;

  @Field(() => String, { nullable: true })
  @IsText(200)
  organization?: string;

  @Field(() => Boolean, { nullable: true })
  @IsBoolean()
  active?: boolean;
}
