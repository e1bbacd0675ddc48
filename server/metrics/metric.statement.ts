// Builds the ONE statement that computes the requested metrics for every tenant compared and every
// comparison year asked for: the families the metrics need (metric.sql.ts), each once, joined to
// the tenants. The number of statements a comparison, trend, BI page or CSV costs is therefore
// fixed, whatever the number of tenants or metrics.
//
// Every family row comes as (tenant_id, family, r, data jsonb): from the tenant's stored rollup
// (metric_rollup, written by metric.rollup.ts) where that rollup is fresh in the statement's own
// snapshot, else computed live by the family SQL. Fresh = computed from the tenant's current
// metric_version, by this code's family SQL (ROLLUP_DEFINITION), on today's China date, for every
// year asked; and the tenant neither changed by the reader's own transaction
// (app.metric_dirty_tenants) nor read by a department user, whose figures cover its own
// department only. A fresh rollup therefore holds exactly what the live computation would give.
//
// The live computation runs inside the statement through app.metric_live_rows (migration 0013):
// a STABLE function, so it reads the statement's own snapshot, and it plans the (large) family
// SQL only when some tenant is stale. With every tenant fresh the statement is small to plan
// and reads a few hundred rollup rows.
import { createHash } from 'node:crypto';
import type { MetricDefinition, Operand } from './metric.registry.js';
import { CHINA_TODAY, FAMILIES, type Cte, type FamilyName } from './metric.sql.js';

/** How metric_rollup rows are written and read below; change it when that changes. */
const ROLLUP_FORMAT = 1;

/** Digest of every family's SQL and parameters: a rollup computed by other formulas is stale. */
export const ROLLUP_DEFINITION = createHash('sha256')
  .update(JSON.stringify([ROLLUP_FORMAT, Object.values(FAMILIES).map((family) => [family.name, family.ctes.map((cte) => [cte.name, cte.sql, cte.params?.() ?? []])])]))
  .digest('hex')
  .slice(0, 16);

/**
 * The stored rollup of a tenant is current: metric_rollup_state `state` (left-joined) matches the
 * tenant's metric_version `version` (left-joined; missing = 0), ROLLUP_DEFINITION and today. One
 * `?` placeholder, for ROLLUP_DEFINITION.
 */
export function rollupCurrent(state: string, version: string): string {
  return `(${state}.tenant_id is not null and ${state}.source_version = coalesce(${version}.version, 0)
           and ${state}.definition = ? and ${state}.as_of = ${CHINA_TODAY})`;
}

/** Planner settings every metric statement runs with, transaction-local (why: metric.service.ts). */
export const METRIC_PLANNER_SETTINGS = ['enable_nestloop', 'enable_mergejoin', 'jit'] as const;

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

/**
 * `from … where …` of the tenants a statement covers: those the caller may see (row-level security
 * on `tenant`), narrowed by the filter, as t (tenant), p (province) and c (city).
 */
export function selectedTenants(selection: TenantSelection): { sql: string; params: unknown[] } {
  const conditions: string[] = ['true'];
  const params: unknown[] = [];
  if (selection.kind) {
    conditions.push('t.kind = ?::tenant_kind');
    params.push(selection.kind);
  }
  if (selection.cityCode) {
    conditions.push('c.code = ?');
    params.push(selection.cityCode);
  }
  if (selection.tenantCode) {
    conditions.push('t.code = ?');
    params.push(selection.tenantCode);
  }
  return {
    sql: `from tenant t
      join province p on p.id = t.province_id
      left join city c on c.id = t.city_id
     where ${conditions.join(' and ')}`,
    params,
  };
}

