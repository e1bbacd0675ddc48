import { ArrayMaxSize, ArrayMinSize, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';
import { IsFiscalYear, IsId, IsText, IsVersion } from '../../graphql/validation.js';
import { OrgKind } from '../org/department.entity.js';

/** An item code such as 4.2: 1–21 letters, digits, ".", "_" or "-". */
const IsItemCode = () => Matches(/^[0-9A-Za-z._-]{1,21}$/, { message: 'must be 1 to 21 letters, digits, ".", "_" or "-", such as 4.2' });
/** Points above 0 with at most two decimals, within numeric(6,2). */
const IsPoints = () => Matches(/^(?!0+(\.0+)?$)\d{1,4}(\.\d{1,2})?$/, { message: 'must be points above 0 with at most two decimals, such as "2" or "1.5"' });
/** A score of 0 or more with at most two decimals; the item's points cap it (checked against the item). */
const IsScorePoints = () => Matches(/^\d{1,4}(\.\d{1,2})?$/, { message: 'must be a score of 0 or more with at most two decimals, such as "1.64"' });

@InputType({ description: 'An item of a scheme with its sub-items. An item with sub-items carries exactly the sum of their points.' })
export class AppraisalItemInput {
  @Field(() => String, { description: 'Code within the scheme, e.g. 4.2.' })
  @IsItemCode()
  code!: string;

  @Field(() => String)
  @IsText(200)
  name!: string;

  @Field(() => DecimalScalar, { description: '分值, e.g. "4".' })
  @IsPoints()
  maxPoints!: string;

  @Field(() => String, { nullable: true, description: '评(扣)分标准.' })
  @IsText(4000)
  scoringStandard?: string;

  @Field(() => [AppraisalItemInput], { nullable: true, description: 'Sub-items (at most four levels in all).' })
  @ArrayMaxSize(50, { message: 'at most 50 sub-items per item' })
  @ValidateNested({ each: true })
  children?: AppraisalItemInput[];
}

@InputType({ description: 'A new DRAFT points scheme with its item tree (province: PROVINCE_ADMIN).' })
export class CreateAppraisalSchemeInput {
  @Field(() => Int, { description: 'The fiscal year appraised.' })
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => String)
  @IsText(200)
  name!: string;

  @Field(() => String, { nullable: true, description: '文号.' })
  @IsText(100)
  documentNumber?: string;

  @Field(() => DecimalScalar, { description: 'Total points; the top-level items must sum to it when published.' })
  @IsPoints()
  totalPoints!: string;

  @Field(() => [AppraisalItemInput], { description: 'Top-level items with their sub-items.' })
  @ArrayMinSize(1, { message: 'a scheme needs at least one item' })
  @ArrayMaxSize(50, { message: 'at most 50 top-level items' })
  @ValidateNested({ each: true })
  items!: AppraisalItemInput[];
}

@InputType({ description: 'Changes to a DRAFT scheme; `items` replaces the whole tree.' })
export class UpdateAppraisalSchemeInput {
  @Field(() => ID)
  @IsId('an appraisal scheme')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsText(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsText(100)
  documentNumber?: string;

  @Field(() => DecimalScalar, { nullable: true })
  @IsPoints()
  totalPoints?: string;

  @Field(() => [AppraisalItemInput], { nullable: true, description: 'The complete new tree; unset keeps the current one.' })
  @ArrayMinSize(1, { message: 'a scheme needs at least one item' })
  @ArrayMaxSize(50, { message: 'at most 50 top-level items' })
  @ValidateNested({ each: true })
  items?: AppraisalItemInput[];
}

@InputType({ description: 'A county scheme for its departments or townships (COUNTY_ADMIN).' })
export class CreateUnitAppraisalSchemeInput extends CreateAppraisalSchemeInput {
  @Field(() => OrgKind, { description: 'DEPARTMENT (预算部门) or TOWNSHIP (乡镇/街道).' })
  examineeKind!: OrgKind;
}

@InputType({ description: 'Starts a county’s self-assessment against a published province scheme (COUNTY_ADMIN).' })
export class StartAppraisalSubmissionInput {
  @Field(() => ID)
  @IsId('an appraisal scheme')
  schemeId!: string;
}

@InputType({ description: 'Starts the appraisal of a department or township against a published county scheme.' })
export class StartUnitAppraisalInput {
  @Field(() => ID)
  @IsId('a county appraisal scheme')
  schemeId!: string;

  @Field(() => ID, { description: 'The department or township appraised (its kind must match the scheme’s).' })
  @IsId('a department or township')
  examineeId!: string;
}

@InputType({ description: 'The self score of one scored item (an item without sub-items).' })
export class SelfScoreInput {
  @Field(() => ID)
  @IsId('an item of the scheme')
  itemId!: string;

  @Field(() => DecimalScalar, { description: '自评得分, from 0 to the item’s points.' })
  @IsScorePoints()
  selfScore!: string;

  @Field(() => String, { nullable: true, description: 'Evidence or explanation (e.g. the document that earns the points).' })
  @IsText(4000)
  evidence?: string;
}

@InputType({ description: 'Self scores to record on an appraisal you read at `version`; items not listed keep theirs.' })
export class SaveSelfScoresInput {
  @Field(() => ID)
  @IsId('the appraisal')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => [SelfScoreInput])
  @ArrayMinSize(1, { message: 'send at least one score' })
  @ArrayMaxSize(200, { message: 'at most 200 scores at once' })
  @ValidateNested({ each: true })
  scores!: SelfScoreInput[];
}

@InputType({ description: 'The reviewed score of one scored item.' })
export class ReviewScoreInput {
  @Field(() => ID)
  @IsId('an item of the scheme')
  itemId!: string;

  @Field(() => DecimalScalar, { description: '评定得分, from 0 to the item’s points.' })
  @IsScorePoints()
  reviewedScore!: string;

  @Field(() => String, { nullable: true, description: 'Why the reviewed score differs from the self score.' })
  @IsText(4000)
  note?: string;
}

@InputType({ description: 'Reviewed scores to record on a review (province) or unit appraisal (county) you read at `version`; items not listed keep theirs.' })
export class SaveReviewScoresInput {
  @Field(() => ID)
  @IsId('the review')
  id!: string;

  @Field(() => Int)
  @IsVersion()
  version!: number;

  @Field(() => [ReviewScoreInput], { defaultValue: [] })
  @ArrayMaxSize(200, { message: 'at most 200 scores at once' })
  @ValidateNested({ each: true })
  scores!: ReviewScoreInput[];

  @Field(() => String, { nullable: true, description: 'Overall opinion (评定意见).' })
  @IsText(4000)
  opinion?: string;
}

@InputType({ description: 'Starts the province’s review of a submitted self-assessment (PROVINCE_ADMIN); reviewed scores start as the self scores.' })
export class StartAppraisalReviewInput {
  @Field(() => ID)
  @IsId('a self-assessment')
  submissionId!: string;
}
