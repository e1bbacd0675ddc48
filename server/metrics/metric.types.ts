// GraphQL shapes of the metric registry and its figures. Every figure is a Decimal string (exact);
// amounts are yuan, with their 万元 beside them.
import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../graphql/connection.js';
import { registerLabelledEnum } from '../graphql/labels.js';
import { DecimalScalar } from '../graphql/scalars.js';
import { TENANT_KIND_LABELS, TenantKind } from '../modules/regions/region.entities.js';
import { MetricValueKind, YEAR_OFFSET, type MetricDefinition } from './metric.registry.js';
import { wanOf } from './metric.values.js';

export const METRIC_VALUE_KIND_LABELS = registerLabelledEnum(MetricValueKind, {
  name: 'MetricValueKind',
  description: 'How a metric’s value is derived from its numerator and denominator.',
  labels: {
    PERCENT: '百分比（分子 / 分母 × 100，两位小数）',
    RATIO: '比值（分子 / 分母，两位小数）',
    COUNT: '计数（分子）',
    AMOUNT: '金额（分子，元，两位小数）',
  },
});

export enum ComparisonScope {
  PROVINCE = 'PROVINCE',
  TENANT = 'TENANT',
  DEPARTMENT = 'DEPARTMENT',
}
export const COMPARISON_SCOPE_LABELS = registerLabelledEnum(ComparisonScope, {
  name: 'ComparisonScope',
  description: 'Whose rows a comparison covers, by the token that asks.',
  labels: {
    PROVINCE: '全省（省级角色与省级 BI：各县区排名与全省汇总）',
    TENANT: '本地区（县级管理员与县级 BI：仅本地区，无排名与汇总）',
    DEPARTMENT: '本部门（部门用户：仅本地区，且只统计本部门可见的数据）',
  },
});

@ObjectType('Metric', { description: '对比指标: one metric of the registry: what it counts, in which unit, for which year.' })
export class MetricType {
  constructor(definition: MetricDefinition) {
    this.key = definition.key;
    this.label = definition.label;
    this.unit = definition.unit;
    this.category = definition.category;
    this.formula = definition.formula;
    this.measures = definition.measures;
    this.measuredYearOffset = YEAR_OFFSET[definition.measures];
    this.higherIsBetter = definition.higherIsBetter;
    this.valueKind = definition.valueKind;
    this.hasDenominator = definition.denominator !== null;
    this.amountInYuan = definition.numerator.kind === 'YUAN';
  }

  @Field(() => String, { description: 'Stable key, e.g. goal_coverage_count; BI columns and CSV rows use it.' })
  key: string;

  @Field(() => String, { description: 'Chinese label, e.g. 项目绩效目标覆盖率（个数）.' })
  label: string;

  @Field(() => String, { description: '单位: %, 个, 元, 轮, 分, 个/项, 次, 人次.' })
  unit: string;

  @Field(() => String, { description: 'Area of performance management, e.g. 目标管理, 财政评价.' })
  category: string;

  @Field(() => String, { description: 'Numerator and denominator in words.' })
  formula: string;

  @Field(() => String, { description: 'The fiscal year measured relative to the comparison year R: "R", "R-1" (self-evaluations, done the year after) or "R+1" (result applications to next year’s budget).' })
  measures: string;

  @Field(() => Int, { description: 'measures as a number: measuredYear = fiscalYear + measuredYearOffset.' })
  measuredYearOffset: number;

  @Field(() => Boolean, { description: 'Rank 1 goes to the highest value when true, to the lowest when false.' })
  higherIsBetter: boolean;

  @Field(() => MetricValueKind)
  valueKind: MetricValueKind;

  @Field(() => String)
  get valueKindLabel(): string {
    return METRIC_VALUE_KIND_LABELS[this.valueKind];
  }

  @Field(() => Boolean, { description: 'False for counts and amounts: their value is the numerator.' })
  hasDenominator: boolean;

  @Field(() => Boolean, { description: 'True when numerator (and denominator) are yuan: figures come with their 万元.' })
  amountInYuan: boolean;
}

@ObjectType({ description: 'One metric of one tenant for one comparison year.' })
export class MetricValue {
  /**
   * `metric` says which figures are yuan, for the 万元 fields: those are computed when a client
   * asks for them, not for each of the thousands of values a province comparison holds.
   */
  constructor(
    private readonly metric: MetricDefinition,
    fields: Pick<MetricValue, 'fiscalYear' | 'measuredYear' | 'value' | 'numerator' | 'denominator' | 'rank'>,
  ) {
    this.metricKey = metric.key;
    Object.assign(this, fields);
  }

  @Field(() => String)
  metricKey: string;

  @Field(() => Int, { description: 'The comparison year R.' })
  fiscalYear!: number;

  @Field(() => Int, { description: 'The fiscal year the metric measures (R, R−1 or R+1).' })
  measuredYear!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'The value: % and ratios with two decimals, counts whole, amounts in yuan. Null when the denominator is 0 (nothing to measure).' })
  value!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The value in 万元 (amount metrics only).' })
  get valueWan(): string | null {
    return wanOf(this.value, this.metric.valueKind);
  }

  @Field(() => DecimalScalar, { description: '分子 (yuan with two decimals for amounts).' })
  numerator!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The numerator in 万元 when it is yuan.' })
  get numeratorWan(): string | null {
    return wanOf(this.numerator, this.metric.numerator.kind);
  }

  @Field(() => DecimalScalar, { nullable: true, description: '分母; null for counts and amounts. Shown also when 0 (then value is null).' })
  denominator!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The denominator in 万元 when it is yuan.' })
  get denominatorWan(): string | null {
    return this.metric.denominator ? wanOf(this.denominator, this.metric.denominator.kind) : null;
  }

  @Field(() => Int, {
    nullable: true,
    description: 'Rank among the tenants compared: 1 is best (see Metric.higherIsBetter), equal values share a rank (1, 1, 3); null without a value, and for single-tenant scopes.',
  })
  rank!: number | null;
}

