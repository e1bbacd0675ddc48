// 合成省份生成: writes the planned province (recipe.ts) in bulk with COPY. One transaction sets up
// the registry (province, cities, tenants, org units, rules), replacing an earlier run of the
// generator for the same province; then one transaction per tenant writes what the fixture
// expansion (server/fixtures/) makes of its plan, plus the province's review of its appraisal
// (rows.ts). A worker thread expands and serializes the next tenants while two connections load.
//
// COPY into a table whose row-level security is forced (all tenant tables) is refused by
// PostgreSQL unless the role bypasses RLS, and skipping the row-by-row audit triggers
// (session_replication_role) needs a superuser: the generator therefore runs as a superuser owner
// (the embedded database of `npm start`) and refuses any other. As the demo-data loader does, it
// writes one audit entry per table and tenant instead of one per row; those entries (operation
// generateProvince) also mark the province and its tenants as the generator's, so a later run may
// replace them and nothing else.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { withClient } from '../db/roles.js';
import type { TenantFile } from '../modules/regions/tenant-registry.js';
import { readColumnTypes } from './copy-binary.js';
import { planProvince, type GeneratorOptions, type ProvincePlan } from './recipe.js';
import { registrySteps, serialize, type TableData } from './rows.js';

export class GeneratorError extends Error {}

export interface GeneratorProgress {
  tenantsDone: number;
  tenants: number;
  rows: number;
  seconds: number;
}

export interface GeneratorReport {
  province: string;
  tenants: number;
  rows: number;
  rowsByTable: Record<string, number>;
  /** The earlier run of the generator this one replaced (its tenant count), if any. */
  replaced: number | null;
  /** Loading time (rows/s is over it); the statistics refresh after it is counted apart. */
  seconds: number;
  rowsPerSecond: number;
  /** VACUUM (ANALYZE) of the tables written, so that the first queries after a run are planned on their real sizes and index-only scans stay in the index. */
  analyzeSeconds: number;
}

const OPERATION = 'generateProvince';
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** COPY … FROM STDIN of one table's serialized rows, in slices so progress moves. */
async function copyTable(client: pg.Client, table: TableData, onRows: (n: number) => void): Promise<void> {
  const SLICE = 1 << 20;
  function* slices() {
    for (let at = 0; at < table.data.length; at += SLICE) {
      yield table.data.subarray(at, at + SLICE);
      onRows(Math.round((Math.min(SLICE, table.data.length - at) / table.data.length) * table.rows));
    }
  }
  const sql = `copy ${quote(table.table)} (${table.columns.map(quote).join(', ')}) from stdin with (format binary)`;
  await pipeline(Readable.from(slices()), client.query(copyFrom(sql)));
}

/** Province codes of the seed regions' registry files: never the generator's. */
function registryProvinces(registry: TenantFile[]): Map<string, string> {
  return new Map(registry.map((t) => [t.province.code, `tenants/${t.code} ${t.name}`]));
}

/**
 * Checks the province code is free or the generator's own, and removes an earlier run. Returns
 * the earlier run's tenant count, or null when there was none.
 */
async function clearEarlierRun(client: pg.Client, plan: ProvincePlan, registry: TenantFile[]): Promise<number | null> {
  const seedRegion = registryProvinces(registry).get(plan.code);
  if (seedRegion) {
    throw new GeneratorError(`province ${plan.code} is a seed region's province (${seedRegion}); the generator never writes there. Choose another --province code, e.g. 99.`);
  }
  const found = await client.query<{ id: string; name: string; ours: boolean; tenants: number; foreign: string[] }>(
    `select p.id, p.name,
            exists (select 1 from province_audit_event e where e.province_id = p.id and e.operation = $2 and e.entity = 'province') as ours,
            (select count(*)::int from tenant t where t.province_id = p.id) as tenants,
            array(select t.code || ' ' || t.name from tenant t where t.province_id = p.id
                    and not exists (select 1 from audit_event e where e.tenant_id = t.id and e.operation = $2) order by t.code limit 5) as foreign
       from province p where p.code = $1`,
    [plan.code, OPERATION],
  );
  const province = found.rows[0];
  if (!province) return null;
  if (!province.ours || province.foreign.length > 0) {
    const who = province.foreign.length ? `: it has tenants the generator did not create (${province.foreign.join(', ')})` : '';
    throw new GeneratorError(`province ${plan.code} ${province.name} is registered and is not an earlier run of the generator${who}. Choose another --province code.`);
  }
  const tables = await client.query<{ name: string; by: 'tenant_id' | 'province_id' }>(
    `select c.relname as name,
            case when exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) then 'tenant_id' else 'province_id' end as by
       from pg_class c
      where c.relkind in ('r', 'p') and c.relnamespace = 'public'::regnamespace and c.relname not in ('tenant', 'city', 'province')
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname in ('tenant_id', 'province_id') and not a.attisdropped)
      order by 1`,
  );
  const tenantIds = (await client.query<{ id: string }>(`select id from tenant where province_id = $1`, [province.id])).rows.map((r) => r.id);
  // Foreign-key and append-only triggers are off (replica): every row of these tenants goes, so no reference is left dangling.
  for (const table of tables.rows) {
    if (table.by === 'tenant_id') await client.query(`delete from ${quote(table.name)} where tenant_id = any ($1::uuid[])`, [tenantIds]);
    else await client.query(`delete from ${quote(table.name)} where province_id = $1`, [province.id]);
  }
  await client.query(`delete from tenant where province_id = $1`, [province.id]);
  await client.query(`delete from city where province_id = $1`, [province.id]);
  await client.query(`delete from province where id = $1`, [province.id]);
  return province.tenants;
}

