// The benchmark's database: the embedded PostgreSQL under DATA_DIR (or DATABASE_URL), or a
// throw-away one under the system's temp folder for the smoke run, with the synthetic province
// generated into it when it holds fewer tenants than asked for.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../server/config.js';
import { prepareDatabase } from '../server/db/database.js';
import { generateProvince } from '../server/generator/generate.js';
import { createLogger } from '../server/logger.js';
import { TENANTS_DIRECTORY, readTenantFiles } from '../server/modules/regions/tenant-registry.js';

export const BENCH_PROVINCE = { code: '99', name: '示范省' };

export interface BenchDatabase {
  ownerUrl: string;
  apiUrl: string;
  dataDir: string;
  description: string;
  /** Tenants of the benchmark province (after generating, if that was needed). */
  tenants: number;
  /** Set when this run generated the province: rows written and seconds taken. */
  generated: { rows: number; seconds: number } | null;
  postgresVersion: string;
  close(): Promise<void>;
}

export async function ownerQuery<T extends pg.QueryResultRow>(ownerUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function provinceTenants(ownerUrl: string): Promise<number> {
  const [row] = await ownerQuery<{ n: number }>(
    ownerUrl,
    'select count(*)::int as n from tenant t join province p on p.id = t.province_id where p.code = $1',
    [BENCH_PROVINCE.code],
  );
  return row.n;
}

/**
 * Opens the database the benchmark runs on. `smoke` uses a new embedded PostgreSQL in a temporary
 * DATA_DIR that close() removes; otherwise the one `npm start` would use.
 */
export async function openBenchDatabase(options: { smoke: boolean; tenants: number; size: number; year: number; log: (line: string) => void }): Promise<BenchDatabase> {
  const baseConfig = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  let config: Config = baseConfig;
  let temporaryDir: string | undefined;
  if (options.smoke) {
    // Under the temp folder, which the `postgres` OS user can reach when this runs as root.
    temporaryDir = await mkdtemp(path.join(os.tmpdir(), 'bpm-bench-'));
    config = { ...baseConfig, dataDir: temporaryDir, databaseUrl: undefined, apiDatabaseUrl: undefined };
  }
  // An `npm start` already serving DATA_DIR lends its embedded PostgreSQL (left running afterwards).
  const database = await prepareDatabase({ config, logger: createLogger('warn'), shareRunning: !options.smoke });
  const close = async () => {
    await database.stop();
    if (temporaryDir) await rm(temporaryDir, { recursive: true, force: true });
  };
  try {
    let generated: BenchDatabase['generated'] = null;
    let tenants = await provinceTenants(database.ownerUrl);
    if (tenants < options.tenants) {
      options.log(`province ${BENCH_PROVINCE.code} has ${tenants} tenants, fewer than --tenants ${options.tenants}: generating it (size ${options.size}, ${options.year})`);
      const report = await generateProvince(
        database.ownerUrl,
        { tenants: options.tenants, years: [options.year], seed: 'bpm-synthetic', province: BENCH_PROVINCE, size: options.size },
        { registry: await readTenantFiles(TENANTS_DIRECTORY) },
      );
      generated = { rows: report.rows, seconds: report.seconds };
      options.log(`generated ${report.rows.toLocaleString('en')} rows in ${report.seconds.toFixed(1)} s`);
      tenants = await provinceTenants(database.ownerUrl);
    }
    const [{ version }] = await ownerQuery<{ version: string }>(database.ownerUrl, `select current_setting('server_version') as version`);
    return {
      ownerUrl: database.ownerUrl,
      apiUrl: database.apiUrl,
      dataDir: config.dataDir,
      description: database.description,
      tenants,
      generated,
      postgresVersion: version,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

