import { Entity, Property } from '@mikro-orm/core';
import { TenantRow } from '../../db/tenant-row.js';

/** One region's setting of one rule; absent rules take the national default. */
@Entity({ tableName: 'tenant_rule' })
export class TenantRule extends TenantRow {
  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;
}
