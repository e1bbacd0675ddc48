// The comparison, trends and BI rows, computed from the chain's rows in the request's transaction
// (no cache: the next request after a commit sees it; stored rollups stand in for a tenant's rows
// only where they hold exactly the same figures, see metric.statement.ts). The SQL runs as the API
// role, so row-level security decides which tenants and rows count; scopes that see a single
// tenant additionally get no ranks and no aggregates.
import type { Scope } from '../auth/scope.js';
import { decodeCursor, Connection, pageSize } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { badUserInput, forbidden, notFound } from '../graphql/errors.js';
import type { TenantKind } from '../modules/regions/region.entities.js';
import { METRICS, measuredYear, metricByKey, type MetricDefinition } from './metric.registry.js';
import { METRIC_PLANNER_SETTINGS, ROLLUP_DEFINITION, buildMetricStatement, rollupCurrent, type RawMetricRow, type StatementOptions, type TenantSelection } from './metric.statement.js';
import {
  ComparisonScope,
  MetricAggregate,
  MetricComparison,
  MetricRollupStatus,
  MetricRow,
  MetricTrend,
  MetricType,
  MetricValue,
  TenantMetrics,
} from './metric.types.js';
import { competitionRanks, figureOf, meanAndMedian, wanOf, type Figure } from './metric.values.js';

/** Longest trend asked in one request. */
export const MAX_TREND_YEARS = 30;

export function comparisonScope(scope: Scope): ComparisonScope {
  if (scope.role === 'PROVINCE_ADMIN' || scope.role === 'PROVINCE_ANALYST' || (scope.role === 'BI_READER' && scope.province)) return ComparisonScope.PROVINCE;
  return scope.role === 'DEPARTMENT_USER' ? ComparisonScope.DEPARTMENT : ComparisonScope.TENANT;
}

export function listMetrics(): MetricType[] {
  return METRICS.map((metric) => new MetricType(metric));
}

/** The metrics named, in the order given (duplicates dropped); every metric when none is named. */
export function resolveMetrics(keys: string[] | null | undefined, field: string): MetricDefinition[] {
  if (keys == null) return [...METRICS];
  if (keys.length === 0) throw badUserInput(field, 'name at least one metric key, or leave it out for every metric (see the `metrics` query).');
  const unknown = keys.filter((key) => !metricByKey(key));
  if (unknown.length > 0) {
    throw badUserInput(field, `${unknown.map((key) => JSON.stringify(key)).join(', ')} ${unknown.length === 1 ? 'is not a metric key' : 'are not metric keys'}; the \`metrics\` query lists them (e.g. goal_coverage_count, key_eval_amount).`);
  }
  return [...new Set(keys)].map((key) => metricByKey(key)!);
}

export function checkFiscalYear(year: number, field: string): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput(field, `must be a year between 2000 and 2100; got ${year}.`);
}

export interface TenantFilterInput {
  kind?: TenantKind | null;
  cityCode?: string | null;
}

function tenantSelection(filter: TenantFilterInput | null | undefined): TenantSelection {
  if (filter?.cityCode != null && !/^\d{4}$/.test(filter.cityCode)) {
    throw badUserInput('filter.cityCode', `must be a four-digit city code such as 3704; got "${filter.cityCode}".`);
  }
  return { kind: filter?.kind ?? null, cityCode: filter?.cityCode ?? null };
}

/**
 * Runs the metric statement with hash joins only, and nothing else in between (one serial block).
 * Row-level security makes the planner guess one row per tenant scope; on that guess a nested
 * loop would probe one large set once per row of another, and a merge join would pair rows on
 * tenant_id alone and filter the ids pair by pair (see metric.sql.ts). Hash joins key on every
 * equality and stay linear. JIT is off too: disabled join methods carry a huge cost penalty,
 * which makes a JIT-enabled server (e.g. a managed PostgreSQL 15) compile this large statement
 * for seconds. The settings are transaction-local and put back right after (RequestDb.withPlannerOff).
 * A request of metric fields only has them off from its first statement (limits.ts plannerOffFor):
 * two round trips fewer.
 */
