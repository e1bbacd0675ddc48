import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompareTenantsDocument,
  MetricRollupStatusDocument,
  MetricTrendDocument,
  RecordTrainingDocument,
  type CompareTenantsQuery,
  type MetricTrendQuery,
} from '../schema/generated/graphql.js';
import { RequestDb } from '../server/db/request-db.js';
import { FIXTURES_DIRECTORY, readFixtureFiles } from '../server/fixtures/fixture.file.js';
import { loadDemoData } from '../server/fixtures/fixture.loader.js';
import { generateProvince } from '../server/generator/generate.js';
import { createContext } from '../server/graphql/context.js';
import { createLogger } from '../server/logger.js';
import { TENANTS_DIRECTORY, readTenantFiles } from '../server/modules/regions/tenant-registry.js';
import { METRICS } from '../server/metrics/metric.registry.js';
import { ComparisonCache } from '../server/metrics/comparison.cache.js';
import { compareTenants } from '../server/metrics/metric.service.js';
import { FAMILIES } from '../server/metrics/metric.sql.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

/**
 * Metric rollups: after the refresher has run, every comparison of the demo data gives the same
 * figures as the live computation; a tenant changed since is computed live at once (also inside
 * the writing transaction); department users never read rollups; the statements stay the same.
 * The refresher is off here (the test default) and driven with refreshNow().
 */
let app: TestApp;
const PROVINCES = ['14', '21', '36', '37'];
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const LAIWU = '370116';
const analyst = (province: string): TokenSpec => ({ role: 'PROVINCE_ANALYST', province });

