import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateProjectDocument, ProjectsDocument } from '../schema/generated/graphql.js';
import { departmentId, insertProjects } from './helpers/fixtures.js';
import { AS, startTestApp, type TestApp, type TokenSpec } from './helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  // One pooled connection: every request reuses the connection of the one before it.
  app = await startTestApp({ poolSize: 1 });
  await insertProjects(app, { tenant: '370406', department: 'FIN', count: 2, prefix: 'ST' });
  await insertProjects(app, { tenant: '370116', department: 'SW', count: 2, prefix: 'SW' });
  await insertProjects(app, { tenant: '141126', department: 'FIN', count: 2, prefix: 'SL' });
});
afterAll(() => app?.close());

async function tenantsSeen(as: TokenSpec): Promise<string[]> {
  const result = await app.request(ProjectsDocument, { first: 100 }, as);
  return [...new Set(result.data!.projects.nodes.map((p) => p.tenant.code))].sort();
}

describe('pooled connections keep no scope between requests', () => {
  it('requests of different scopes on one connection each see only their own rows', async () => {
    const sequence: [TokenSpec, string[]][] = [
      [AS.shandongAnalyst, ['370116', '370406']],
      [AS.shilouAdmin, ['141126']],
      [AS.shantingAdmin, ['370406']],
      [AS.laiwuWaterUser, ['370116']],
      [AS.shandongBi, ['370116', '370406']],
      [AS.shilouAdmin, ['141126']],
    ];
    // Concurrent requests queue for the single connection and interleave scopes.
    const results = await Promise.all(sequence.map(([as]) => tenantsSeen(as)));
    expect(results).toEqual(sequence.map(([, expected]) => expected));
  });

  it('a request that failed and rolled back leaves nothing behind for the next one', async () => {
    const failed = await app.request(
      CreateProjectDocument,
      {
        input: {
          departmentId: await departmentId(app, '370116', 'TJ'),
          code: 'X1',
          name: '越权',
          kindCode: '31',
        },
      },
      AS.laiwuWaterUser,
    );
    expect(failed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await tenantsSeen(AS.shilouAdmin)).toEqual(['141126']);
  });

  it('transaction-local settings are gone from the connection after commit', async () => {
    const client = new pg.Client({ connectionString: app.apiUrl });
    await client.connect();
    try {
      await client.query('begin read only');
      await client.query(`select * from app.begin_request('PROVINCE_ANALYST', '37', null, null, 'test', null, null)`);
      const inside = await client.query('select count(*)::int as n from project');
      await client.query('commit');
      const after = await client.query(
        `select count(*)::int as n, current_setting('app.tenant_ids', true) as tenants, current_setting('app.role', true) as role from project`,
      );
      expect(inside.rows[0].n).toBe(4);
      expect(after.rows[0]).toEqual({ n: 0, tenants: '', role: '' });
    } finally {
      await client.end();
    }
  });
});

describe('a tenant-scoped query uses the tenant index', () => {
  it('EXPLAIN shows an index scan on tenant_id, not a sequential scan', async () => {
    // A province-like table: forty other tenants with 500 projects each, so a sequential scan
    // would be the wrong plan for one small tenant.
    await app.sql(`insert into province (code, name) values ('99', '测试省')`);
    await app.sql(
      `insert into tenant (province_id, code, name, kind)
       select p.id, '99' || lpad(g::text, 4, '0'), '测试县' || g, 'COUNTY' from province p, generate_series(1, 40) g where p.code = '99'`,
    );
    await app.sql(`insert into department (tenant_id, code, name) select id, 'FIN', '财政局' from tenant where code like '99%'`);
    for (let n = 1; n <= 40; n++) {
      await insertProjects(app, { tenant: '99' + String(n).padStart(4, '0'), department: 'FIN', count: 500, prefix: 'BULK' });
    }
    await app.sql('analyze');
    const client = new pg.Client({ connectionString: app.apiUrl });
    await client.connect();
    try {
      await client.query('begin read only');
      await client.query(`select * from app.begin_request('COUNTY_ADMIN', null, '370406', null, 'test', null, null)`);
      const { rows } = await client.query(
        `explain (format json) select * from project_year where fiscal_year = 2024 order by department_id limit 20`,
      );
      await client.query('commit');
      const plan = JSON.stringify(rows[0]["QUERY PLAN"]);
      expect(plan).not.toContain('"Seq Scan"');
      expect(plan).toMatch(/"Index Name":"project_year_(pkey|list_idx|project_idx)"/);
      expect(plan).toMatch(/"Index Cond":"\(\(tenant_id = ANY/);
      // The scope is read once per statement (an InitPlan), not once per row.
      expect(plan).toContain('InitPlan');
    } finally {
      await client.end();
    }
  });
});
