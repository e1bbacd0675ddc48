import { IsUrl, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { applyDecorators } from '../../graphql/decorators.js';
import { IsDay, IsFiscalYear, IsId, IsText, IsVersion } from '../../graphql/validation.js';
import { DisclosureChannel, DisclosureDocType, DisclosureSubjectKind } from './disclosure.entity.js';

/** A calendar date written YYYY-MM-DD (whether it exists and is not in the future is checked by the service). */

/** The address of a published page: http or https only. */
const IsWebAddress = () =>
  applyDecorators(
    Length(1, 2000, { message: 'must be an http or https address of at most 2000 characters' }),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http or https address, such as https://www.example.gov.cn/xxgk/1.html' }),
  );

@InputType({ description: 'Records that a document was disclosed or reported.' })
export class RecordDisclosureInput {
  @Field(() => Int, { description: 'The fiscal year the document is about.' })
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => DisclosureDocType)
  docType!: DisclosureDocType;

  @Field(() => DisclosureSubjectKind, { description: 'What the document is about; each document type allows some subjects.' })
  subjectKind!: DisclosureSubjectKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The goal, project year, department or evaluation the document is about; empty for REGION.',
  })
  @IsId('the subject (a goal, project year, department or evaluation)')
  subjectId?: string;

  @Field(() => ID, { nullable: true, description: 'For EVALUATION subjects: the department the evaluation concerns, if any.' })
  @IsId('a department')
  departmentId?: string;

  @Field(() => DisclosureChannel)
  channel!: DisclosureChannel;

  @Field(() => String, { description: 'Date published or reported, YYYY-MM-DD; not in the future.' })
  @IsDay()
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'Address of the published page; required on GOV_WEBSITE and BUDGET_PORTAL.' })
  @IsWebAddress()
  url?: string;

  @Field(() => String, { nullable: true })
  @IsText(2000)
  note?: string;
}

@InputType({ description: 'Corrects a disclosure you read at `version` (to change the document or subject, withdraw it and record it again).' })
export class UpdateDisclosureInput {
  @Field(() => ID)
  @IsId('a disclosure')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => DisclosureChannel, { nullable: true })
  channel?: DisclosureChannel;

  @Field(() => String, { nullable: true })
  @IsDay()
  publishedOn?: string;

  @Field(() => String, { nullable: true })
  @IsWebAddress()
  url?: string;

  @Field(() => String, { nullable: true })
  @IsText(2000)
  note?: string;
}

@InputType({ description: 'Withdraws a disclosure you read at `version`; it stays listed as WITHDRAWN.' })
export class WithdrawDisclosureInput {
  @Field(() => ID)
  @IsId('a disclosure')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { description: 'Why it is withdrawn.' })
  @IsText(2000)
  reason!: string;
}
