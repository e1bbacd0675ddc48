// The servers under test, each a child process of its own so that its memory and CPU are its own:
// ours (server/main.ts, as `npm start` runs it), PostGraphile and the raw baseline.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../server/db/embedded.js';
import type { ServerName } from './workloads.js';
import { npmStartArguments } from '../server/cli/npm-start.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POSTGRAPHILE_DIR = path.join(REPO_ROOT, 'bench', 'postgraphile');

export interface ServerProcess {
  name: ServerName;
  url: string;
  pid: number;
  /** Resident memory now, in MiB (VmRSS). */
  rssMiB(): number;
  /** The process's peak resident memory so far, in MiB (VmHWM), start-up included. */
  peakRssMiB(): number;
  /** CPU time (user + system) used so far, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

function cpuMs(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime and stime in ticks.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode} before it was ready:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not ready after ${timeoutMs / 1000} s:\n${output()}`);
}

/** Starts `node <args>` (by default `--import tsx <script>`) from the repository root and waits for `readyPath`. */
async function startNodeServer(options: { name: ServerName; script: string; args?: string[]; env: Record<string, string>; readyPath: string; timeoutMs: number }): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, options.args ?? ['--import', 'tsx', options.script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilReady(url + options.readyPath, child, () => lines.join('\n'), options.timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${options.name} (${options.script}) ${(error as Error).message}`);
  }
  const pid = child.pid!;
  return {
    name: options.name,
    url,
    pid,
    rssMiB: () => statusField(pid, 'VmRSS'),
    peakRssMiB: () => statusField(pid, 'VmHWM'),
    cpuMs: () => cpuMs(pid),
    stop,
  };
}

/** Same pool size for every server, so none wins by opening more connections. */
export const POOL_SIZE = 10;

/**
 * Ours, as `npm start` runs it in production, on the bench's database, with the x-sql-statements
 * header on; rate limits far above what the load sends (they stay on, so their cost is measured).
 */
export function startOurs(options: { ownerUrl: string; apiUrl: string; dataDir: string; jwtSecret: string }): Promise<ServerProcess> {
  return startNodeServer({
    name: 'ours',
    script: 'server/main.ts',
    args: npmStartArguments(),
    env: {
      DATABASE_URL: options.ownerUrl,
      API_DATABASE_URL: options.apiUrl,
      DATA_DIR: options.dataDir,
      JWT_SECRET: options.jwtSecret,
      NODE_ENV: 'production',
      SQL_STATEMENT_COUNT_HEADER: 'true',
      LOG_LEVEL: 'warn',
      // W4 reads 1,000 rows a page: BI readers' cap (BI_MAX_PAGE_SIZE), or everyone's on servers without it.
      BI_MAX_PAGE_SIZE: '1000',
      MAX_PAGE_SIZE: '1000',
      RATE_LIMIT_PER_MINUTE: '1000000000',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
    },
    readyPath: '/readyz',
    // The first start on a new database runs every migration (production mode loads no demo data).
    timeoutMs: 180_000,
  });
}

export function startRaw(options: { apiUrl: string; jwtSecret: string }): Promise<ServerProcess> {
  return startNodeServer({
    name: 'raw',
    script: 'bench/raw-server.ts',
    env: { API_DATABASE_URL: options.apiUrl, JWT_SECRET: options.jwtSecret, POOL_SIZE: String(POOL_SIZE) },
    readyPath: '/healthz',
    timeoutMs: 30_000,
  });
}

/** Installs PostGraphile from its committed lockfile the first time (kept out of the product's tree). */
export async function ensurePostgraphileInstalled(log: (line: string) => void): Promise<void> {
  const lock = JSON.parse(readFileSync(path.join(POSTGRAPHILE_DIR, 'package-lock.json'), 'utf8'));
  const wanted = lock.packages['node_modules/postgraphile'].version;
  const installedFile = path.join(POSTGRAPHILE_DIR, 'node_modules', 'postgraphile', 'package.json');
  if (existsSync(installedFile) && JSON.parse(readFileSync(installedFile, 'utf8')).version === wanted) return;
  log(`installing PostGraphile ${wanted} into bench/postgraphile/node_modules (npm ci, once)`);
  const npm = spawn('npm', ['ci', '--prefix', 'bench/postgraphile', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => npm.on('exit', resolve));
  if (code !== 0) throw new Error(`npm ci --prefix bench/postgraphile failed (exit ${code}):\n${output.slice(-2000)}`);
}

export function startPostgraphile(options: { apiUrl: string; jwtSecret: string }): Promise<ServerProcess> {
  return startNodeServer({
    name: 'postgraphile',
    script: 'bench/postgraphile/server.ts',
    env: { API_DATABASE_URL: options.apiUrl, JWT_SECRET: options.jwtSecret, POOL_SIZE: String(POOL_SIZE), GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
    readyPath: '/healthz',
    timeoutMs: 120_000,
  });
}
