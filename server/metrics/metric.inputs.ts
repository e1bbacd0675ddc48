import { ArgsType, Field, Int } from 'type-graphql';
import { PageArgs } from '../graphql/connection.js';
import { IsFiscalYear } from '../graphql/validation.js';
import { TenantFilter } from '../modules/regions/tenant.resolver.js';

@ArgsType()
export class CompareTenantsArgs {
  @Field(() => Int, { description: 'The comparison year R (the year the regions report on, e.g. 2024 for the 2024 work reports).' })
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => [String], { nullable: true, description: 'Metric keys (see `metrics`), in the order wanted; every metric when left out.' })
  metricKeys?: string[];

  @Field(() => TenantFilter, { nullable: true, description: 'Compare only tenants of a kind or a city.' })
  filter?: TenantFilter;

  @Field(() => String, { nullable: true, description: 'The metric whose ranking orders the rows; the first metric when left out.' })
  sortBy?: string;
}

@ArgsType()
export class MetricTrendArgs {
  @Field(() => String, { description: 'Region code of a tenant your token may see.' })
  tenantCode!: string;

  @Field(() => String)
  metricKey!: string;

  @Field(() => Int, { description: 'First comparison year.' })
  @IsFiscalYear()
  fromYear!: number;

  @Field(() => Int, { description: 'Last comparison year (at most 30 years after fromYear).' })
  @IsFiscalYear()
  toYear!: number;
}

@ArgsType()
export class MetricRowsArgs extends PageArgs {
  @Field(() => Int, { description: 'The comparison year R.' })
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => [String], { nullable: true, description: 'Metric keys; every metric when left out. Rows come by tenant code, then metric key.' })
  metricKeys?: string[];

  @Field(() => TenantFilter, { nullable: true })
  filter?: TenantFilter;
}
