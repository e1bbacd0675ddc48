import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded.js';
import { migrate } from '../../server/db/migrate.js';
import { ensureApiLoginRole, ensureGroupRole, withClient, withDatabase } from '../../server/db/roles.js';
import { createLogger } from '../../server/logger.js';
import { TENANTS_DIRECTORY, loadTenantRegistry, readTenantFiles } from '../../server/modules/regions/tenant-registry.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser/owner URL of the maintenance database of the test server. */
    adminUrl: string;
    templateDatabase: string;
    apiRole: string;
    apiPassword: string;
  }
}

/** A role name of its own, so tests never change the password of a running server's role. */
const TEST_API_ROLE = 'bpm_api_test';
const TEST_DATA_ROOT = path.resolve('.data');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes what killed test runs left behind: their data folders and orphaned PostgreSQL servers. */
async function cleanStaleRuns(): Promise<void> {
  if (!existsSync(TEST_DATA_ROOT)) return;
  for (const name of await readdir(TEST_DATA_ROOT)) {
    const match = /^test-run-(\d+)$/.exec(name);
    if (!match || alive(Number(match[1]))) continue;
    const pidFile = path.join(TEST_DATA_ROOT, name, 'pg', 'postmaster.pid');
    if (existsSync(pidFile)) {
      const postmaster = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
      if (postmaster && alive(postmaster)) process.kill(postmaster, 'SIGQUIT');
    }
    await rm(path.join(TEST_DATA_ROOT, name), { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject) {
  const logger = createLogger('warn');
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl: string;
  const dataDir = path.join(TEST_DATA_ROOT, `test-run-${process.pid}`);
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    await cleanStaleRuns();
    embedded = await startEmbeddedDatabase({ dataDir, logger });
    adminUrl = embedded.adminUrl;
  }

  const templateDatabase = `bpm_template_${process.pid}`;
  const apiPassword = crypto.randomUUID();
  await withClient(adminUrl, (client) => client.query(`create database ${templateDatabase}`));
  const templateUrl = withDatabase(adminUrl, templateDatabase);
  await ensureGroupRole(templateUrl);
  await migrate(templateUrl);
  await loadTenantRegistry(templateUrl, await readTenantFiles(TENANTS_DIRECTORY));
  await ensureApiLoginRole(templateUrl, TEST_API_ROLE, apiPassword);
  // Mark it a template so `create database … template` needs no exclusive access tricks.
  await withClient(adminUrl, (client) => client.query(`alter database ${templateDatabase} is_template true`));

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('apiRole', TEST_API_ROLE);
  project.provide('apiPassword', apiPassword);

  return async () => {
    await withClient(adminUrl, async (client) => {
      // Per-file databases are dropped by their files; drop leftovers of this run, then the template.
      const leftovers = await client.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`bpm_test_${process.pid}_%`],
      );
      for (const { datname } of leftovers.rows) await client.query(`drop database if exists "${datname}" with (force)`);
      await client.query(`alter database ${templateDatabase} is_template false`);
      await client.query(`drop database if exists ${templateDatabase} with (force)`);
    });
    if (embedded) {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  };
}
