import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { CompareTenantsArgs, MetricRowsArgs, MetricTrendArgs } from './metric.inputs.js';
import { compareTenants, listMetrics, metricRollupStatus, metricRows, metricTrend } from './metric.service.js';
import { MetricComparison, MetricRollupStatus, MetricRowConnection, MetricTrend, MetricType } from './metric.types.js';

@Resolver()
export class MetricResolver {
  @Query(() => [MetricType], { description: 'The metric registry: every metric a comparison, trend or BI row can carry, with its unit, formula and year measured.' })
  metrics(): MetricType[] {
    return listMetrics();
  }

  @Query(() => MetricComparison, {
    description:
      'Compares the tenants your token may see on metrics for comparison year R: values, numerators, denominators and ranks per tenant, ' +
      'and aggregates over the tenants compared. County, department and tenant-BI tokens get their own row only, without ranks or aggregates.',
  })
  compareTenants(@Args(() => CompareTenantsArgs) args: CompareTenantsArgs, @Ctx() ctx: Context) {
    return compareTenants(ctx, args);
  }

  @Query(() => MetricTrend, { description: 'One metric of one tenant, one point per comparison year. NOT_FOUND for a tenant outside your scope.' })
  metricTrend(@Args(() => MetricTrendArgs) args: MetricTrendArgs, @Ctx() ctx: Context) {
    return metricTrend(ctx, args);
  }

  @Query(() => MetricRowConnection, {
    description: 'Flat metric rows for BI tools (one per tenant and metric), by tenant code then metric key. The same rows as GET /bi/metrics.csv.',
  })
  metricRows(@Args(() => MetricRowsArgs) args: MetricRowsArgs, @Ctx() ctx: Context) {
    return metricRows(ctx, args);
  }

  @Query(() => MetricRollupStatus, {
    description: 'How many of your province’s tenants have current metric rollups (province tokens only; FORBIDDEN otherwise).',
  })
  metricRollupStatus(@Ctx() ctx: Context) {
    return metricRollupStatus(ctx);
  }
}