export function buildMetricStatement(options: StatementOptions): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const ctes: string[] = [];

  ctes.push('years as (select generate_series(?::int, ?::int) as r)');
  params.push(options.fromYear, options.toYear);

  const tenants = selectedTenants(options.tenants);
  params.push(...tenants.params);
  ctes.push(`scope_all as (
    select t.id as tenant_id, t.code, t.name, t.kind::text as kind, c.code as city_code, c.name as city_name,
           p.name as province_name, count(*) over () as tenant_total
      ${tenants.sql})`);
  if (options.page) {
    const pageConditions = options.page.fromCode ? 'where code >= ?' : '';
    if (options.page.fromCode) params.push(options.page.fromCode);
    ctes.push(`scope_tenants as (select * from scope_all ${pageConditions} order by code limit ?)`);
    params.push(options.page.limit);
  } else {
    ctes.push('scope_tenants as (select * from scope_all)');
  }
  const families = familyColumns(options.metrics);
  if (families.size > 0) {
    ctes.push(`rollup_ids as materialized (
    select coalesce(array_agg(st.tenant_id), '{}') as ids
      from scope_tenants st
      join metric_rollup_state s on s.tenant_id = st.tenant_id
      left join metric_version v on v.tenant_id = st.tenant_id
     where ${rollupCurrent('s', 'v')}
       and s.from_r <= (select min(r) from years) and s.to_r >= (select max(r) from years)
       and st.tenant_id <> all ((select app.metric_dirty_tenants())::uuid[])
       and (select app.role()) <> 'DEPARTMENT_USER')`);
    params.push(ROLLUP_DEFINITION);
    const names = [...families.keys()];
    const live = liveRowsStatement(names, options.fromYear, options.toYear);
    ctes.push(`family_rows as materialized (
    select ro.tenant_id, ro.family, ro.r, ro.data
      from metric_rollup ro
     where ro.tenant_id = any ((select ids from rollup_ids)::uuid[]) and ro.family in (${names.map((name) => `'${name}'`).join(', ')})
       and ro.r between (select min(r) from years) and (select max(r) from years)
    union all
    select * from app.metric_live_rows(?, (select coalesce(array_agg(tenant_id), '{}') from scope_tenants
                                             where tenant_id <> all ((select ids from rollup_ids)::uuid[])), ?::jsonb))`);
    params.push(live.sql, JSON.stringify(live.values));
    // Each family under its own name, with the columns the metrics read.
    for (const [family, used] of families) {
      const columns = [...used].map((column) => `, (data ->> '${column}')::numeric as ${column}`).join('');
      ctes.push(`${family} as (select tenant_id, r${columns} from family_rows where family = '${family}')`);
    }
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
  const joins = [...families.keys()].map((family) => `left join ${family} on ${family}.tenant_id = st.tenant_id and ${family}.r = yr.r`);

  const sql = `with ${ctes.join(',\n')}
    select yr.r, st.tenant_id, st.code, st.name, st.kind, st.city_code, st.city_name, st.province_name,
           st.tenant_total::text as tenant_total${columns.length ? ',\n           ' + columns.join(',\n           ') : ''}
      from scope_tenants st
      cross join years yr
      ${joins.join('\n      ')}
     order by st.code, yr.r`;
  return { sql, params };
}

/** The families the metrics read, each with the columns they read, in the metrics' order. */
function familyColumns(metrics: readonly MetricDefinition[]): Map<FamilyName, Set<string>> {
  const families = new Map<FamilyName, Set<string>>();
  for (const metric of metrics) {
    for (const operand of [metric.numerator, metric.denominator]) {
      if (!operand) continue;
      if (!families.has(operand.family)) families.set(operand.family, new Set());
      families.get(operand.family)!.add(operand.column);
    }
  }
  return families;
}

/** The CTEs of the families, each shared CTE (e.g. pre_py) once, in dependency order. */
function familyCtes(families: Iterable<FamilyName>): Cte[] {
  const seen = new Set<string>();
  const ctes: Cte[] = [];
  for (const family of families) {
    for (const cte of FAMILIES[family].ctes) {
      if (seen.has(cte.name)) continue;
      seen.add(cte.name);
      ctes.push(cte);
    }
  }
  return ctes;
}

function cteSql(cte: Cte): string {
  return `${cte.name} as ${cte.materialized ? 'materialized ' : ''}(${cte.sql})`;
}

/**
 * The family SQL of `families` as one SELECT of (tenant_id, family, r, data): each family row with
 * all its columns as jsonb, for the tenants $1 (uuid[]) and the comparison years fromYear..toYear.
 * $2 carries the values (a jsonb array: the years, then the families' own parameters), because
 * app.metric_live_rows runs it with a fixed parameter list. A family without rows for a tenant
 * and year has none; the comparison reads that as 0, as it does for a stored rollup.
 */
export function liveRowsStatement(families: readonly FamilyName[], fromYear: number, toYear: number): { sql: string; values: unknown[] } {
  const values: unknown[] = [fromYear, toYear];
  const ctes = ['years as (select generate_series(?::int, ?::int) as r)', 'live_ids as (select $1::uuid[] as ids)'];
  for (const cte of familyCtes(families)) {
    ctes.push(cteSql(cte));
    values.push(...(cte.params?.() ?? []));
  }
  const rows = families.map((family) => `select tenant_id, '${family}'::text, r::int, to_jsonb(${family}) - 'r' - 'tenant_id' from ${family}`);
  let value = 0;
  const sql = `with ${ctes.join(',\n')}\n${rows.join('\nunion all\n')}`.replace(/\?/g, () => `($2 ->> ${value++})`);
  return { sql, values };
}

/** Every family, for the refresher (which stores all of them). */
export const ALL_FAMILIES = Object.keys(FAMILIES) as FamilyName[];