async function runStatement(ctx: Pick<Context, 'db'>, options: StatementOptions): Promise<RawMetricRow[]> {
  const { sql, params } = buildMetricStatement(options);
  const { db } = ctx;
  return db.withPlannerOff(METRIC_PLANNER_SETTINGS, (_em, run) => run<RawMetricRow>(sql, params));
}

function figureAt(row: RawMetricRow, metric: MetricDefinition, index: number, prefix = ''): Figure {
  return figureOf(metric, String(row[`${prefix}n${index}`]), metric.denominator ? String(row[`${prefix}d${index}`]) : null);
}

function metricValue(metric: MetricDefinition, r: number, figure: Figure, rank: number | null): MetricValue {
  return new MetricValue(metric, {
    fiscalYear: r,
    measuredYear: measuredYear(metric, r),
    value: figure.value,
    numerator: figure.numerator,
    denominator: figure.denominator,
    rank,
  });
}

/**
 * compareTenants: one row per tenant the token may see (after the filter) with each metric's
 * value, operands and rank, and the aggregates over those tenants. One SQL statement.
 */
export async function compareTenants(
  ctx: Context,
  args: { fiscalYear: number; metricKeys?: string[] | null; filter?: TenantFilterInput | null; sortBy?: string | null },
): Promise<MetricComparison> {
  checkFiscalYear(args.fiscalYear, 'fiscalYear');
  const metrics = resolveMetrics(args.metricKeys, 'metricKeys');
  const sortBy = args.sortBy ?? metrics[0].key;
  const sortIndex = metrics.findIndex((metric) => metric.key === sortBy);
  if (sortIndex < 0) throw badUserInput('sortBy', `must be one of the metrics compared (${metrics.map((metric) => metric.key).join(', ')}); got "${sortBy}".`);
  const selection = tenantSelection(args.filter);
  const scope = comparisonScope(ctx.scope);
  const r = args.fiscalYear;

  return ctx.comparisons.answer(ctx.db, { scope: ctx.scope, metrics, fiscalYear: r, selection, sortBy }, () =>
    computeComparison(ctx, { metrics, r, selection, scope, sortBy, sortIndex }),
  );
}

/** A comparison computed: the metric statement, then every tenant's exact figures and ranks. */
async function computeComparison(
  ctx: Context,
  { metrics, r, selection, scope, sortBy, sortIndex }: { metrics: MetricDefinition[]; r: number; selection: TenantSelection; scope: ComparisonScope; sortBy: string; sortIndex: number },
): Promise<MetricComparison> {
  const crossTenant = scope === ComparisonScope.PROVINCE;
  const raw = await runStatement(ctx, { metrics, fromYear: r, toYear: r, tenants: selection, totals: crossTenant });
  const figures = raw.map((row) => metrics.map((metric, i) => figureAt(row, metric, i)));
  const ranks = metrics.map((metric, i) =>
    crossTenant ? competitionRanks(figures.map((tenantFigures) => tenantFigures[i].order), metric.higherIsBetter) : raw.map(() => null),
  );

  const rows = raw.map((row, t) =>
    Object.assign(new TenantMetrics(), {
      tenantCode: row.code,
      tenantName: row.name,
      tenantKind: row.kind as TenantKind,
      cityCode: row.city_code,
      cityName: row.city_name,
      provinceName: row.province_name,
      values: metrics.map((metric, i) => metricValue(metric, r, figures[t][i], ranks[i][t])),
    }),
  );
  // Rank 1 first; tenants without a value last; ties and the rest by code (rows come by code).
  const order = rows.map((_, t) => t);
  order.sort((a, b) => {
    const ra = ranks[sortIndex][a];
    const rb = ranks[sortIndex][b];
    if (ra === rb) return a - b;
    if (ra === null) return 1;
    if (rb === null) return -1;
    return ra - rb;
  });

  const aggregates = crossTenant
    ? metrics.map((metric, i) => {
        const values = figures.map((tenantFigures) => tenantFigures[i].order).filter((order): order is bigint => order !== null);
        // Σ numerator and Σ denominator were summed by SQL over the same tenants (0 without tenants).
        const first = raw[0];
        const total = first
          ? figureAt(first, metric, i, 's')
          : figureOf(metric, '0', metric.denominator ? '0' : null);
        return Object.assign(new MetricAggregate(), {
          metricKey: metric.key,
          numerator: total.numerator,
          numeratorWan: wanOf(total.numerator, metric.numerator.kind),
          denominator: total.denominator,
          denominatorWan: metric.denominator ? wanOf(total.denominator, metric.denominator.kind) : null,
          total: total.value,
          totalWan: wanOf(total.value, metric.valueKind),
          ...meanAndMedian(values),
          tenantsWithValue: values.length,
          tenantCount: raw.length,
        });
      })
    : null;

  return Object.assign(new MetricComparison(), {
    fiscalYear: r,
    scope,
    metrics: metrics.map((metric) => new MetricType(metric)),
    sortedBy: sortBy,
    rows: order.map((t) => rows[t]),
    aggregates,
  });
}

