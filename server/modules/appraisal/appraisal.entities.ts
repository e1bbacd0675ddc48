// 考核: the province scores each county's performance-management work on a points scheme (考核办法,
// e.g. 山西: 25 points in 8 categories). The scheme and its item tree and the province's review
// (评定) are province-owned; the county's self-assessment (自评) is tenant-owned. The county sees
// its self-assessment REVIEWED once the province's review of it is FINAL.
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { allowedActions, defineWorkflow } from '../../workflow/state-machine.js';

/** Columns every province-owned, versioned row shares: the (province_id, id) key, version, timestamps. */
@Entity({ abstract: true })
@ObjectType()
export abstract class ProvinceRow<Computed extends string = never> {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Computed;

  @PrimaryKey({ type: 'uuid' })
  provinceId!: string;

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Changes on every update; send it back with an update to detect concurrent edits.' })
  version!: number;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date = new Date();
}

export enum AppraisalSchemeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
export const APPRAISAL_SCHEME_STATUS_LABELS = registerLabelledEnum(AppraisalSchemeStatus, {
  name: 'AppraisalSchemeStatus',
  description: 'Whether an appraisal scheme is still being drafted or has been published to the examinees.',
  labels: { DRAFT: '编制中', PUBLISHED: '已发布' },
});

/** Where an appraisal stands, as its readers see it (the province level derives REVIEWING/REVIEWED from the province's review). */
export enum AppraisalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  REVIEWING = 'REVIEWING',
  REVIEWED = 'REVIEWED',
}
export const APPRAISAL_STATUS_LABELS = registerLabelledEnum(AppraisalStatus, {
  name: 'AppraisalStatus',
  description: 'Where an appraisal stands: self-scoring, submitted, under review, reviewed.',
  labels: { DRAFT: '自评中', SUBMITTED: '已报送', REVIEWING: '评审中', REVIEWED: '已评定' },
});

export enum AppraisalReviewStatus {
  REVIEWING = 'REVIEWING',
  FINAL = 'FINAL',
}
export const APPRAISAL_REVIEW_STATUS_LABELS = registerLabelledEnum(AppraisalReviewStatus, {
  name: 'AppraisalReviewStatus',
  description: 'Whether the province’s review of a self-assessment is in progress or final.',
  labels: { REVIEWING: '评审中', FINAL: '已评定' },
});

export const APPRAISAL_SCHEME_WORKFLOW = defineWorkflow<AppraisalSchemeStatus, 'edit' | 'publish'>({
  subject: 'appraisal scheme',
  actions: {
    edit: { from: [AppraisalSchemeStatus.DRAFT], to: AppraisalSchemeStatus.DRAFT },
    publish: { from: [AppraisalSchemeStatus.DRAFT], to: AppraisalSchemeStatus.PUBLISHED },
  },
});

type AppraisalAction = 'selfScore' | 'submit' | 'startReview' | 'review' | 'finalize';

/** The steps of an appraisal, the same at both levels: self-score, submit, review, finalize. */
function appraisalWorkflow(subject: string) {
  return defineWorkflow<AppraisalStatus, AppraisalAction>({
    subject,
    actions: {
      selfScore: { from: [AppraisalStatus.DRAFT], to: AppraisalStatus.DRAFT },
      submit: { from: [AppraisalStatus.DRAFT], to: AppraisalStatus.SUBMITTED },
      startReview: { from: [AppraisalStatus.SUBMITTED], to: AppraisalStatus.REVIEWING },
      review: { from: [AppraisalStatus.SUBMITTED, AppraisalStatus.REVIEWING], to: AppraisalStatus.REVIEWING },
      finalize: { from: [AppraisalStatus.REVIEWING], to: AppraisalStatus.REVIEWED },
    },
  });
}
export const APPRAISAL_WORKFLOW = appraisalWorkflow('self-assessment');
export const UNIT_APPRAISAL_WORKFLOW = appraisalWorkflow('unit appraisal');