function ok<T>(result: GraphQLResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function compare(province: string, fiscalYear: number): Promise<CompareTenantsQuery['compareTenants']> {
  return ok(await app.request(CompareTenantsDocument, { fiscalYear }, analyst(province))).compareTenants;
}

/** Every metric of every seed province for the years around the demo data. */
async function everyComparison(): Promise<Record<string, CompareTenantsQuery['compareTenants']>> {
  const comparisons: Record<string, CompareTenantsQuery['compareTenants']> = {};
  for (const province of PROVINCES) for (const year of YEARS) comparisons[`${province}/${year}`] = await compare(province, year);
  return comparisons;
}

/** The figures of one metric of one tenant, as a token sees them in a comparison. */
async function figure(as: TokenSpec, tenantCode: string, metricKey: string, fiscalYear: number) {
  const comparison = ok(await app.request(CompareTenantsDocument, { fiscalYear, metricKeys: [metricKey] }, as)).compareTenants;
  return comparison.rows.find((row) => row.tenantCode === tenantCode)!.values[0];
}

async function tenantId(code: string): Promise<string> {
  const [row] = await app.sql<{ id: string }>(`select id from tenant where code = $1`, [code]);
  return row.id;
}

async function version(code: string): Promise<number> {
  const [row] = await app.sql<{ version: string | null }>(`select (select version from metric_version v where v.tenant_id = t.id)::text as version from tenant t where t.code = $1`, [code]);
  return Number(row.version ?? 0);
}

/** Overwrites one stored rollup figure, so a test can see whether a comparison read the rollup. */
async function tamper(code: string, family: string, column: string, r: number, value: number) {
  const updated = await app.sql(
    `update metric_rollup set data = jsonb_set(data, $4, to_jsonb($5::int)) where tenant_id = (select id from tenant where code = $1) and family = $2 and r = $3 returning r`,
    [code, family, r, `{${column}}`, value],
  );
  expect(updated).toHaveLength(1);
  // Changing a rollup by hand moves no version: the comparisons answered before would be served.
  app.app.comparisons.clear();
}

let live: Record<string, CompareTenantsQuery['compareTenants']>;
const TREND = { tenantCode: '370406', metricKey: 'key_eval_count', fromYear: 2022, toYear: 2025 };
let liveTrend: MetricTrendQuery['metricTrend'];

beforeAll(async () => {
  app = await startTestApp();
  await loadDemoData(app.ownerUrl, await readFixtureFiles(FIXTURES_DIRECTORY));
  live = await everyComparison();
  liveTrend = ok(await app.request(MetricTrendDocument, TREND, analyst('37'))).metricTrend;
  expect(liveTrend.points.map((point) => point.value)).toEqual(['0', '0', '31', '0']);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('metric rollups (指标预汇总)', () => {
  it('the demo data loader dates what it loaded: every seed region has a metric version', async () => {
    for (const code of ['141126', '211271', '360724', '370116', '370406']) expect(await version(code), code).toBeGreaterThan(0);
  });

  it('every table a metric family reads is watched: a change marks the transaction and bumps the version at commit', async () => {
    const named = new Set<string>();
    for (const family of Object.values(FAMILIES)) {
      for (const cte of family.ctes) for (const match of cte.sql.matchAll(/\b(?:from|join)\s+([a-z_]+)/g)) named.add(match[1]);
    }
    const tables = await app.sql<{ name: string; triggers: string[] }>(
      `select c.relname as name, array(select t.tgname::text from pg_trigger t where t.tgrelid = c.oid and t.tgname like '%\\_metric\\_%' order by 1) as triggers
         from pg_class c where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace and c.relname = any ($1) order by 1`,
      [[...named]],
    );
    expect(tables.length).toBeGreaterThanOrEqual(21);
    for (const table of tables) expect(table.triggers, table.name).toContain(`${table.name}_metric_version`);
  });

  it('before a refresh every tenant is stale; after one, fresh, and every comparison gives the live figures', async () => {
    const before = ok(await app.request(MetricRollupStatusDocument, {}, analyst('37'))).metricRollupStatus;
    expect(before).toEqual({ freshTenants: 0, staleTenants: 2, lastRefreshedAt: null });

    const pass = await app.app.metricRollups.refreshNow();
    expect(pass.failed).toBe(0);
    expect(pass.refreshed).toBeGreaterThanOrEqual(5);
    const after = ok(await app.request(MetricRollupStatusDocument, {}, analyst('37'))).metricRollupStatus;
    expect(after).toMatchObject({ freshTenants: 2, staleTenants: 0 });
    expect(Date.parse(after.lastRefreshedAt!)).toBeGreaterThan(Date.now() - 60_000);
    // Nothing left to do: a second pass refreshes nothing.
    expect((await app.app.metricRollups.refreshNow()).refreshed).toBe(0);

    // The answers kept were computed live (and would be served, nothing having changed): drop them.
    app.app.comparisons.clear();
    expect(await everyComparison()).toEqual(live);
    expect(ok(await app.request(MetricTrendDocument, TREND, analyst('37'))).metricTrend).toEqual(liveTrend);
  });

  it('a comparison reads the fresh rollups (a changed rollup shows), with the same statements as computing live', async () => {
    app.app.comparisons.clear();
    const stored = await figure(analyst('37'), LAIWU, 'training_sessions', 2020);
    const liveResult = await app.request(CompareTenantsDocument, { fiscalYear: 2020 }, analyst('37'));
    await tamper(LAIWU, 'f_training', 'sessions', 2020, 999);
    expect((await figure(analyst('37'), LAIWU, 'training_sessions', 2020)).value).toBe('999');
    expect((await figure(AS.laiwuAdmin, LAIWU, 'training_sessions', 2020)).value).toBe('999');
    expect((await figure(AS.laiwuBi, LAIWU, 'training_sessions', 2020)).value).toBe('999');
    expect(stored.value).not.toBe('999');
    // begin, the scope with the planner settings, the check of what an answer kept depends on, the ONE metric statement.
    const fromRollups = await app.request(CompareTenantsDocument, { fiscalYear: 2020 }, analyst('37'));
    expect(fromRollups.statements).toBe(4);
    expect(fromRollups.statements).toBe(liveResult.statements);
    // Asked again with nothing changed, the answer kept is served: no metric statement.
    const again = await app.request(CompareTenantsDocument, { fiscalYear: 2020 }, analyst('37'));
    expect(again.data).toEqual(fromRollups.data);
    expect(again.statements).toBe(3);
  });

  it('a department user’s figures never come from rollups (they cover its own department only)', async () => {
    await tamper(LAIWU, 'f_training', 'sessions', 2020, 999);
    const [row] = await app.sql<{ n: string }>(`select count(*)::text as n from training_event where tenant_id = $1 and extract(year from held_on) = 2020`, [await tenantId(LAIWU)]);
    expect((await figure(AS.laiwuWaterUser, LAIWU, 'training_sessions', 2020)).value).toBe(row.n);
    // Its ex-ante assessments are its own department's, not the tenant's.
    const department = await figure(AS.laiwuWaterUser, LAIWU, 'pre_assess_count', 2020);
    const tenant = await figure(AS.laiwuAdmin, LAIWU, 'pre_assess_count', 2020);
    expect(Number(department.numerator)).toBeLessThan(Number(tenant.numerator));
  });

  it('a write committed after the refresh shows in the next comparison, before the refresher runs again', async () => {
    const versionBefore = await version(LAIWU);
    const [row] = await app.sql<{ n: string }>(`select count(*)::text as n from training_event where tenant_id = $1 and extract(year from held_on) = 2020`, [await tenantId(LAIWU)]);
    ok(await app.request(RecordTrainingDocument, { input: { heldOn: '2020-06-18', title: '绩效运行监控培训', attendees: 35 } }, AS.laiwuAdmin));
    expect(await version(LAIWU)).toBe(versionBefore + 1);

    const status = ok(await app.request(MetricRollupStatusDocument, {}, analyst('37'))).metricRollupStatus;
    expect(status).toMatchObject({ freshTenants: 1, staleTenants: 1 });
    const expected = String(Number(row.n) + 1);
    expect((await figure(analyst('37'), LAIWU, 'training_sessions', 2020)).value).toBe(expected);
    expect((await figure(AS.laiwuAdmin, LAIWU, 'training_sessions', 2020)).value).toBe(expected);

    expect((await app.app.metricRollups.refreshNow()).refreshed).toBe(1);
    expect(ok(await app.request(MetricRollupStatusDocument, {}, analyst('37'))).metricRollupStatus).toMatchObject({ freshTenants: 2, staleTenants: 0 });
    const [stored] = await app.sql<{ sessions: string }>(
      `select data ->> 'sessions' as sessions from metric_rollup where tenant_id = $1 and family = 'f_training' and r = 2020`,
      [await tenantId(LAIWU)],
    );
    expect(stored.sessions).toBe(expected);
    expect((await figure(analyst('37'), LAIWU, 'training_sessions', 2020)).value).toBe(expected);
  });

  it('a comparison asked again is served from the answer kept until a committed write moves a tenant’s version', async () => {
    const question = { fiscalYear: 2020, metricKeys: ['training_sessions', 'training_attendees'] };
    const sessions = (result: GraphQLResult<CompareTenantsQuery>) => ok(result).compareTenants.rows.find((row) => row.tenantCode === LAIWU)!.values[0].value;
    const first = await app.request(CompareTenantsDocument, question, analyst('37'));
    const again = await app.request(CompareTenantsDocument, question, analyst('37'));
    // begin, the scope, the check of the tenants' versions; no metric statement.
    expect(again.statements).toBe(3);
    expect(again.data).toEqual(first.data);
    // Another scope asking the same keeps its own answer (its rows are what it may see).
    expect((await app.request(CompareTenantsDocument, question, AS.laiwuAdmin)).statements).toBe(4);

    ok(await app.request(RecordTrainingDocument, { input: { heldOn: '2020-07-02', title: '绩效自评培训', attendees: 20 } }, AS.laiwuAdmin));
    const after = await app.request(CompareTenantsDocument, question, analyst('37'));
    expect(after.statements).toBe(4);
    expect(Number(sessions(after))).toBe(Number(sessions(first)) + 1);
    // Fresh rollups again for the tests that follow.
    expect((await app.app.metricRollups.refreshNow()).failed).toBe(0);
  });

  it('the writing transaction sees its own change, although its tenant’s version moves only at commit', async () => {
    await tamper(LAIWU, 'f_training', 'sessions', 2020, 999);
    const versionBefore = await version(LAIWU);
    const db = new RequestDb(app.app.orm.em.fork({ clear: true, useContext: false }), crypto.randomUUID(), app.app.statements);
    const ctx = createContext({ requestId: db.requestId, scope: { ...AS.laiwuAdmin, subject: 'test:writer' }, db, config: app.config, logger: createLogger('fatal'), comparisons: new ComparisonCache() });
    const sessions = async () => (await compareTenants(ctx, { fiscalYear: 2020, metricKeys: ['training_sessions'] })).rows[0].values[0].value;
    // The transaction a county admin's mutation runs in (as the transaction plugin opens it).
    const mutation = { readOnly: false, scope: ctx.scope, operation: 'recordTraining', statementTimeout: { ms: 30_000, setting: 'STATEMENT_TIMEOUT_MUTATION_MS' } };
    await db.begin(mutation as Parameters<RequestDb['begin']>[0]);
    try {
      expect(await sessions()).toBe('999');
      const [{ n }] = await db.query<{ n: string }>(`select count(*)::text as n from training_event where extract(year from held_on) = 2020`);
      await db.query(`insert into training_event (tenant_id, held_on, title, attendees) values (?, '2020-09-09', '预算绩效管理培训', 40)`, [await tenantId(LAIWU)]);
      expect(await sessions()).toBe(String(Number(n) + 1));
    } finally {
      await db.rollback();
    }
    expect(await version(LAIWU)).toBe(versionBefore);
  });

  it('a refresh whose snapshot a committed write overtook cannot store its rollup (it fails and is retried)', async () => {
    const id = await tenantId(LAIWU);
    const refresher = new pg.Client({ connectionString: app.apiUrl });
    await refresher.connect();
    const refresh = async (between: () => Promise<unknown>) => {
      await refresher.query('begin isolation level repeatable read');
      try {
        await refresher.query(`select * from app.begin_request('COUNTY_ADMIN', null, $1, null, 'system:metric-rollup', $2, 'refreshMetricRollup')`, [LAIWU, crypto.randomUUID()]);
        await between();
        return (await refresher.query<{ version: string }>('select app.lock_metric_version($1)::text as version', [id])).rows[0].version;
      } finally {
        await refresher.query('rollback');
      }
    };
    try {
      expect(Number(await refresh(async () => undefined))).toBe(await version(LAIWU));
      const overtaken = refresh(() => app.request(RecordTrainingDocument, { input: { heldOn: '2020-11-11', title: '绩效评价培训', attendees: 20 } }, AS.laiwuAdmin));
      await expect(overtaken).rejects.toMatchObject({ code: '40001' });
    } finally {
      await refresher.end();
    }
  });

  it('only province tokens read the rollup status', async () => {
    const result = await app.request(MetricRollupStatusDocument, {}, AS.shantingAdmin);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain('PROVINCE_ANALYST');
  });

  it('a generated province is dated by the generator, and its rollups give the live figures', async () => {
    const registry = await readTenantFiles(TENANTS_DIRECTORY);
    await generateProvince(app.ownerUrl, { tenants: 2, years: [2024], seed: 'rollup-test', province: { code: '99', name: '示范省' }, size: 0.02 }, { registry });
    const codes = (await app.sql<{ code: string }>(`select t.code from tenant t join province p on p.id = t.province_id where p.code = '99'`)).map((row) => row.code);
    expect(codes).toHaveLength(2);
    for (const code of codes) expect(await version(code)).toBe(2);
    const computedLive = await compare('99', 2024);
    expect(ok(await app.request(MetricRollupStatusDocument, {}, analyst('99'))).metricRollupStatus).toMatchObject({ freshTenants: 0, staleTenants: 2 });
    expect((await app.app.metricRollups.refreshNow()).failed).toBe(0);
    expect(ok(await app.request(MetricRollupStatusDocument, {}, analyst('99'))).metricRollupStatus).toMatchObject({ freshTenants: 2, staleTenants: 0 });
    app.app.comparisons.clear();
    expect(await compare('99', 2024)).toEqual(computedLive);
    expect(computedLive.metrics).toHaveLength(METRICS.length);
  }, 60_000);

  it('a change of the province’s appraisal data dates the counties it concerns (the generated province has reviews)', async () => {
    const [review] = await app.sql<{ id: string; examinee: string }>(
      `select s.id, t.code as examinee from appraisal_review_score s join tenant t on t.id = s.examinee_tenant_id limit 1`,
    );
    const examineeBefore = await version(review.examinee);
    await app.sql(`update appraisal_review_score set note = coalesce(note, '') || '。' where id = $1`, [review.id]);
    expect(await version(review.examinee)).toBe(examineeBefore + 1);

    const [item] = await app.sql<{ id: string; tenants: string[] }>(
      `select i.id, array(select t.code from appraisal_submission s join tenant t on t.id = s.tenant_id where s.scheme_id = i.scheme_id order by 1) as tenants
         from appraisal_item i where exists (select 1 from appraisal_submission s where s.scheme_id = i.scheme_id) limit 1`,
    );
    const before = await Promise.all(item.tenants.map(version));
    await app.sql(`update appraisal_item set scoring_standard = coalesce(scoring_standard, '') || '。' where id = $1`, [item.id]);
    expect(await Promise.all(item.tenants.map(version))).toEqual(before.map((v) => v + 1));
  });
});
