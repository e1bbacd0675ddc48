import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { withClient } from '../../db/roles.js';
import { OrgKind } from '../org/department.entity.js';
import { RULE_DEFAULTS, ruleProblem, type RuleKey } from '../rules/rule-definitions.js';
import { TenantKind } from './region.entities.js';

/** One file of `tenants/`: a county-level region with its province, city and departments. */
export interface TenantFile {
  code: string;
  name: string;
  kind: TenantKind;
  province: { code: string; name: string };
  city?: { code: string; name: string };
  departments: { code: string; name: string; parent?: string; kind?: OrgKind }[];
  /** Rules that differ from the national defaults (see server/modules/rules/rule-definitions.ts). */
  rules?: Partial<Record<RuleKey, unknown>>;
}

export class TenantFileError extends Error {}

function check(file: string, condition: unknown, message: string): asserts condition {
  if (!condition) throw new TenantFileError(`${file}: ${message}`);
}

export function parseTenantFile(file: string, text: string): TenantFile {
  let data: TenantFile;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new TenantFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  check(file, /^\d{6,9}$/.test(data.code), 'code must be a 6 to 9 digit region code');
  check(file, typeof data.name === 'string' && data.name.trim(), 'name is required');
  check(file, Object.values(TenantKind).includes(data.kind), `kind must be one of ${Object.values(TenantKind).join(', ')}`);
  check(file, /^\d{2}$/.test(data.province?.code) && data.province.name, 'province needs a two-digit code and a name');
  check(file, data.code.startsWith(data.province.code), 'the tenant code must start with its province code');
  if (data.city) {
    check(file, /^\d{4}$/.test(data.city.code) && data.city.name, 'city needs a four-digit code and a name');
    check(file, data.code.startsWith(data.city.code), 'the tenant code must start with its city code');
  }
  check(file, Array.isArray(data.departments), 'departments must be a list');
  const seen = new Set<string>();
  for (const department of data.departments) {
    check(file, /^[0-9A-Za-z_-]{1,21}$/.test(department.code), `department code "${department.code}" must be 1 to 21 letters, digits, _ or -`);
    check(file, !seen.has(department.code), `department code "${department.code}" appears twice`);
    check(file, !department.parent || seen.has(department.parent), `department "${department.code}": parent "${department.parent}" must be listed before it`);
    check(file, !department.kind || Object.values(OrgKind).includes(department.kind), `department "${department.code}": kind must be one of ${Object.values(OrgKind).join(', ')}`);
    seen.add(department.code);
  }
  for (const [key, value] of Object.entries(data.rules ?? {})) {
    check(file, key in RULE_DEFAULTS, `rule "${key}" is not a rule; known rules: ${Object.keys(RULE_DEFAULTS).join(', ')}`);
    const problem = ruleProblem(key as RuleKey, value);
    check(file, problem === null, `rule "${key}" ${problem}`);
  }
  return data;
}

export async function readTenantFiles(directory: string): Promise<TenantFile[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(names.map(async (name) => parseTenantFile(name, await readFile(path.join(directory, name), 'utf8'))));
}

/**
 * Adds what is missing and leaves what is there: running it twice changes nothing, and edits
 * made through the API survive a restart. Runs as the owner, in one transaction.
 */
async function upsertTenant(client: pg.Client, tenant: TenantFile): Promise<void> {
  const province = await client.query<{ id: string }>(
    `insert into province (code, name) values ($1, $2)
     on conflict (code) do update set code = excluded.code returning id`,
    [tenant.province.code, tenant.province.name],
  );
  let cityId: string | null = null;
  if (tenant.city) {
    const city = await client.query<{ id: string }>(
      `insert into city (province_id, code, name) values ($1, $2, $3)
       on conflict (code) do update set code = excluded.code returning id`,
      [province.rows[0].id, tenant.city.code, tenant.city.name],
    );
    cityId = city.rows[0].id;
  }
  const row = await client.query<{ id: string }>(
    `insert into tenant (province_id, city_id, code, name, kind) values ($1, $2, $3, $4, $5)
     on conflict (code) do update set code = excluded.code returning id`,
    [province.rows[0].id, cityId, tenant.code, tenant.name, tenant.kind],
  );
  const tenantId = row.rows[0].id;
  // Department tables FORCE row-level security even for their owner: seed as this tenant's admin.
  await client.query(`select set_config('app.tenant_ids', $1, true), set_config('app.role', 'COUNTY_ADMIN', true)`, [`{${tenantId}}`]);
  // Departments in file order, so a parent exists before its children.
  for (const department of tenant.departments) {
    const kind = department.kind ?? (department.parent ? OrgKind.AGENCY : OrgKind.DEPARTMENT);
    await client.query(
      `insert into department (tenant_id, code, name, parent_id, kind, is_first_level)
       select $1, $2, $3, (select id from department where tenant_id = $1 and code = $4), $5::org_kind, $5::org_kind = 'DEPARTMENT' and $4::text is null
       on conflict (tenant_id, code) do nothing`,
      [tenantId, department.code, department.name, department.parent ?? null, kind],
    );
  }
  for (const [key, value] of Object.entries(tenant.rules ?? {})) {
    await client.query(
      `insert into tenant_rule (tenant_id, key, value) values ($1, $2, $3) on conflict (tenant_id, key) do nothing`,
      [tenantId, key, JSON.stringify(value)],
    );
  }
}

export async function loadTenantRegistry(ownerUrl: string, tenants: TenantFile[]): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query('begin');
    try {
      for (const tenant of tenants) await upsertTenant(client, tenant);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  });
}

export const TENANTS_DIRECTORY = fileURLToPath(new URL('../../../tenants', import.meta.url));
