// The rows of the synthetic province, as COPY data: the registry (province, cities, tenants, org
// units, rules) and, per tenant, what the fixture expansion (server/fixtures/) makes of the
// tenant's plan plus the province's review of its appraisal. Pure; runs in a worker thread so the
// expansion overlaps with PostgreSQL's ingest.
import { expandFixture, type InsertStep, type Row } from '../fixtures/fixture.expand.js';
import { fixtureId } from '../fixtures/fixture.random.js';
import { BinaryRows, type ColumnTypes } from './copy-binary.js';
import type { PlannedTenant, ProvincePlan } from './recipe.js';

/** One table's rows in COPY's binary format (copy-binary.ts). */
export interface TableData {
  table: string;
  scope: 'TENANT' | 'PROVINCE';
  columns: string[];
  rows: number;
  data: Uint8Array;
}

function finished(scope: TableData['scope'], encoded: BinaryRows): TableData {
  return { table: encoded.table, scope, columns: encoded.columns, rows: encoded.length, data: encoded.finish() };
}

export function serialize(steps: InsertStep[], types: ColumnTypes): TableData[] {
  return steps
    .filter((step) => step.rows.length > 0)
    .map((step) => {
      const encoded = new BinaryRows(step.table, types);
      for (const row of step.rows) encoded.push(row);
      return finished(step.scope, encoded);
    });
}

const STAMP = (year: number) => `${year - 1}-01-01T09:00:00+08:00`;

/** The registry rows: province, cities, tenants, org units, rules. */
export function registrySteps(plan: ProvincePlan, year: number): InsertStep[] {
  const step = (table: string, rows: Row[]): InsertStep => ({ scope: 'PROVINCE', table, rows });
  const tenantRows = (table: string, rows: Row[]): InsertStep => ({ scope: 'TENANT', table, rows });
  return [
    step('province', [{ id: plan.id, code: plan.code, name: plan.name }]),
    step('city', plan.cities.map((c) => ({ id: c.id, province_id: plan.id, code: c.code, name: c.name }))),
    step('tenant', plan.tenants.map((x) => ({ id: x.id, province_id: plan.id, city_id: plan.cities[x.cityIndex].id, code: x.code, name: x.name, kind: x.kind }))),
    tenantRows('department', plan.tenants.flatMap((x) => x.units.map((u) => ({ tenant_id: x.id, id: u.id, code: u.code, name: u.name, parent_id: u.parentId, kind: u.kind, is_first_level: u.isFirstLevel, version: 1, created_at: STAMP(year), updated_at: STAMP(year) })))),
    tenantRows('tenant_rule', plan.tenants.flatMap((x) => Object.entries(x.ruleOverrides).map(([key, value]) => ({ tenant_id: x.id, id: fixtureId(`${x.id}/rule/${key}`), key, value, version: 1, created_at: STAMP(year), updated_at: STAMP(year) })))),
  ];
}

/** The province's final review (评定) of one tenant's self-assessment. */
function reviewSteps(plan: ProvincePlan, tenant: PlannedTenant, steps: InsertStep[]): InsertStep[] {
  const submission = steps.find((s) => s.table === 'appraisal_submission')?.rows[0];
  const items = new Map((steps.find((s) => s.table === 'appraisal_item')?.rows ?? []).map((item) => [String(item.code), item.id]));
  if (!submission) return [];
  const id = fixtureId(`${tenant.id}/appraisal-review`);
  const finalized = String(submission.submitted_at).replace(/^(\d{4})-01-20/, '$1-03-10');
  const stamps = { created_at: submission.submitted_at, updated_at: finalized };
  return [
    { scope: 'PROVINCE', table: 'appraisal_review', rows: [{ province_id: plan.id, id, examinee_tenant_id: tenant.id, submission_id: submission.id, scheme_id: submission.scheme_id, status: 'FINAL', opinion: '经复核，评定得分如下', reviewer: `generator:${plan.code}`, finalized_at: finalized, version: 2, ...stamps }] },
    {
      scope: 'PROVINCE',
      table: 'appraisal_review_score',
      rows: Object.entries(tenant.reviewedScores).map(([code, score]) => ({ province_id: plan.id, id: fixtureId(`${id}/${code}`), review_id: id, examinee_tenant_id: tenant.id, item_id: items.get(code), reviewed_score: score, note: null, version: 1, ...stamps })),
    },
  ];
}

/**
 * Tenant tables the expansion hands over row by row, encoded at once: they are 86% of a province's
 * rows, and holding them all until the tenant is done made the worker spend about a third of its
 * time collecting garbage.
 */
const ENCODED_AS_MADE = new Set(['performance_indicator', 'monitoring_record', 'monitoring_indicator_value']);

/** Everything one tenant adds, encoded; the province's scheme (the same for all) comes with the first tenant. */
export function tenantTables(plan: ProvincePlan, index: number, types: ColumnTypes): TableData[] {
  const tenant = plan.tenants[index];
  const encodedAsMade: BinaryRows[] = [];
  const steps = expandFixture(tenant.fixture(), {
    tenantId: tenant.id,
    tenantCode: tenant.code,
    tenantName: tenant.name,
    provinceId: plan.id,
    provinceCode: plan.code,
    departments: tenant.units,
    rules: tenant.rules,
    trainingColumns: types.training_event ? new Set(Object.keys(types.training_event)) : null,
    rowSink: (table) => {
      if (!ENCODED_AS_MADE.has(table)) return undefined;
      const encoded = new BinaryRows(table, types);
      encodedAsMade.push(encoded);
      return encoded;
    },
  });
  const scheme = steps.filter((s) => s.scope === 'PROVINCE');
  const collected = [...steps.filter((s) => s.scope === 'TENANT'), ...(index === 0 ? scheme : []), ...reviewSteps(plan, tenant, steps)];
  return [...serialize(collected, types), ...encodedAsMade.filter((encoded) => encoded.length > 0).map((encoded) => finished('TENANT', encoded))];
}
