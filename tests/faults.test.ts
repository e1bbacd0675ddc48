import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../server/auth/tokens.js';
import { createDatabaseIfMissing } from '../server/db/database.js';
import { freePort, startEmbeddedDatabase, type EmbeddedDatabase } from '../server/db/embedded.js';
import { withDatabase } from '../server/db/roles.js';
import { createLogger } from '../server/logger.js';
import { CreateDepartmentDocument, DepartmentsDocument } from '../schema/generated/graphql.js';
import { npmStartArguments } from '../server/cli/npm-start.js';

/**
 * PostgreSQL going away and coming back, seen from outside the way an operator sees it: the real
 * `server/main.ts` process over HTTP, on a PostgreSQL of this file's own (the suite's shared one
 * must keep serving the other files). The steps share that server and run in order: a start while
 * the database is down, an outage under load, recovery, then a graceful shutdown.
 */
const root = path.resolve('.data', `test-faults-${process.pid}`);
const clusterDir = path.join(root, 'db');
const secret = crypto.randomUUID();
const quiet = createLogger('fatal');
const CONNECT_TIMEOUT_S = 30;

let databasePort: number;
let database: EmbeddedDatabase | undefined;
let ownerUrl: string;
let server: ChildProcess | undefined;
let output = '';
let url = '';

const adminToken = () => signToken({ subject: 'faults-test', role: 'COUNTY_ADMIN', tenant: '370406' }, { secret, ttlSeconds: 600 });
const biToken = () => signToken({ subject: 'faults-test', role: 'BI_READER', province: '37' }, { secret, ttlSeconds: 600 });

function startServer(env: Record<string, string>): ChildProcess {
  output = '';
  const child = spawn(process.execPath, npmStartArguments(), {
    // The load below sends more than production's 600 requests a minute per token: raise the limit, it is not what is tested here.
    env: { PATH: process.env.PATH!, PORT: '0', NODE_ENV: 'production', JWT_SECRET: secret, LOG_LEVEL: 'info', DATA_DIR: path.join(root, 'server'), RATE_LIMIT_PER_MINUTE: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return child;
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const found = await probe();
    if (found !== undefined && found !== false) return found;
    await sleep(100);
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms. Server output:\n${output.slice(-4000)}`);
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', resolve));
}

interface Outcome {
  kind: 'read' | 'write';
  /** performance.now() when the request was sent. */
  sentAt: number;
  ms: number;
  status: number;
  code?: string;
  message?: string;
  departmentCode?: string;
  /** A write the server acknowledged: it answered with the created department. */
  saved?: boolean;
}

async function graphql(query: string, variables: object, token: string): Promise<Omit<Outcome, 'kind'> & { data?: any }> {
  const sentAt = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    const error = body.errors?.[0];
    return { sentAt, ms: performance.now() - sentAt, status: response.status, code: error?.extensions?.code, message: error?.message, data: body.data };
  } catch (error) {
    return { sentAt, ms: performance.now() - sentAt, status: 0, code: 'NO_RESPONSE', message: String(error) };
  }
}

async function get(pathname: string, token?: string): Promise<{ status: number; ms: number; body: string }> {
  const sentAt = performance.now();
  const response = await fetch(`${url}${pathname}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(10_000) });
  const body = await response.text();
  return { status: response.status, ms: performance.now() - sentAt, body };
}

/** A county admin's traffic: departments created (each with a new code) and listed, alternately, until told to stop. */
async function countyAdminTraffic(worker: number, outcomes: Outcome[], running: () => boolean): Promise<void> {
  const token = await adminToken();
  for (let i = 0; running(); i++) {
    if (i % 2 === 0) {
      const code = `FT${worker}-${i}`;
      const { data, ...outcome } = await graphql(print(CreateDepartmentDocument), { input: { code, name: `故障演练部门 ${code}` } }, token);
      outcomes.push({ kind: 'write', departmentCode: code, saved: data?.createDepartment?.code === code, ...outcome });
    } else {
      const { data: _rows, ...outcome } = await graphql(print(DepartmentsDocument), { first: 5 }, token);
      outcomes.push({ kind: 'read', ...outcome });
    }
    // While everything fails in milliseconds, don't spin.
    if (outcomes.at(-1)!.status !== 200) await sleep(25);
  }
}

const acknowledged = (outcomes: Outcome[]) => outcomes.filter((o) => o.saved).map((o) => o.departmentCode!);

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  // A cluster of this file's own on a fixed port, so it can be stopped and started where the server expects it.
  databasePort = await freePort();
  database = await startEmbeddedDatabase({ dataDir: clusterDir, logger: quiet, port: databasePort });
  await createDatabaseIfMissing(database.adminUrl, 'bpm');
  ownerUrl = withDatabase(database.adminUrl, 'bpm');
  await database.stop();
  database = undefined;
});

afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  await database?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('the server and its database going away and coming back', () => {
  it('gives up with a message saying what to check when PostgreSQL never answers', async () => {
    const unused = await freePort();
    const child = startServer({ DATABASE_URL: `postgres://postgres@127.0.0.1:${unused}/bpm`, DATABASE_CONNECT_TIMEOUT_S: '2' });
    expect(await exited(child)).toBe(1);
    expect(output).toMatch(new RegExp(`PostgreSQL at 127\\.0\\.0\\.1:${unused} is not answering \\(ECONNREFUSED\\); retrying in 0\\.5 s \\(attempt 1, giving up after 2 s\\)`));
    expect(output).toMatch(
      new RegExp(`The server could not start: PostgreSQL at 127\\.0\\.0\\.1:${unused} did not answer within 2 s \\(ECONNREFUSED, \\d+ attempts\\)\\. Check that it is running and that DATABASE_URL points at it`),
    );
  }, 45_000);

  it('started while PostgreSQL is down, retries with growing delays and serves once the database answers', async () => {
    server = startServer({ DATABASE_URL: ownerUrl, DATABASE_CONNECT_TIMEOUT_S: String(CONNECT_TIMEOUT_S) });
    const retry = (attempt: number, delay: string) =>
      `PostgreSQL at 127.0.0.1:${databasePort} is not answering (ECONNREFUSED); retrying in ${delay} (attempt ${attempt}, giving up after ${CONNECT_TIMEOUT_S} s)`;
    await waitFor('the second connection attempt', () => output.includes(retry(2, '1 s')), 40_000);
    expect(output).toContain(retry(1, '0.5 s'));

    database = await startEmbeddedDatabase({ dataDir: clusterDir, logger: quiet, port: databasePort });
    url = await waitFor('the start banner', () => /serving at (http:\/\/\S+)\/graphql/.exec(output)?.[1], 30_000);
    expect(output).toContain(`PostgreSQL at 127.0.0.1:${databasePort} answers now`);
    expect((await get('/readyz')).status).toBe(200);
  }, 90_000);

  it('during an outage under load: fast 503 SERVICE_UNAVAILABLE, /readyz red, process up; then recovers by itself and keeps every acknowledged change', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const traffic = Promise.all([1, 2, 3, 4, 5, 6].map((worker) => countyAdminTraffic(worker, outcomes, () => running)));

    await sleep(1_500);
    const acknowledgedBeforeOutage = acknowledged(outcomes).length;
    await database!.stop();
    const down = performance.now();

    await sleep(1_000);
    const ready = await get('/readyz');
    const health = await get('/healthz');
    const csv = await get('/bi/metrics.csv?fiscalYear=2024&metrics=goal_coverage_count', await biToken());
    await sleep(1_000);
    const restarting = performance.now();
    expect(server!.exitCode).toBeNull();

    database = await startEmbeddedDatabase({ dataDir: clusterDir, logger: quiet, port: databasePort });
    const up = performance.now();
    const recovered = await waitFor('a change acknowledged after the restart', () => outcomes.find((o) => o.saved && o.sentAt > up), 10_000);
    await sleep(1_000);
    running = false;
    await traffic;

    // Requests sent while the database was down: every one answered 503 SERVICE_UNAVAILABLE, fast.
    const duringOutage = outcomes.filter((o) => o.sentAt > down && o.sentAt + o.ms < restarting);
    expect(duringOutage.length).toBeGreaterThan(20);
    expect(new Set(duringOutage.map((o) => `${o.status} ${o.code}`))).toEqual(new Set(['503 SERVICE_UNAVAILABLE']));
    expect(duringOutage[0].message).toBe('The database is unreachable at the moment; retry in a few seconds.');
    expect(Math.max(...duringOutage.map((o) => o.ms))).toBeLessThan(2_000);

    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    expect(ready.ms).toBeLessThan(2_500);
    expect(health.status).toBe(200);
    expect(csv.status).toBe(503);
    expect(JSON.parse(csv.body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    // Around the stop and the restart a request either succeeded or was told to retry; nothing else.
    expect(outcomes.filter((o) => !(o.status === 200 && !o.code) && !(o.status === 503 && o.code === 'SERVICE_UNAVAILABLE'))).toEqual([]);

    // Recovery without a restart of the server.
    expect(recovered.sentAt - up).toBeLessThan(5_000);
    expect(server!.exitCode).toBeNull();
    expect((await get('/readyz')).status).toBe(200);
    expect((await get('/bi/metrics.csv?fiscalYear=2024&metrics=goal_coverage_count', await biToken())).status).toBe(200);

    // Every change the server acknowledged, before and after the outage, is in the database.
    const codes = acknowledged(outcomes);
    expect(acknowledgedBeforeOutage).toBeGreaterThan(5);
    expect(codes.length).toBeGreaterThan(acknowledgedBeforeOutage);
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const stored = await owner.query<{ code: string }>(
        `select d.code from department d join tenant t on t.id = d.tenant_id where t.code = '370406' and d.code like 'FT%'`,
      );
      const storedCodes = new Set(stored.rows.map((row) => row.code));
      expect(codes.filter((code) => !storedCodes.has(code))).toEqual([]);
    } finally {
      await owner.end();
    }
  }, 60_000);

  it('on SIGTERM refuses new connections, finishes the request in flight, then exits 0', async () => {
    // Hold a lock the department list needs, so a request is still running when the signal comes.
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query('begin');
    await owner.query('lock table department in access exclusive mode');
    const inFlight = graphql(print(DepartmentsDocument), { first: 5 }, await adminToken());
    await waitFor('the request to wait on the lock', async () => {
      const waiting = await owner.query(`select 1 from pg_stat_activity where wait_event_type = 'Lock' and datname = 'bpm'`);
      return waiting.rowCount! > 0 || undefined;
    }, 5_000);

    const exit = exited(server!);
    server!.kill('SIGTERM');
    const port = Number(new URL(url).port);
    const refused = await waitFor('new connections to be refused', () =>
      new Promise<string | undefined>((resolve) => {
        const socket = net.connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          resolve(undefined);
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code));
      }),
    3_000);
    expect(refused).toBe('ECONNREFUSED');
    expect(server!.exitCode).toBeNull();

    await owner.query('commit');
    await owner.end();
    const finished = await inFlight;
    const finishedAt = performance.now();
    expect(finished.status).toBe(200);
    expect(finished.data.departments.totalCount).toBeGreaterThan(5);
    expect(await exit).toBe(0);
    // Promptly: the finished request's keep-alive connection does not hold the server open.
    expect(performance.now() - finishedAt).toBeLessThan(5_000);
    expect(output).toContain('stopped cleanly');
  }, 30_000);
});