/** metricTrend: one metric of one visible tenant, one point per comparison year. One statement. */
export async function metricTrend(
  ctx: Context,
  args: { tenantCode: string; metricKey: string; fromYear: number; toYear: number },
): Promise<MetricTrend> {
  checkFiscalYear(args.fromYear, 'fromYear');
  checkFiscalYear(args.toYear, 'toYear');
  if (args.toYear < args.fromYear) throw badUserInput('toYear', `must not be before fromYear (${args.fromYear}); got ${args.toYear}.`);
  if (args.toYear - args.fromYear + 1 > MAX_TREND_YEARS) {
    throw badUserInput('toYear', `a trend covers at most ${MAX_TREND_YEARS} years; ask ${args.fromYear}–${args.fromYear + MAX_TREND_YEARS - 1} or narrow the range.`);
  }
  const [metric] = resolveMetrics([args.metricKey], 'metricKey');
  if (!/^\d{6,9}$/.test(args.tenantCode)) throw badUserInput('tenantCode', `must be a 6 to 9 digit region code such as 370406; got "${args.tenantCode}".`);
  const raw = await runStatement(ctx, {
    metrics: [metric],
    fromYear: args.fromYear,
    toYear: args.toYear,
    tenants: { tenantCode: args.tenantCode },
    totals: false,
  });
  // Row-level security hides tenants outside the token's scope: no rows, as for an unknown code.
  if (raw.length === 0) throw notFound(`Tenant ${args.tenantCode}`);
  return Object.assign(new MetricTrend(), {
    tenantCode: raw[0].code,
    tenantName: raw[0].name,
    metric: new MetricType(metric),
    points: raw.map((row) => metricValue(metric, Number(row.r), figureAt(row, metric, 0), null)),
  });
}

/** The flat BI rows of some tenants, ordered by tenant code then metric key. */
function flatRows(raw: RawMetricRow[], metrics: MetricDefinition[]): MetricRow[] {
  return raw.flatMap((row) =>
    metrics.map((metric, i) => {
      const figure = figureAt(row, metric, i);
      const r = Number(row.r);
      return Object.assign(new MetricRow(), {
        tenantCode: row.code,
        tenantName: row.name,
        tenantKind: row.kind as TenantKind,
        cityName: row.city_name,
        provinceName: row.province_name,
        fiscalYear: r,
        measuredYear: measuredYear(metric, r),
        metricKey: metric.key,
        label: metric.label,
        unit: metric.unit,
        value: figure.value,
        numerator: figure.numerator,
        denominator: figure.denominator,
      });
    }),
  );
}

