import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PREPARED, StatementCatalog } from '../server/db/statements.js';
import { DepartmentsWithProjectsDocument, ProjectsDocument } from '../schema/generated/graphql.js';
import { insertProjects } from './helpers/fixtures.js';
import { AS, startTestApp, type TestApp } from './helpers/test-app.js';

/** Ten departments of 山亭区 with ten projects each, so relations really fan out. */
async function addDepartmentsWithProjects(app: TestApp) {
  for (let n = 1; n <= 10; n++) {
    const code = `D${String(n).padStart(2, '0')}`;
    await app.sql(
      `insert into department (tenant_id, code, name) select id, $1::text, '部门 ' || $1::text from tenant where code = '370406'`,
      [code],
    );
    await insertProjects(app, { tenant: '370406', department: code, count: 10, prefix: `${code}P` });
  }
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await addDepartmentsWithProjects(app);
});
afterAll(() => app?.close());

describe('SQL statements per request do not grow with the rows returned (no N+1)', () => {
  it('listing 50 projects with department and tenant costs the same statements as listing 5', async () => {
    const small = await app.request(ProjectsDocument, { first: 5 }, AS.shantingAdmin);
    const large = await app.request(ProjectsDocument, { first: 50 }, AS.shantingAdmin);
    expect(small.data!.projects.nodes).toHaveLength(5);
    expect(large.data!.projects.nodes).toHaveLength(50);
    expect(new Set(large.data!.projects.nodes.map((p) => p.department.code)).size).toBeGreaterThanOrEqual(5);
    expect(large.statements).toBe(small.statements);
    // begin + scope + page + count + departments + tenants (+ province/city are not asked for)
    expect(large.statements).toBeLessThanOrEqual(7);
  });

  it('departments → projects nests with the same statements for 2 departments as for 10', async () => {
    const small = await app.request(DepartmentsWithProjectsDocument, { departments: 2, projects: 10 }, AS.shantingAdmin);
    const large = await app.request(DepartmentsWithProjectsDocument, { departments: 11, projects: 10 }, AS.shantingAdmin);
    expect(large.data!.departments.nodes.flatMap((d) => d.projects)).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
  });
});

describe('prepared statements', () => {
  it('lists keep answering while another instance adds a column to their tables (the statements name their columns)', async () => {
    const list = () => app.request(ProjectsDocument, { first: 5 }, AS.shantingAdmin);
    const before = await Promise.all([list(), list(), list(), list()]);
    await app.sql('alter table project add column added_by_a_later_release text');
    await app.sql('alter table department add column added_by_a_later_release text');
    try {
      const after = await Promise.all([list(), list(), list(), list()]);
      for (const response of after) {
        expect(response.errors).toBeUndefined();
        expect(response.data).toEqual(before[0].data);
      }
    } finally {
      await app.sql('alter table project drop column added_by_a_later_release');
      await app.sql('alter table department drop column added_by_a_later_release');
    }
  });

  it('a statement whose columns changed under it fails once, then is prepared afresh under a new name', async () => {
    const catalog = new StatementCatalog({ named: true });
    const client = new pg.Client({ connectionString: app.apiUrl });
    await client.connect();
    const sql = 'select * from project_kind where code = ?';
    try {
      const first = catalog.prepare(sql, 1);
      expect(first).toEqual({ text: 'select * from project_kind where code = $1', name: expect.stringMatching(/^bpm_/) });
      await client.query({ ...first, values: ['x'] });
      await app.sql('alter table project_kind add column added_by_a_later_release text');
      const failure = await client.query({ ...first, values: ['x'] }).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: '0A000', message: 'cached plan must not change result type' });
      catalog.noteFailure(failure);
      const again = catalog.prepare(sql, 1);
      expect(again.name).not.toBe(first.name);
      const { fields } = await client.query({ ...again, values: ['x'] });
      expect(fields.map((field) => field.name)).toContain('added_by_a_later_release');
    } finally {
      await client.end();
      await app.sql('alter table project_kind drop column added_by_a_later_release');
    }
  });

  it('with PREPARED_STATEMENTS=false statements go out unnamed, and the answers are the same', async () => {
    expect(new StatementCatalog({ named: false }).prepare('select ? as one', 1)).toEqual({ text: 'select $1 as one', name: undefined });
    const unprepared = await startTestApp({ env: { PREPARED_STATEMENTS: 'false' } });
    try {
      expect(unprepared.config.preparedStatements).toBe(false);
      await addDepartmentsWithProjects(unprepared);
      const variables = { departments: 11, projects: 10 };
      const [named, unnamed] = await Promise.all([
        app.request(DepartmentsWithProjectsDocument, variables, AS.shantingAdmin),
        unprepared.request(DepartmentsWithProjectsDocument, variables, AS.shantingAdmin),
      ]);
      expect(unnamed.errors).toBeUndefined();
      expect(unnamed.data!.departments.nodes.flatMap((d) => d.projects)).toHaveLength(100);
      expect(unnamed.data).toEqual(named.data);
    } finally {
      await unprepared.close();
    }
  });

  it(`names the first ${MAX_PREPARED} texts; later texts go out unnamed, still checked`, () => {
    const catalog = new StatementCatalog({ named: true });
    const names = Array.from({ length: MAX_PREPARED }, (_, i) => catalog.prepare(`select ${i} + ?`, 1).name);
    expect(new Set(names).size).toBe(MAX_PREPARED);
    expect(catalog.prepare('select 0 + ?', 1).name).toBe(names[0]);
    expect(catalog.prepare('select -1 + ?', 1)).toEqual({ text: 'select -1 + $1', name: undefined });
    expect(() => catalog.prepare('select -1 + ?', 2)).toThrow('A statement has 1 placeholders but 2 values');
  });

  it('refuses a statement whose values do not match its placeholders, before sending it', () => {
    expect(() => new StatementCatalog({ named: true }).prepare('select ? + ?', 1)).toThrow('A statement has 2 placeholders but 1 values: select ? + ?');
  });
});
