// 专家库: the tenant's expert pool (行业专家, 财务专家) and the experts assigned to key evaluations.
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';
import { registerLabelledEnum } from '../../graphql/labels.js';

export enum ExpertSpecialty {
  INDUSTRY = 'INDUSTRY',
  FINANCE = 'FINANCE',
  OTHER = 'OTHER',
}
export const EXPERT_SPECIALTY_LABELS = registerLabelledEnum(ExpertSpecialty, {
  name: 'ExpertSpecialty',
  description: 'What an expert of the pool reviews.',
  labels: { INDUSTRY: '行业专家', FINANCE: '财务专家', OTHER: '其他专家' },
});

@Entity({ tableName: 'expert' })
@ObjectType({ description: 'An expert of the tenant’s pool (专家库), assigned to key evaluations.' })
export class Expert extends TenantRow<'specialtyLabel'> {
  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Enum({ items: () => ExpertSpecialty, nativeEnumName: 'expert_specialty' })
  @Field(() => ExpertSpecialty)
  specialty!: ExpertSpecialty;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Where the expert works (单位).' })
  organization!: string | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Inactive experts stay on past evaluations but cannot be assigned to new ones.' })
  active!: boolean;

  @Field(() => String)
  get specialtyLabel(): string {
    return EXPERT_SPECIALTY_LABELS[this.specialty];
  }
}

/** One expert on one key evaluation's panel; department_id follows the evaluation's for RLS. */
@Entity({ tableName: 'key_evaluation_expert' })
export class KeyEvaluationExpert {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  keyEvaluationId!: string;

  @PrimaryKey({ type: 'uuid' })
  expertId!: string;

  @Property({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
