// 抽查复核: the finance bureau rechecks a sample of finance-reviewed self-evaluations with its own
// score; a large discrepancy, a different grade or a 差 recheck grade is a candidate for 通报.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { SELF_EVALUATION_GRADE_LABELS, SelfEvaluationGrade } from './self-evaluation.entity.js';

@Entity({ tableName: 'self_evaluation_recheck' })
@ObjectType({ description: '抽查复核 of a self-evaluation: the finance bureau’s own score and grade beside the self-evaluated ones.' })
export class SelfEvaluationRecheck extends TenantRow<'selfGradeLabel' | 'recheckGradeLabel'> {
  @Property({ type: 'uuid' })
  selfEvaluationId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  @Field(() => DecimalScalar, { description: 'The self-evaluated total when rechecked.' })
  selfScore!: string;

  @Enum({ items: () => SelfEvaluationGrade, nativeEnumName: 'self_evaluation_grade' })
  @Field(() => SelfEvaluationGrade, { description: 'Grade of the self-evaluated total under the scheme the recheck used.' })
  selfGrade!: SelfEvaluationGrade;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  @Field(() => DecimalScalar, { description: 'The finance bureau’s score (0–100).' })
  recheckScore!: string;

  @Enum({ items: () => SelfEvaluationGrade, nativeEnumName: 'self_evaluation_grade' })
  @Field(() => SelfEvaluationGrade)
  recheckGrade!: SelfEvaluationGrade;

  @Property({ type: 'decimal', precision: 5, scale: 2 })
  @Field(() => DecimalScalar, { description: '|self score − recheck score| in points.' })
  discrepancy!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean)
  gradeDiffers!: boolean;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '差异较大: the discrepancy reaches the region’s recheck.largeDiscrepancyPoints, or the grade differs.' })
  largeDiscrepancy!: boolean;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: '通报 candidate: a large discrepancy, or a 差 (POOR) recheck grade.' })
  notify!: boolean;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  opinion!: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who rechecked (token subject).' })
  rechecker!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  recheckedAt!: Date;

  @Field(() => String)
  get selfGradeLabel(): string {
    return SELF_EVALUATION_GRADE_LABELS[this.selfGrade];
  }

  @Field(() => String)
  get recheckGradeLabel(): string {
    return SELF_EVALUATION_GRADE_LABELS[this.recheckGrade];
  }
}
