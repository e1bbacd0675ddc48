// Builds the ONE statement that computes the requested metrics for every tenant compared and every
// comparison year asked for: the families the metrics need (metric.sql.ts), each once, joined to
// the tenants. The number of statements a comparison, trend, BI page or CSV costs is therefore
// fixed, whatever the number of tenants or metrics.
import type { MetricDefinition, Operand } from './metric.registry.js';
import { FAMILIES, type Cte, type FamilyName } from './metric.sql.js';

export interface TenantSelection {
  kind?: string | null;
  cityCode?: string | null;
  tenantCode?: string | null;
}

export interface StatementOptions {
  metrics: readonly MetricDefinition[];
  fromYear: number;
  toYear: number;
  tenants: TenantSelection;
  /** Keyset page over tenants: codes from `fromCode` on, at most `limit` tenants. */
  page?: { fromCode?: string; limit: number };
  /** Adds Σ numerator and Σ denominator over the tenants compared, per year (province totals). */
  totals: boolean;
}

/** One row per (tenant, comparison year); metric i's operands are n<i>, d<i> (and sn<i>, sd<i>). */
export interface RawMetricRow {
  r: number;
  tenant_id: string;
  code: string;
  name: string;
  kind: string;
  city_code: string | null;
  city_name: string | null;
  province_name: string;
  tenant_total: string;
  [operand: string]: string | number | null;
}

const operandSql = (operand: Operand) => `coalesce(${operand.family}.${operand.column}, 0)`;

export function buildMetricStatement(options: StatementOptions): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const ctes: string[] = [];

  ctes.push('years as (select generate_series(?::int, ?::int) as r)');
  params.push(options.fromYear, options.toYear);

  // Row-level security on `tenant` leaves only the tenants the caller may see; the filter narrows.
  const conditions: string[] = ['true'];
  if (options.tenants.kind) {
    conditions.push('t.kind = ?::tenant_kind');
    params.push(options.tenants.kind);
  }
  if (options.tenants.cityCode) {
    conditions.push('c.code = ?');
    params.push(options.tenants.cityCode);
  }
  if (options.tenants.tenantCode) {
    conditions.push('t.code = ?');
    params.push(options.tenants.tenantCode);
  }
  ctes.push(`scope_all as (
    select t.id as tenant_id, t.code, t.name, t.kind::text as kind, c.code as city_code, c.name as city_name,
           p.name as province_name, count(*) over () as tenant_total
      from tenant t
      join province p on p.id = t.province_id
      left join city c on c.id = t.city_id
     where ${conditions.join(' and ')})`);
  if (options.page) {
    const pageConditions = options.page.fromCode ? 'where code >= ?' : '';
    if (options.page.fromCode) params.push(options.page.fromCode);
    ctes.push(`scope_tenants as (select * from scope_all ${pageConditions} order by code limit ?)`);
    params.push(options.page.limit);
  } else {
    ctes.push('scope_tenants as (select * from scope_all)');
  }
  ctes.push(`scope_ids as (select coalesce(array_agg(tenant_id), '{}') as ids from scope_tenants)`);

  // Each family once, each shared CTE (e.g. key_eval) once, in dependency order.
  const families = new Set<FamilyName>();
  for (const metric of options.metrics) {
    families.add(metric.numerator.family);
    if (metric.denominator) families.add(metric.denominator.family);
  }
  const seen = new Set<string>();
  const familyCtes: Cte[] = [];
  for (const family of families) {
    for (const cte of FAMILIES[family].ctes) {
      if (seen.has(cte.name)) continue;
      seen.add(cte.name);
      familyCtes.push(cte);
    }
  }
  for (const cte of familyCtes) {
    ctes.push(`${cte.name} as ${cte.materialized ? 'materialized ' : ''}(${cte.sql})`);
    params.push(...(cte.params?.() ?? []));
  }

  const columns: string[] = [];
  options.metrics.forEach((metric, i) => {
    const operands: [string, Operand | null][] = [
      [`n${i}`, metric.numerator],
      [`d${i}`, metric.denominator],
    ];
    for (const [alias, operand] of operands) {
      if (!operand) continue;
      columns.push(`${operandSql(operand)}::text as ${alias}`);
      if (options.totals) columns.push(`sum(${operandSql(operand)}) over (partition by yr.r)::text as s${alias}`);
    }
  });
  const joins = [...families].map((family) => `left join ${family} on ${family}.tenant_id = st.tenant_id and ${family}.r = yr.r`);

  const sql = `with ${ctes.join(',\n')}
    select yr.r, st.tenant_id, st.code, st.name, st.kind, st.city_code, st.city_name, st.province_name,
           st.tenant_total::text as tenant_total${columns.length ? ',\n           ' + columns.join(',\n           ') : ''}
      from scope_tenants st
      cross join years yr
      ${joins.join('\n      ')}
     order by st.code, yr.r`;
  return { sql, params };
}