@Entity({ tableName: 'appraisal_scheme' })
@ObjectType({ description: '考核办法: the province’s points scheme for appraising its counties in a fiscal year.' })
export class AppraisalScheme extends ProvinceRow<'statusLabel' | 'allowedActions'> {
  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'The fiscal year appraised.' })
  fiscalYear!: number;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '文号 of the 考核办法.' })
  documentNumber!: string | null;

  @Property({ type: 'decimal', precision: 6, scale: 2 })
  @Field(() => DecimalScalar, { description: 'Total points (山西: 25).' })
  totalPoints!: string;

  @Enum({ items: () => AppraisalSchemeStatus, nativeEnumName: 'appraisal_scheme_status' })
  @Field(() => AppraisalSchemeStatus)
  status!: AppraisalSchemeStatus;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => String)
  get statusLabel(): string {
    return APPRAISAL_SCHEME_STATUS_LABELS[this.status];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(APPRAISAL_SCHEME_WORKFLOW, this.status);
  }
}

@Entity({ tableName: 'appraisal_item' })
@ObjectType({ description: '考核指标: an item of a province scheme, with its points and scoring standard; items with sub-items carry their sum.' })
export class AppraisalItem extends ProvinceRow {
  @Property({ type: 'uuid' })
  schemeId!: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Property({ type: 'string', length: 21 })
  @Field(() => String, { description: 'Item code within the scheme, e.g. 4.2.' })
  code!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Property({ type: 'decimal', precision: 6, scale: 2 })
  @Field(() => DecimalScalar, { description: '分值.' })
  maxPoints!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '评(扣)分标准.' })
  scoringStandard!: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Position in the scheme, depth-first.' })
  sortOrder!: number;
}

@Entity({ tableName: 'appraisal_submission' })
@ObjectType({ description: '考核自评: a county’s self-assessment against a province scheme, and the province’s review of it.' })
export class AppraisalSubmission extends TenantRow {
  @Property({ type: 'uuid' })
  schemeId!: string;

  /** What the county wrote (DRAFT/SUBMITTED); the status shown adds the province's review. */
  @Enum({ items: ['DRAFT', 'SUBMITTED'], nativeEnumName: 'appraisal_submission_status', fieldName: 'status' })
  storedStatus!: 'DRAFT' | 'SUBMITTED';

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}

@Entity({ tableName: 'appraisal_self_score' })
@ObjectType({ description: '自评得分 of one scored item.' })
export class AppraisalSelfScore extends TenantRow {
  @Property({ type: 'uuid' })
  submissionId!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  itemId!: string;

  @Property({ type: 'decimal', precision: 6, scale: 2 })
  @Field(() => DecimalScalar)
  selfScore!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  evidence!: string | null;
}

@Entity({ tableName: 'appraisal_review' })
@ObjectType({ description: '评定: the province’s review of a county’s self-assessment. The county reads it once FINAL.' })
export class AppraisalReview extends ProvinceRow<'statusLabel'> {
  @Property({ type: 'uuid' })
  examineeTenantId!: string;

  @Property({ type: 'uuid' })
  submissionId!: string;

  @Property({ type: 'uuid' })
  schemeId!: string;

  @Enum({ items: () => AppraisalReviewStatus, nativeEnumName: 'appraisal_review_status' })
  @Field(() => AppraisalReviewStatus)
  status!: AppraisalReviewStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The province’s overall opinion (评定意见).' })
  opinion!: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who reviewed (token subject).' })
  reviewer!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  finalizedAt!: Date | null;

  @Field(() => String)
  get statusLabel(): string {
    return APPRAISAL_REVIEW_STATUS_LABELS[this.status];
  }
}

@Entity({ tableName: 'appraisal_review_score' })
@ObjectType({ description: '评定得分 of one scored item.' })
export class AppraisalReviewScore extends ProvinceRow {
  @Property({ type: 'uuid' })
  reviewId!: string;

  @Property({ type: 'uuid' })
  examineeTenantId!: string;

  @Property({ type: 'uuid' })
  @Field(() => ID)
  itemId!: string;

  @Property({ type: 'decimal', precision: 6, scale: 2 })
  @Field(() => DecimalScalar)
  reviewedScore!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note!: string | null;
}