@ObjectType({ description: 'One tenant of a comparison with its metric values, in the order of the requested metrics.' })
export class TenantMetrics {
  @Field(() => String)
  tenantCode!: string;

  @Field(() => String)
  tenantName!: string;

  @Field(() => TenantKind)
  tenantKind!: TenantKind;

  @Field(() => String)
  get tenantKindLabel(): string {
    return TENANT_KIND_LABELS[this.tenantKind];
  }

  @Field(() => String, { nullable: true })
  cityCode!: string | null;

  @Field(() => String, { nullable: true })
  cityName!: string | null;

  @Field(() => String)
  provinceName!: string;

  @Field(() => [MetricValue])
  values!: MetricValue[];
}

@ObjectType({ description: 'A metric over all tenants compared (the province, after the filter).' })
export class MetricAggregate {
  @Field(() => String)
  metricKey!: string;

  @Field(() => DecimalScalar, { description: 'Σ numerators.' })
  numerator!: string;

  @Field(() => DecimalScalar, { nullable: true })
  numeratorWan!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Σ denominators; null for counts and amounts.' })
  denominator!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  denominatorWan!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Total: the metric over the sum, Σ numerator / Σ denominator (× 100 for %), or Σ numerator for counts and amounts.' })
  total!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The total in 万元 (amount metrics only).' })
  totalWan!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Mean of the tenants’ values (tenants without a value left out), two decimals.' })
  mean!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Median of the tenants’ values, two decimals.' })
  median!: string | null;

  @Field(() => Int, { description: 'Tenants with a value.' })
  tenantsWithValue!: number;

  @Field(() => Int, { description: 'Tenants compared.' })
  tenantCount!: number;
}

@ObjectType({ description: 'Tenants compared on metrics for one comparison year.' })
export class MetricComparison {
  @Field(() => Int, { description: 'The comparison year R.' })
  fiscalYear!: number;

  @Field(() => ComparisonScope)
  scope!: ComparisonScope;

  @Field(() => String)
  get scopeLabel(): string {
    return COMPARISON_SCOPE_LABELS[this.scope];
  }

  @Field(() => [MetricType], { description: 'The metrics compared, in the order of every row’s values.' })
  metrics!: MetricType[];

  @Field(() => String, { description: 'The metric the rows are ordered by: rank 1 first, tenants without a value last, then by code.' })
  sortedBy!: string;

  @Field(() => [TenantMetrics])
  rows!: TenantMetrics[];

  @Field(() => [MetricAggregate], { nullable: true, description: 'One per metric, in the order of `metrics`; null when your token sees one tenant only (no figure that would reveal others).' })
  aggregates!: MetricAggregate[] | null;
}

@ObjectType({ description: 'One metric of one tenant over a range of comparison years.' })
export class MetricTrend {
  @Field(() => String)
  tenantCode!: string;

  @Field(() => String)
  tenantName!: string;

  @Field(() => MetricType)
  metric!: MetricType;

  @Field(() => [MetricValue], { description: 'One point per comparison year, oldest first (ranks are null).' })
  points!: MetricValue[];
}

/** The BI columns, in order: the CSV header and the GraphQL fields of MetricRow. */
export const METRIC_ROW_COLUMNS = [
  'tenantCode',
  'tenantName',
  'tenantKind',
  'cityName',
  'provinceName',
  'fiscalYear',
  'measuredYear',
  'metricKey',
  'label',
  'unit',
  'value',
  'numerator',
  'denominator',
] as const;

@ObjectType({ description: 'A flat metric row for BI tools: one tenant, one metric, one comparison year. Column names are stable; the CSV has the same columns.' })
export class MetricRow {
  @Field(() => String)
  tenantCode!: string;

  @Field(() => String)
  tenantName!: string;

  @Field(() => TenantKind)
  tenantKind!: TenantKind;

  @Field(() => String, { nullable: true })
  cityName!: string | null;

  @Field(() => String)
  provinceName!: string;

  @Field(() => Int, { description: 'The comparison year R.' })
  fiscalYear!: number;

  @Field(() => Int)
  measuredYear!: number;

  @Field(() => String)
  metricKey!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => DecimalScalar, { nullable: true })
  value!: string | null;

  @Field(() => DecimalScalar)
  numerator!: string;

  @Field(() => DecimalScalar, { nullable: true })
  denominator!: string | null;
}

@ObjectType()
export class MetricRowConnection extends ConnectionType(MetricRow, 'MetricRow') {}

@ObjectType({
  description:
    'How current the stored metric rollups of the tenants you may see are. A comparison reads a tenant’s rollup only when it holds exactly ' +
    'what the live computation gives; a stale tenant is computed live (same figures, slower) until the server’s refresher has caught up.',
})
export class MetricRollupStatus {
  @Field(() => Int, { description: 'Tenants whose rollup was computed from their current rows, today (China date).' })
  freshTenants!: number;

  @Field(() => Int, { description: 'Tenants without a rollup, or whose rows changed since it was computed: computed live for now.' })
  staleTenants!: number;

  @Field(() => Date, { nullable: true, description: 'When the most recent of these rollups was stored; null before the first.' })
  lastRefreshedAt!: Date | null;
}
