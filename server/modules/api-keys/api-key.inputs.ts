import { Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsId, IsText, IsVersion } from '../../graphql/validation.js';

@InputType({ description: 'A new API key for a BI tool, read-only like a BI_READER token.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for (1–100 characters), e.g. "帆软报表 绩效看板".' })
  @IsText(100)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The tenant (region code) the key reads. Leave it out for a key that reads the whole province (PROVINCE_ADMIN only).',
  })
  @Matches(/^\d{6,9}$/, { message: 'must be a 6 to 9 digit region code such as 370406' })
  tenantCode?: string;
}

@InputType({ description: 'Revokes an API key: requests with it are refused from then on.' })
export class RevokeApiKeyInput {
  @Field(() => ID)
  @IsId('an API key')
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsVersion()
  version!: number;
}
