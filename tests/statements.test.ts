import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DepartmentsWithProjectsDocument, ProjectsDocument } from '../schema/generated/graphql.js';
import { insertProjects } from './helpers/fixtures.js';
import { AS, startTestApp, type TestApp } from './helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // Ten departments with ten projects each, so relations really fan out.
  for (let n = 1; n <= 10; n++) {
    const code = `D${String(n).padStart(2, '0')}`;
    await app.sql(
      `insert into department (tenant_id, code, name) select id, $1::text, '部门 ' || $1::text from tenant where code = '370406'`,
      [code],
    );
    await insertProjects(app, { tenant: '370406', department: code, count: 10, prefix: `${code}P` });
  }
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
