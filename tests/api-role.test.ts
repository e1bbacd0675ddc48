import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.js';
import { prepareDatabase } from '../server/db/database.js';
import { UnsafeApiRoleError, assertApiRoleCannotBypassRls } from '../server/db/roles.js';
import { createLogger } from '../server/logger.js';
import { insertProjects } from './helpers/fixtures.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let app: TestApp;
let api: pg.Client;

beforeAll(async () => {
  app = await startTestApp();
  await insertProjects(app, { tenant: '370406', department: 'FIN', count: 3, prefix: 'ST' });
  api = new pg.Client({ connectionString: app.apiUrl });
  await api.connect();
});
afterAll(async () => {
  await api?.end();
  await app?.close();
});

/** The SQLSTATE a statement fails with, or 'ok'. */
async function outcome(sql: string): Promise<string> {
  try {
    await api.query(sql);
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  } finally {
    await api.query('reset all').catch(() => undefined);
  }
}

describe('the API role cannot bypass row-level security', () => {
  it('is not a superuser, has no BYPASSRLS and owns no table', async () => {
    const { rows } = await api.query('select rolsuper, rolbypassrls from pg_roles where rolname = current_user');
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await api.query(
      `select count(*)::int as n from pg_class where relnamespace = 'public'::regnamespace and pg_has_role(current_user, relowner, 'MEMBER')`,
    );
    expect(owned.rows[0].n).toBe(0);
    await expect(assertApiRoleCannotBypassRls(app.apiUrl)).resolves.toBeUndefined();
  });

  it('sees no tenant row without a scope', async () => {
    const { rows } = await api.query('select (select count(*) from project)::int as projects, (select count(*) from department)::int as departments, (select count(*) from tenant)::int as tenants');
    expect(rows[0]).toEqual({ projects: 0, departments: 0, tenants: 0 });
  });

  it.each([
    ['disable row-level security', 'alter table project disable row level security', '42501'],
    ['drop the FORCE', 'alter table project no force row level security', '42501'],
    ['drop a policy', 'drop policy project_read on project', '42501'],
    ['turn row_security off and read', 'set row_security = off; select * from project', '42501'],
    ['delete rows (no privilege)', 'delete from project', '42501'],
  ])('cannot %s', async (_what, sql, code) => {
    expect(await outcome(sql)).toBe(code);
  });

  it('cannot become the tables’ owner', async () => {
    const [{ owner }] = await app.sql<{ owner: string }>(`select pg_get_userbyid(relowner) as owner from pg_class where oid = 'public.project'::regclass`);
    expect(await outcome(`set role "${owner}"`)).toBe('42501');
  });
});

describe('the server refuses an API role that could bypass RLS', () => {
  it('names the problem when the API would connect as a superuser or owner', async () => {
    await expect(assertApiRoleCannotBypassRls(app.ownerUrl)).rejects.toThrow(UnsafeApiRoleError);
    await expect(assertApiRoleCannotBypassRls(app.ownerUrl)).rejects.toThrow(/superuser|owns/);
  });

  it('refuses to start when API_DATABASE_URL is the owner', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: app.ownerUrl, API_DATABASE_URL: app.ownerUrl });
    await expect(prepareDatabase({ config, logger: createLogger('fatal') })).rejects.toThrow(/Refusing to serve/);
  });

  it('starts with DATABASE_URL and a proper API role', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: app.ownerUrl, API_DATABASE_URL: app.apiUrl });
    const prepared = await prepareDatabase({ config, logger: createLogger('fatal') });
    expect(prepared.apiUrl).toBe(app.apiUrl);
    expect(prepared.description).toMatch(/DATABASE_URL/);
    await prepared.stop();
  });
});
