// 业务培训: trainings on performance management a county finance bureau holds for its departments
// and units (counted by the comparison metrics training_sessions and training_attendees).
import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantRow } from '../../db/tenant-row.js';

@Entity({ tableName: 'training_event' })
@ObjectType({ description: '业务培训: one training session on performance management, held on one day.' })
export class TrainingEvent extends TenantRow<'fiscalYear'> {
  @Property({ type: 'date' })
  @Field(() => String, { description: 'Day held, YYYY-MM-DD.' })
  heldOn!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  title!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '参训人次: people attending (each person once per session).' })
  attendees!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '培训对象, e.g. 各预算部门绩效管理人员.' })
  audience!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '授课单位或主讲人.' })
  provider!: string | null;

  @Field(() => Int, { description: 'The year held: the fiscal year whose metrics count it.' })
  get fiscalYear(): number {
    return Number(this.heldOn.slice(0, 4));
  }
}
