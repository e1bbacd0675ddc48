import type { TestApp } from './test-app.js';

/**
 * Inserts `count` projects for one department as the owner, in one statement, and returns their
 * ids in code order. Codes are `<prefix>0001`…; amounts are 1,000.00 yuan × n.
 */
export async function insertProjects(
  app: TestApp,
  options: { tenant: string; department: string; count: number; prefix: string; fiscalYear?: number },
): Promise<string[]> {
  const rows = await app.sql<{ id: string }>(
    `insert into project (tenant_id, department_id, code, name, fiscal_year, kind_code, budget_type, approved_amount)
     select d.tenant_id, d.id, $3 || lpad(g::text, greatest(4, length($4::text)), '0'), '项目 ' || $3 || g, $5, '31', 'GENERAL_PUBLIC', g * 1000.00
       from department d join tenant t on t.id = d.tenant_id, generate_series(1, $4) g
      where t.code = $1 and d.code = $2
     returning id, code`,
    [options.tenant, options.department, options.prefix, options.count, options.fiscalYear ?? 2024],
  );
  if (rows.length !== options.count) throw new Error(`department ${options.department} of ${options.tenant} not found`);
  return rows.sort((a, b) => String((a as { code?: string }).code).localeCompare(String((b as { code?: string }).code))).map((row) => row.id);
}

export async function departmentId(app: TestApp, tenant: string, department: string): Promise<string> {
  const rows = await app.sql<{ id: string }>(
    'select d.id from department d join tenant t on t.id = d.tenant_id where t.code = $1 and d.code = $2',
    [tenant, department],
  );
  if (!rows[0]) throw new Error(`department ${department} of ${tenant} not found`);
  return rows[0].id;
}

/** Everything mutable, as the owner sees it: compared before and after a refused write. */
export async function snapshot(app: TestApp): Promise<string> {
  const [departments, projects] = await Promise.all([
    app.sql('select * from department order by tenant_id, id'),
    app.sql('select * from project order by tenant_id, id'),
  ]);
  return JSON.stringify({ departments, projects });
}
