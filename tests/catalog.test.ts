import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Reads the schema from PostgreSQL's catalog and fails if a tenant-owned table (one with a
 * tenant_id column) breaks the tenancy invariants.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function tenantTables(): Promise<string[]> {
  const rows = await app.sql<{ relname: string }>(
    `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
      order by 1`,
  );
  return rows.map((row) => row.relname);
}

describe('the tenancy invariants, read from the catalog', () => {
  it('finds the tenant-owned tables', async () => {
    expect(await tenantTables()).toEqual(expect.arrayContaining(['department', 'project']));
  });

  it('every tenant-owned table has row-level security enabled and forced, with policies', async () => {
    const rows = await app.sql<{ relname: string; enabled: boolean; forced: boolean; policies: number }>(
      `select c.relname, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
         from pg_class c where c.relname = any($1) and c.relnamespace = 'public'::regnamespace`,
      [await tenantTables()],
    );
    const offenders = rows.filter((row) => !row.enabled || !row.forced || row.policies === 0).map((row) => row.relname);
    expect(offenders).toEqual([]);
  });

  it('tenant_id is NOT NULL everywhere', async () => {
    const rows = await app.sql<{ relname: string }>(
      `select c.relname from pg_attribute a join pg_class c on c.oid = a.attrelid
        where c.relname = any($1) and c.relnamespace = 'public'::regnamespace and a.attname = 'tenant_id' and not a.attnotnull`,
      [await tenantTables()],
    );
    expect(rows).toEqual([]);
  });

  it('every primary key starts with tenant_id and every unique key includes it', async () => {
    const rows = await app.sql<{ conname: string; contype: string; columns: string[] }>(
      `select con.conname, con.contype,
              array(select a.attname from unnest(con.conkey) with ordinality k(attnum, n)
                      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.n)::text[] as columns
         from pg_constraint con join pg_class c on c.oid = con.conrelid
        where c.relname = any($1) and c.relnamespace = 'public'::regnamespace and con.contype in ('p', 'u')`,
      [await tenantTables()],
    );
    expect(rows.length).toBeGreaterThan(0);
    const offenders = rows.filter((row) => (row.contype === 'p' ? row.columns[0] !== 'tenant_id' : !row.columns.includes('tenant_id')));
    expect(offenders.map((row) => row.conname)).toEqual([]);
    // Unique indexes created outside constraints count too.
    const indexes = await app.sql<{ indexname: string }>(
      `select i.relname as indexname from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
        where x.indisunique and c.relname = any($1) and c.relnamespace = 'public'::regnamespace
          and not exists (select from pg_attribute a where a.attrelid = c.oid and a.attnum = any(x.indkey) and a.attname = 'tenant_id')`,
      [await tenantTables()],
    );
    expect(indexes).toEqual([]);
  });

  it('every foreign key to a tenant-owned table carries tenant_id on both sides', async () => {
    const tables = await tenantTables();
    const rows = await app.sql<{ conname: string; local: string[]; remote: string[] }>(
      `select con.conname,
              array(select a.attname from unnest(con.conkey) with ordinality k(attnum, n)
                      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.n)::text[] as local,
              array(select a.attname from unnest(con.confkey) with ordinality k(attnum, n)
                      join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.n)::text[] as remote
         from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_class r on r.oid = con.confrelid
        where con.contype = 'f' and c.relname = any($1) and r.relname = any($1)
          and c.relnamespace = 'public'::regnamespace`,
      [tables],
    );
    expect(rows.length).toBeGreaterThan(0);
    const offenders = rows.filter((row) => {
      const position = row.local.indexOf('tenant_id');
      return position < 0 || row.remote[position] !== 'tenant_id';
    });
    expect(offenders.map((row) => row.conname)).toEqual([]);
  });
});
