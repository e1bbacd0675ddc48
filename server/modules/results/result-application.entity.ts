// 结果应用: evaluation results applied to later budgets — signed adjustments (调增, 压减, 取消 …) of
// a library project's budget for a later fiscal year, traced to the evaluation that caused them.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';
import { DecimalScalar } from '../../graphql/scalars.js';

export enum ResultAction {
  INCREASE = 'INCREASE',
  MAINTAIN = 'MAINTAIN',
  REDUCE = 'REDUCE',
  CANCEL = 'CANCEL',
  MERGE = 'MERGE',
  EXIT = 'EXIT',
}
export const RESULT_ACTION_LABELS = registerLabelledEnum(ResultAction, {
  name: 'ResultAction',
  description: 'What an evaluation result does to a project’s later budget.',
  labels: { INCREASE: '调增', MAINTAIN: '维持', REDUCE: '压减', CANCEL: '取消', MERGE: '整合', EXIT: '退出' },
});

/** The sign each action's amountDelta must have (MERGE may move money either way). */
export const ACTION_SIGN: Record<ResultAction, 'positive' | 'zero' | 'negative' | 'any'> = {
  INCREASE: 'positive',
  MAINTAIN: 'zero',
  REDUCE: 'negative',
  CANCEL: 'negative',
  MERGE: 'any',
  EXIT: 'negative',
};

@Entity({ tableName: 'result_application' })
@ObjectType({ description: '结果应用: a signed adjustment of a project’s budget for a later year, in yuan (negative = 压减).' })
export class ResultApplication extends TenantRow<'actionLabel'> {
  @Property({ type: 'uuid', nullable: true })
  keyEvaluationId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The self-evaluation whose result is applied, when not a key evaluation.' })
  selfEvaluationId!: string | null;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'The fiscal year the evaluation measured.' })
  evaluatedFiscalYear!: number;

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  departmentId!: string;

  @Enum({ items: () => ResultAction, nativeEnumName: 'result_action' })
  @Field(() => ResultAction)
  action!: ResultAction;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, { description: 'Signed yuan: negative reduces, positive increases the budget.' })
  amountDelta!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'The budget year adjusted (after the year evaluated).' })
  targetFiscalYear!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '文号 of the decision.' })
  documentNo!: string | null;

  @Property({ type: 'date' })
  @Field(() => String, { description: 'Date of the decision (YYYY-MM-DD).' })
  decidedOn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String)
  get actionLabel(): string {
    return RESULT_ACTION_LABELS[this.action];
  }
}
