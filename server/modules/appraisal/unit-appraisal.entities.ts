// 部门/乡镇考核: a county scores its own departments and townships the way the province scores it —
// a points scheme with an item tree, the examinee's self scores and the finance bureau's reviewed
// scores. Everything here is tenant-owned; the examinee is an org unit (department or township).
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { allowedActions } from '../../workflow/state-machine.js';
import { ORG_KIND_LABELS, OrgKind } from '../org/department.entity.js';
import {
  APPRAISAL_SCHEME_STATUS_LABELS,
  APPRAISAL_SCHEME_WORKFLOW,
  APPRAISAL_STATUS_LABELS,
  AppraisalSchemeStatus,
  AppraisalStatus,
  UNIT_APPRAISAL_WORKFLOW,
} from './appraisal.entities.js';

@Entity({ tableName: 'unit_appraisal_scheme' })
@ObjectType({ description: '考核办法 of a county for its departments or its townships in a fiscal year.' })
export class UnitAppraisalScheme extends TenantRow<'statusLabel' | 'examineeKindLabel' | 'allowedActions'> {
  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'The fiscal year appraised.' })
  fiscalYear!: number;

  @Enum({ items: () => OrgKind, nativeEnumName: 'org_kind' })
  @Field(() => OrgKind, { description: 'Who is appraised: DEPARTMENT (预算部门) or TOWNSHIP (乡镇/街道).' })
  examineeKind!: OrgKind;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '文号.' })
  documentNumber!: string | null;

  @Property({ type: 'decimal', precision: 6, scale: 2 })
  @Field(() => DecimalScalar)
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

  @Field(() => String)
  get examineeKindLabel(): string {
    return ORG_KIND_LABELS[this.examineeKind];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(APPRAISAL_SCHEME_WORKFLOW, this.status);
  }
}

@Entity({ tableName: 'unit_appraisal_item' })
@ObjectType({ description: 'An item of a county’s scheme for its departments or townships.' })
export class UnitAppraisalItem extends TenantRow {
  @Property({ type: 'uuid' })
  schemeId!: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Property({ type: 'string', length: 21 })
  @Field(() => String)
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
  @Field(() => Int)
  sortOrder!: number;
}

@Entity({ tableName: 'unit_appraisal_submission' })
@ObjectType({ description: 'The appraisal of one department or township against a county scheme: its self scores and the finance bureau’s review.' })
export class UnitAppraisalSubmission extends TenantRow<'statusLabel' | 'allowedActions'> {
  @Property({ type: 'uuid' })
  schemeId!: string;

  /** The examinee org unit; named department_id so department users are limited to their own. */
  @Property({ type: 'uuid' })
  departmentId!: string;

  @Enum({ items: () => AppraisalStatus, nativeEnumName: 'unit_appraisal_status' })
  @Field(() => AppraisalStatus)
  status!: AppraisalStatus;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who reviewed (token subject).' })
  reviewer!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The finance bureau’s overall opinion.' })
  reviewOpinion!: string | null;

  @Field(() => String)
  get statusLabel(): string {
    return APPRAISAL_STATUS_LABELS[this.status];
  }

  @Field(() => [String], { description: 'Workflow actions allowed in the current status.' })
  get allowedActions(): string[] {
    return allowedActions(UNIT_APPRAISAL_WORKFLOW, this.status);
  }
}

@Entity({ tableName: 'unit_appraisal_score' })
export class UnitAppraisalScore extends TenantRow {
  @Property({ type: 'uuid' })
  submissionId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'uuid' })
  itemId!: string;

  @Property({ type: 'decimal', precision: 6, scale: 2 })
  selfScore!: string;

  @Property({ type: 'text', nullable: true })
  evidence!: string | null;

  @Property({ type: 'decimal', precision: 6, scale: 2, nullable: true })
  reviewedScore!: string | null;

  @Property({ type: 'text', nullable: true })
  reviewNote!: string | null;
}
