import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { connectionErrorReason, isConnectionError } from './connection-errors.js';
import { startEmbeddedDatabase } from './embedded.js';
import { migrate } from './migrate.js';
import {
  DEFAULT_API_ROLE,
  assertApiRoleCannotBypassRls,
  ensureApiLoginRole,
  ensureGroupRole,
  withClient,
  withCredentials,
  withDatabase,
} from './roles.js';

export interface PreparedDatabase {
  /** Owner: migrations and seeding. */
  ownerUrl: string;
  /** The API's login: subject to row-level security. */
  apiUrl: string;
  /** Human-readable location, for the start banner. */
  description: string;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'bpm';

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  });
}

/** A random password for the derived API role, kept under DATA_DIR so restarts agree. */
async function apiRolePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'api-role-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const password = crypto.randomUUID().replaceAll('-', '');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

export class DatabaseUnreachableError extends Error {}

/** First retry after half a second, doubling up to this. */
const MAX_RETRY_DELAY_MS = 10_000;
const CONNECT_ATTEMPT_TIMEOUT_MS = 5_000;

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * Waits until the PostgreSQL at `url` accepts a connection, retrying with exponential backoff
 * while it is down or starting up, and gives up after `timeoutS` with a message saying what to
 * check. Other failures (wrong password, missing database) are not retried: waiting won't fix them.
 */
export async function waitForDatabase(options: { url: string; timeoutS: number; logger: Logger }): Promise<void> {
  const { url, timeoutS, logger } = options;
  const parsed = new URL(url);
  const where = `${parsed.hostname}:${parsed.port || 5432}`;
  const deadline = Date.now() + timeoutS * 1000;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_ATTEMPT_TIMEOUT_MS });
    // A connection that fails after connecting emits 'error'; the rejected promise below is what we act on.
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      if (attempt > 1) logger.info({ host: where, attempt }, `PostgreSQL at ${where} answers now`);
      return;
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      const reason = connectionErrorReason(error);
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new DatabaseUnreachableError(
          `PostgreSQL at ${where} did not answer within ${timeoutS} s (${reason}, ${attempt} attempts). ` +
            `Check that it is running and that DATABASE_URL points at it, or wait longer with DATABASE_CONNECT_TIMEOUT_S.`,
        );
      }
      const delay = Math.min(500 * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS, left);
      logger.warn(
        { host: where, reason, attempt, retryInMs: delay },
        `PostgreSQL at ${where} is not answering (${reason}); retrying in ${seconds(delay)} (attempt ${attempt}, giving up after ${timeoutS} s)`,
      );
      await sleep(delay);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/**
 * Brings the database to a state the API can serve from: the server (embedded or DATABASE_URL),
 * the roles, the migrations, and the check that the API's role cannot bypass row-level security.
 */
/** `shareRunning`: for command-line tools, use the embedded server a running `npm start` holds. */
export async function prepareDatabase(options: { config: Config; logger: Logger; shareRunning?: boolean }): Promise<PreparedDatabase> {
  const { config, logger } = options;
  let ownerUrl: string;
  let stop = async () => {};
  let description: string;
  if (config.databaseUrl) {
    ownerUrl = config.databaseUrl;
    const url = new URL(ownerUrl);
    description = `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname} (DATABASE_URL)`;
    await waitForDatabase({ url: ownerUrl, timeoutS: config.databaseConnectTimeoutS, logger });
  } else {
    const embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, logger, shareRunning: options.shareRunning });
    stop = embedded.stop;
    try {
      await createDatabaseIfMissing(embedded.adminUrl, EMBEDDED_DATABASE);
    } catch (error) {
      await stop();
      throw error;
    }
    ownerUrl = withDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
    description = `embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${path.join(config.dataDir, 'pg')}`;
    if (embedded.sharedPid) description += `, already running for another process (pid ${embedded.sharedPid}), left running`;
  }

  try {
    await ensureGroupRole(ownerUrl);
    const applied = await migrate(ownerUrl);
    if (applied.length > 0) logger.info({ applied }, 'database migrated');

    let apiUrl = config.apiDatabaseUrl;
    if (!apiUrl) {
      const password = await apiRolePassword(config.dataDir);
      await ensureApiLoginRole(ownerUrl, DEFAULT_API_ROLE, password);
      apiUrl = withCredentials(ownerUrl, DEFAULT_API_ROLE, password);
    }
    await assertApiRoleCannotBypassRls(apiUrl);
    return { ownerUrl, apiUrl, description, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
