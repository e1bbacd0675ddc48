// A province comparison's answer, kept by the server process and served again only while all it was
// computed from is unchanged: the same question (metrics, year, filter, order) from the same scope,
// and the same visible tenants, with the same names and the same metric versions, on the same China
// date. These are what the metric rollups are checked against too (metric.rollup.ts): every committed
// change to a tenant's metric sources moves its metric_version. The check is one small statement in
// the request's own transaction, instead of the metric statement and the figures of every tenant.
// Only read-only requests use it.
import type { Scope } from '../auth/scope.js';
import type { RequestDb } from '../db/request-db.js';
import type { MetricDefinition } from './metric.registry.js';
import { CHINA_TODAY } from './metric.sql.js';
import { selectedTenants, type TenantSelection } from './metric.statement.js';
import type { MetricComparison } from './metric.types.js';

/** Answers kept; the least recently used goes first. A province's comparison of 10 metrics is ~0.5 MB. */
const CAPACITY = 32;

export class ComparisonCache {
  private readonly answers = new Map<string, MetricComparison>();

  /**
   * The answer to this question, from the cache when nothing it depends on has changed (as the
   * request's transaction sees it), otherwise computed by `compute` and kept.
   */
  async answer(
    db: RequestDb,
    question: { scope: Scope; metrics: readonly MetricDefinition[]; fiscalYear: number; selection: TenantSelection; sortBy: string },
    compute: () => Promise<MetricComparison>,
  ): Promise<MetricComparison> {
    // A writing transaction sees its own changes, but the versions they move only move at its commit.
    if (!db.readOnlyTransaction) return compute();
    const { role, province, tenant, department } = question.scope;
    const tenants = selectedTenants(question.selection);
    const [{ state }] = await db.query<{ state: string }>(
      `select coalesce(string_agg(concat_ws('|', s.id, s.code, s.name, s.kind, s.city_code, s.city_name, s.province_name, coalesce(v.version, 0)), ';' order by s.code), '')
              || '@' || ${CHINA_TODAY}::text as state
         from (select t.id, t.code, t.name, t.kind, c.code as city_code, c.name as city_name, p.name as province_name ${tenants.sql}) s
         left join metric_version v on v.tenant_id = s.id`,
      tenants.params,
    );
    const key = JSON.stringify([role, province, tenant, department, question.metrics.map((metric) => metric.key), question.fiscalYear, question.selection, question.sortBy, state]);
    const kept = this.answers.get(key);
    if (kept) {
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept;
    }
    const computed = await compute();
    this.answers.set(key, computed);
    if (this.answers.size > CAPACITY) this.answers.delete(this.answers.keys().next().value!);
    return computed;
  }

  /** Drops every kept answer: for rollups changed outside the API, which moves no version (the tests do). */
  clear(): void {
    this.answers.clear();
  }
}