function byKey(metrics: MetricDefinition[]): MetricDefinition[] {
  return [...metrics].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * metricRows: a keyset page of the flat rows (tenant code, metric key). Only the tenants the page
 * needs are computed, in one statement.
 */
export async function metricRows(
  ctx: Context,
  args: { fiscalYear: number; metricKeys?: string[] | null; filter?: TenantFilterInput | null; first?: number; after?: string },
): Promise<Connection<MetricRow>> {
  checkFiscalYear(args.fiscalYear, 'fiscalYear');
  const metrics = byKey(resolveMetrics(args.metricKeys, 'metricKeys'));
  const selection = tenantSelection(args.filter);
  const size = pageSize(args.first, ctx.maxPageSize);
  const [afterCode, afterKey] = args.after ? decodeCursor(args.after) : [undefined, undefined];
  // The tenant of the cursor (partly done) plus enough tenants for size + 1 rows.
  const limit = Math.ceil((size + 1) / metrics.length) + 1;
  const raw = await runStatement(ctx, {
    metrics,
    fromYear: args.fiscalYear,
    toYear: args.fiscalYear,
    tenants: selection,
    page: { fromCode: afterCode, limit },
    totals: false,
  });
  const rows = flatRows(raw, metrics)
    .filter((row) => afterCode === undefined || row.tenantCode > afterCode || (row.tenantCode === afterCode && row.metricKey > afterKey!))
    .slice(0, size + 1);
  const tenantTotal = raw[0] ? Number(raw[0].tenant_total) : null;
  return new Connection(rows, size, (row) => [row.tenantCode, row.metricKey], async () => {
    if (tenantTotal !== null) return tenantTotal * metrics.length;
    // Past the last tenant: count the tenants the filter selects (one statement, only if asked).
    const counted = await runStatement(ctx, { metrics: [], fromYear: args.fiscalYear, toYear: args.fiscalYear, tenants: selection, totals: false });
    return counted.length * metrics.length;
  });
}

/** Every BI row of the scope for a year, for the CSV download. One statement. */
export async function allMetricRows(
  ctx: Pick<Context, 'db'>,
  args: { fiscalYear: number; metricKeys?: string[] | null; filter?: TenantFilterInput | null },
): Promise<MetricRow[]> {
  checkFiscalYear(args.fiscalYear, 'fiscalYear');
  const metrics = byKey(resolveMetrics(args.metricKeys, 'metrics'));
  const selection = tenantSelection(args.filter);
  const raw = await runStatement(ctx, { metrics, fromYear: args.fiscalYear, toYear: args.fiscalYear, tenants: selection, totals: false });
  return flatRows(raw, metrics);
}

/**
 * metricRollupStatus: how many of the province's tenants have a current rollup (province scopes
 * only). A stale tenant is computed live by every comparison until the refresher catches up.
 */
export async function metricRollupStatus(ctx: Context): Promise<MetricRollupStatus> {
  if (comparisonScope(ctx.scope) !== ComparisonScope.PROVINCE) {
    throw forbidden(`metricRollupStatus covers a province's tenants: ask with a PROVINCE_ADMIN, PROVINCE_ANALYST or province BI_READER token; yours is ${ctx.scope.role}.`);
  }
  const [row] = await ctx.db.query<{ fresh: number; stale: number; last: Date | string | null }>(
    `select count(*) filter (where current)::int as fresh, count(*) filter (where not current)::int as stale, max(refreshed_at) as last
       from (select s.refreshed_at, ${rollupCurrent('s', 'v')} as current
               from tenant t
               left join metric_rollup_state s on s.tenant_id = t.id
               left join metric_version v on v.tenant_id = t.id) tenants`,
    [ROLLUP_DEFINITION],
  );
  return Object.assign(new MetricRollupStatus(), { freshTenants: row.fresh, staleTenants: row.stale, lastRefreshedAt: row.last ? new Date(row.last) : null });
}