async function summaryAudit(client: pg.Client, plan: ProvincePlan, tenantId: string | null, counts: Record<string, number>, province: boolean, seed: string) {
  const entries = Object.entries(counts).map(([entity, n]) => ({ entity, after: { generator: { province: plan.code, seed }, rowsInserted: n } }));
  if (entries.length === 0) return;
  const actor = `generator:${plan.code}`;
  if (province) {
    await client.query(
      `insert into province_audit_event (province_id, subject_tenant_id, request_id, actor_subject, actor_role, operation, action, entity, after)
       select $1, $2, $3, $3, 'PROVINCE_ADMIN', $4, 'INSERT', e.entity, e.after from jsonb_to_recordset($5::jsonb) as e(entity text, after jsonb)`,
      [plan.id, tenantId, actor, OPERATION, JSON.stringify(entries)],
    );
  } else {
    await client.query(
      `insert into audit_event (tenant_id, request_id, actor_subject, actor_role, operation, action, entity, after)
       select $1, $2, $2, 'COUNTY_ADMIN', $3, 'INSERT', e.entity, e.after from jsonb_to_recordset($4::jsonb) as e(entity text, after jsonb)`,
      [tenantId, actor, OPERATION, JSON.stringify(entries)],
    );
  }
}

export async function generateProvince(
  ownerUrl: string,
  options: GeneratorOptions,
  context: { registry: TenantFile[]; onProgress?: (progress: GeneratorProgress) => void },
): Promise<GeneratorReport> {
  const started = performance.now();
  const plan = planProvince(options);
  const last = options.years[options.years.length - 1];
  const rowsByTable: Record<string, number> = {};
  let rows = 0;
  let tenantsDone = 0;
  let loaded = started;
  const progress = () => context.onProgress?.({ tenantsDone, tenants: plan.tenants.length, rows, seconds: (performance.now() - started) / 1000 });
  const count = (n: number) => {
    rows += n;
    progress();
  };
  const write = async (client: pg.Client, tables: TableData[]) => {
    for (const table of tables) {
      await copyTable(client, table, count);
      rowsByTable[table.table] = (rowsByTable[table.table] ?? 0) + table.rows;
    }
  };
  const transaction = async (client: pg.Client, work: () => Promise<void>) => {
    await client.query('begin');
    try {
      // Skips the foreign-key and audit triggers; the summary entries stand for the latter.
      await client.query('set local session_replication_role = replica');
      await work();
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  };

  let replaced: number | null = null;
  await withClient(ownerUrl, async (client) => {
    const role = await client.query<{ rolsuper: boolean; rolname: string }>(`select rolsuper, rolname from pg_roles where rolname = current_user`);
    if (!role.rows[0]?.rolsuper) {
      throw new GeneratorError(
        `the generator loads with COPY, which PostgreSQL refuses on tables with forced row-level security unless the role bypasses it, and skips the row-by-row audit triggers, which needs a superuser; ${role.rows[0]?.rolname ?? 'this role'} is not one. Run it against the embedded database (leave DATABASE_URL unset) or pass a superuser URL with --database.`,
      );
    }
    const columnTypes = await readColumnTypes(client);

    // The worker expands and encodes the next tenants while the connections write. It starts before
    // the registry is written, so that its start-up and the first tenants overlap with that.
    // A large young generation: the worker makes millions of short-lived row objects and strings, and
    // collects them in about three quarters of the time it takes with the default one.
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: { options, columnTypes },
      resourceLimits: { maxYoungGenerationSizeMb: 192 },
    });
    const pending = new Map<number, { resolve: (tables: TableData[]) => void; reject: (error: Error) => void }>();
    worker.on('message', (message: { index: number; tables?: TableData[]; error?: string }) => {
      const waiting = pending.get(message.index)!;
      pending.delete(message.index);
      if (message.error) waiting.reject(new GeneratorError(`tenant ${plan.tenants[message.index].code}: ${message.error}`));
      else waiting.resolve(message.tables!);
    });
    worker.on('error', (error) => pending.forEach((p) => p.reject(error)));
    const request = (index: number) => {
      const tables = new Promise<TableData[]>((resolve, reject) => {
        pending.set(index, { resolve, reject });
        worker.postMessage(index);
      });
      tables.catch(() => undefined); // awaited in turn; an early failure must not go unhandled
      return tables;
    };
    // Two connections write two tenants at a time; the worker keeps three tenants ready.
    const WRITERS = 2;
    const AHEAD = WRITERS + 1;
    const queue = plan.tenants.slice(0, AHEAD).map((_, i) => request(i));
    let next = 0;
    const writer = async (connection: pg.Client) => {
      for (let index = next++; index < plan.tenants.length; index = next++) {
        const tables = await queue[index];
        if (index + AHEAD < plan.tenants.length) queue.push(request(index + AHEAD));
        queue[index] = Promise.resolve([]); // let the buffers go
        const tenant = plan.tenants[index];
        await transaction(connection, async () => {
          await write(connection, tables);
          const tally = (scope: TableData['scope']) => Object.fromEntries(tables.filter((t) => t.scope === scope).map((t) => [t.table, t.rows]));
          await summaryAudit(connection, plan, tenant.id, tally('TENANT'), false, options.seed);
          await summaryAudit(connection, plan, tenant.id, tally('PROVINCE'), true, options.seed);
          await connection.query('select app.bump_metric_versions($1::uuid[])', [[tenant.id]]);
        });
        tenantsDone++;
        progress();
      }
    };

    try {
      await transaction(client, async () => {
        await client.query(`select pg_advisory_xact_lock(hashtext('bpm-generator'), hashtext($1))`, [plan.code]);
        replaced = await clearEarlierRun(client, plan, context.registry);
        await write(client, serialize(registrySteps(plan, last), columnTypes));
        await summaryAudit(client, plan, null, { province: 1, city: plan.cities.length, tenant: plan.tenants.length }, true, options.seed);
        for (const tenant of plan.tenants) {
          await summaryAudit(client, plan, tenant.id, { department: tenant.units.length, ...(Object.keys(tenant.ruleOverrides).length ? { tenant_rule: Object.keys(tenant.ruleOverrides).length } : {}) }, false, options.seed);
        }
        // Replica mode skips the triggers that date the metric rollups: these tenants' rows changed.
        await client.query('select app.bump_metric_versions($1::uuid[])', [plan.tenants.map((tenant) => tenant.id)]);
      });
      await Promise.all([writer(client), ...Array.from({ length: WRITERS - 1 }, () => withClient(ownerUrl, writer))]);
    } finally {
      await worker.terminate();
    }
    loaded = performance.now();
    // Autovacuum would do this some minutes later. Until then the planner takes a county's tables
    // for the size they had before the load (a benchmark run straight after the generator measured
    // plans made for near-empty tables), and index-only scans, such as a list's count, read the
    // table too, because the visibility map does not yet mark the new pages all-visible.
    await client.query(`vacuum (analyze) ${Object.keys(rowsByTable).map(quote).join(', ')}`);
  });
  const seconds = (loaded - started) / 1000;
  const analyzeSeconds = (performance.now() - loaded) / 1000;
  // The progress counts slices of a table's data approximately; the report counts rows exactly.
  const written = Object.values(rowsByTable).reduce((sum, n) => sum + n, 0);
  return { province: `${plan.code} ${plan.name}`, tenants: plan.tenants.length, rows: written, rowsByTable, replaced, seconds, rowsPerSecond: Math.round(written / seconds), analyzeSeconds };
}
