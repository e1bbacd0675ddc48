import type { TestApp } from './test-app.js';

/**
 * Inserts `count` projects for one department as the owner, each with an APPROVED budget year,
 * in two statements, and returns the project ids in code order. Codes are `<prefix>0001`…;
 * approved amounts are 1,000.00 yuan × n.
 */
export async function insertProjects(
  app: TestApp,
  options: { tenant: string; department: string; count: number; prefix: string; fiscalYear?: number; kindCode?: string },
): Promise<string[]> {
  const rows = await app.sql<{ id: string; code: string }>(
    `insert into project (tenant_id, department_id, code, name, kind_code)
     select d.tenant_id, d.id, $3 || lpad(g::text, greatest(4, length($4::text)), '0'), '项目 ' || $3 || g, $5
       from department d join tenant t on t.id = d.tenant_id, generate_series(1, $4) g
      where t.code = $1 and d.code = $2
     returning id, code`,
    [options.tenant, options.department, options.prefix, options.count, options.kindCode ?? '31'],
  );
  if (rows.length !== options.count) throw new Error(`department ${options.department} of ${options.tenant} not found`);
  await app.sql(
    `insert into project_year (tenant_id, project_id, department_id, project_code, fiscal_year, budget_type, requested_amount, approved_amount, status)
     select p.tenant_id, p.id, p.department_id, p.code, $2, 'GENERAL_PUBLIC', n * 1000.00, n * 1000.00, 'APPROVED'
       from project p join unnest($1::uuid[]) with ordinality as u(id, n) on u.id = p.id`,
    [rows.sort((a, b) => a.code.localeCompare(b.code)).map((row) => row.id), options.fiscalYear ?? 2024],
  );
  return rows.map((row) => row.id);
}

export async function departmentId(app: TestApp, tenant: string, department: string): Promise<string> {
  const rows = await app.sql<{ id: string }>(
    'select d.id from department d join tenant t on t.id = d.tenant_id where t.code = $1 and d.code = $2',
    [tenant, department],
  );
  if (!rows[0]) throw new Error(`department ${department} of ${tenant} not found`);
  return rows[0].id;
}

/**
 * Every tenant-owned table (and the audit log), as the owner sees it: compared before and after
 * a refused write to prove nothing was written.
 */
export async function snapshot(app: TestApp): Promise<string> {
  const tables = await app.sql<{ relname: string }>(
    `select c.relname from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
        and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname in ('tenant_id', 'province_id') and not a.attisdropped)
      order by 1`,
  );
  const contents = await Promise.all(tables.map(({ relname }) => app.sql(`select * from "${relname}" order by 1, 2`)));
  return JSON.stringify(Object.fromEntries(tables.map(({ relname }, i) => [relname, contents[i]])));
}
