import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareTenantsDocument, MetricRowsDocument, ProjectsDocument, SetSelfEvaluationScopeDocument } from '../schema/generated/graphql.js';
import { DEVELOPMENT_JWT_SECRET, loadConfig } from '../server/config.js';
import { FIXTURES_DIRECTORY, readFixtureFiles } from '../server/fixtures/fixture.file.js';
import { loadDemoData } from '../server/fixtures/fixture.loader.js';
import { createApp, type App } from '../server/http.js';
import { createLogger } from '../server/logger.js';
import { AS, startTestApp, type GraphQLResult, type TestApp, type TokenSpec } from './helpers/test-app.js';

// Two servers on the same database: `app` with the default statement timeouts, `tight` with 1 ms for
// metric reads and mutations (reads keep their default), on a pool of one connection, so every
// request after a timeout reuses the connection that was cancelled.
let app: TestApp;
let tight: App;
let tightUrl: string;

beforeAll(async () => {
  app = await startTestApp();
  // 山亭区's demo year is all these requests read: loading the other regions too only slowed the start.
  await loadDemoData(app.ownerUrl, (await readFixtureFiles(FIXTURES_DIRECTORY)).filter((file) => file.tenant === '370406'));
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: DEVELOPMENT_JWT_SECRET, STATEMENT_TIMEOUT_METRICS_MS: '1', STATEMENT_TIMEOUT_MUTATION_MS: '1' });
  tight = await createApp({ config, logger: createLogger('fatal'), apiUrl: app.apiUrl, poolSize: 1 });
  tightUrl = await tight.listen({ port: 0 });
}, 120_000);

afterAll(async () => {
  await tight?.close();
  await app?.close();
});

async function requestTight<R, V>(document: TypedDocumentNode<R, V>, variables: V, as: TokenSpec): Promise<GraphQLResult<R>> {
  const response = await fetch(`${tightUrl}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await app.token(as)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as Pick<GraphQLResult<R>, 'data' | 'errors'>;
  return { status: response.status, headers: response.headers, ...body, statements: Number(response.headers.get('x-sql-statements') ?? NaN) };
}

function expectTimeout(result: GraphQLResult<unknown>, setting: string) {
  expect(result.status).toBe(503);
  expect(result.data).toBeNull();
  // One error: the statements the request would have sent after the cancel are not sent.
  expect(result.errors).toEqual([
    {
      message: `The request was cancelled: one of its database statements ran longer than 1 ms, the limit for this kind of request (${setting}). Nothing was written. Narrow the request (fewer rows, metrics or tenants) and retry.`,
      extensions: { code: 'TIMEOUT', timeoutMs: 1, limit: setting },
      path: expect.any(Array),
      locations: expect.any(Array),
    },
  ]);
}

describe('statement timeout per kind of request', () => {
  it('a metric read over STATEMENT_TIMEOUT_METRICS_MS is cancelled with TIMEOUT; with the default (30 s) it answers', async () => {
    const variables = { fiscalYear: 2024, metricKeys: ['goal_coverage_count', 'key_eval_amount', 'monitor_coverage_amount'] };
    expectTimeout(await requestTight(CompareTenantsDocument, variables, AS.shandongAnalyst), 'STATEMENT_TIMEOUT_METRICS_MS');
    expectTimeout(await requestTight(MetricRowsDocument, { fiscalYear: 2024, first: 100 }, AS.shandongBi), 'STATEMENT_TIMEOUT_METRICS_MS');

    const answered = await app.request(CompareTenantsDocument, variables, AS.shandongAnalyst);
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.compareTenants.rows.find((row) => row.tenantName === '山亭区')!.values[0]).toMatchObject({ metricKey: 'goal_coverage_count', value: '100.00' });
  });

  it('the CSV download is a metric read too', async () => {
    const response = await fetch(`${tightUrl}/bi/metrics.csv?fiscalYear=2024`, { headers: { authorization: `Bearer ${await app.token(AS.shandongBi)}` } });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.stringContaining('longer than 1 ms, the limit for this kind of request (STATEMENT_TIMEOUT_METRICS_MS)'), extensions: { code: 'TIMEOUT', timeoutMs: 1, limit: 'STATEMENT_TIMEOUT_METRICS_MS' } }],
    });
  });

  it('other reads keep STATEMENT_TIMEOUT_READ_MS (5 s), on the connection a cancelled request used', async () => {
    const projects = await requestTight(ProjectsDocument, { first: 100 }, AS.shantingAdmin);
    expect(projects.status).toBe(200);
    expect(projects.errors).toBeUndefined();
    expect(projects.data!.projects.nodes).toHaveLength(100);
  });

  it('a mutation over STATEMENT_TIMEOUT_MUTATION_MS is cancelled and rolled back: nothing is written', async () => {
    const years = await app.sql<{ id: string }>(
      `select y.id from project_year y join tenant t on t.id = y.tenant_id
        where t.code = '370406' and y.fiscal_year = 2024 and y.status = 'APPROVED' and not y.self_evaluation_required order by y.id`,
    );
    expect(years.length).toBeGreaterThan(1000);
    const input = { fiscalYear: 2024, projectYearIds: years.map((year) => year.id), required: true };
    const state = () =>
      app.sql(
        `select (select count(*) from project_year where fiscal_year = 2024 and self_evaluation_required) as required,
                (select count(*) from audit_event) as audited`,
      );
    const before = await state();

    expectTimeout(await requestTight(SetSelfEvaluationScopeDocument, { input }, AS.shantingAdmin), 'STATEMENT_TIMEOUT_MUTATION_MS');
    expect(await state()).toEqual(before);

    // The same change within the default (10 s) is written: the cancel above was the timeout's doing.
    const written = await app.request(SetSelfEvaluationScopeDocument, { input }, AS.shantingAdmin);
    expect(written.errors).toBeUndefined();
    expect(written.data!.setSelfEvaluationScope.changed).toBe(years.length);
    expect(await state()).not.toEqual(before);
  });
});
