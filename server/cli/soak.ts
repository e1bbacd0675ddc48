// npm run soak: sustained mixed load against the synthetic province (npm run generate), to see
// whether the service holds up over time: errors (target none), latency drift between the first
// and the last time slice, and growth of the server's memory (RSS) after warm-up.
// Starts `server/main.ts` as a child process on the database `npm start` would use (DATABASE_URL,
// or the embedded one under DATA_DIR), drives it with autocannon from this process, then stops it.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs, promisify } from 'node:util';
import { print } from 'graphql';
import {
  CompareTenantsDocument,
  CreateDepartmentDocument,
  DepartmentsDocument,
  MeDocument,
  MonitoringRecordsDocument,
  ProblemsDocument,
  ProjectYearsDocument,
  ProjectsDocument,
  TenantsDocument,
} from '../../schema/generated/graphql.js';
import { validateScope } from '../auth/scope.js';
import { parseTtl, signToken } from '../auth/tokens.js';
import { npmStartArguments } from './npm-start.js';

const USAGE = `Usage: npm run soak -- [--duration 10m] [--warmup 30s] [--slice 30s] [--connections 8]
                      [--province 99] [--year 2024] [--max-memory-growth 10] [--max-latency-drift 10]

  --duration           whole run, warm-up included (90s, 3m, 1h)
  --warmup             load before measuring: excluded from drift and memory, its errors still count
  --slice              length of each measured time slice
  --connections        concurrent HTTP connections
  --province, --year   the generated province and comparison year the load reads
  --max-memory-growth  target, % growth of the server's RSS from the first to the last slice
  --max-latency-drift  target, % change of the median latency from the first to the last slice

The server runs on the database "npm start" uses: DATABASE_URL, or the embedded PostgreSQL under
DATA_DIR (e.g. DATA_DIR=/tmp/gen-data after "DATA_DIR=/tmp/gen-data npm run generate").
Exit code 0 when every target is met, 1 when one is missed, 2 when the run could not be made.`;

class SoakError extends Error {}

/** Distinct province analysts and BI tools in the mix. */
const ANALYSTS = 20;

// autocannon ships no types; this is the part of its API used here.
interface LoadRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?(request: LoadRequest, context: Record<string, unknown>): LoadRequest;
  onResponse?(status: number, body: string): void;
}
interface LoadResult {
  latency: { p50: number; p90: number; p99: number; max: number };
  requests: { total: number };
  errors: number;
  timeouts: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: LoadRequest[];
}) => Promise<LoadResult>;

function seconds(flag: string, text: string): number {
  try {
    return parseTtl(text);
  } catch {
    throw new SoakError(`--${flag} must be a duration such as 90s, 3m or 1h; got "${text}"`);
  }
}

function positive(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new SoakError(`--${flag} must be a positive number; got "${text}"`);
  return value;
}

/** Resident memory of a process in MB (ps works on Linux and macOS). */
async function rssMb(pid: number): Promise<number> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'rss=', '-p', String(pid)]);
  return Number(stdout.trim()) / 1024;
}

function startServer(secret: string): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, npmStartArguments(), {
    // Production settings: no demo data, masked errors, the rate limits and rollup refresher as deployed.
    env: { ...process.env, NODE_ENV: 'production', JWT_SECRET: secret, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const match = /serving at (http:\/\/\S+)\/graphql/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new SoakError(`the server exited (code ${code}) before serving:\n${output.trim()}`)));
  });
  return { child, url, output: () => output };
}

async function graphql<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new SoakError(`${query.split('(')[0]}: ${body.errors[0].message}`);
  return body.data!;
}

interface Failures {
  total: number;
  /** "operation status code: message" → count, for the report. */
  kinds: Map<string, number>;
}

/**
 * The mix, as one cycle each connection repeats: county admins of random tenants read their lists
 * (departments, projects, project years, monitoring, problems, me) and create departments (2 of 10
 * requests write), the province analyst compares the tenants, a BI tool downloads the CSV.
 */
function loadMix(options: { tenantTokens: string[]; analystTokens: string[]; biTokens: string[]; year: number; failures: Failures; runId: string }): LoadRequest[] {
  const { tenantTokens, analystTokens, biTokens, year, failures, runId } = options;
  let written = 0;
  const record = (operation: string, status: number, code: string, message: string) => {
    failures.total++;
    const key = `${operation} ${status} ${code}: ${message.slice(0, 160)}`;
    failures.kinds.set(key, (failures.kinds.get(key) ?? 0) + 1);
  };
  const checkGraphql = (operation: string) => (status: number, body: string) => {
    let parsed: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      parsed = JSON.parse(body);
    } catch {
      return record(operation, status, 'NOT_JSON', body);
    }
    const error = parsed.errors?.[0];
    if (status !== 200 || error || !parsed.data) record(operation, status, error?.extensions?.code ?? '-', error?.message ?? body);
  };
  const any = (tokens: string[]) => () => tokens[Math.floor(Math.random() * tokens.length)];
  const countyAdmin = any(tenantTokens);
  const graphqlRequest = (operation: string, document: Parameters<typeof print>[0], variables: () => Record<string, unknown>, token: () => string): LoadRequest => ({
    method: 'POST',
    path: '/graphql',
    setupRequest: (request) => ({
      ...request,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body: JSON.stringify({ query: print(document), variables: variables() }),
    }),
    onResponse: checkGraphql(operation),
  });
  const write = () =>
    graphqlRequest('createDepartment', CreateDepartmentDocument, () => {
      const code = `SK${runId}${(written++).toString(36)}`;
      return { input: { code, name: `持续负载部门 ${code}` } };
    }, countyAdmin);
  return [
    graphqlRequest('departments', DepartmentsDocument, () => ({ first: 20 }), countyAdmin),
    graphqlRequest('projects', ProjectsDocument, () => ({ first: 20 }), countyAdmin),
    write(),
    graphqlRequest('projectYears', ProjectYearsDocument, () => ({ first: 20, filter: { fiscalYear: year } }), countyAdmin),
    graphqlRequest('monitoringRecords', MonitoringRecordsDocument, () => ({ first: 20 }), countyAdmin),
    graphqlRequest('compareTenants', CompareTenantsDocument, () => ({ fiscalYear: year, metricKeys: ['goal_coverage_count', 'self_eval_mean_score', 'rectification_on_time_rate'] }), any(analystTokens)),
    graphqlRequest('problems', ProblemsDocument, () => ({ first: 20 }), countyAdmin),
    write(),
    graphqlRequest('me', MeDocument, () => ({}), countyAdmin),
    {
      method: 'GET',
      path: `/bi/metrics.csv?fiscalYear=${year}&metrics=goal_coverage_count,key_eval_amount`,
      setupRequest: (request) => ({ ...request, headers: { authorization: `Bearer ${any(biTokens)()}` } }),
      onResponse: (status, body) => {
        if (status !== 200 || !body.startsWith('\uFEFFtenantCode,')) record('metrics.csv', status, '-', body);
      },
    },
  ];
}

interface Slice {
  label: string;
  seconds: number;
  requests: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  rssMb: number;
}

function percent(from: number, to: number): number {
  return from > 0 ? ((to - from) / from) * 100 : 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10m' },
      warmup: { type: 'string', default: '30s' },
      slice: { type: 'string', default: '30s' },
      connections: { type: 'string', default: '8' },
      province: { type: 'string', default: '99' },
      year: { type: 'string', default: '2024' },
      'max-memory-growth': { type: 'string', default: '10' },
      'max-latency-drift': { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stderr.write(USAGE + '\n');
    return;
  }
  const duration = seconds('duration', values.duration!);
  const warmup = seconds('warmup', values.warmup!);
  const slice = seconds('slice', values.slice!);
  const connections = positive('connections', values.connections!);
  const year = positive('year', values.year!);
  const maxMemoryGrowth = positive('max-memory-growth', values['max-memory-growth']!);
  const maxLatencyDrift = positive('max-latency-drift', values['max-latency-drift']!);
  const slices = Math.floor((duration - warmup) / slice);
  if (slices < 2) throw new SoakError(`--duration must leave at least two --slice after --warmup to compare (${duration} s - ${warmup} s warm-up < 2 × ${slice} s)`);

  const secret = crypto.randomUUID() + crypto.randomUUID();
  const server = startServer(secret);
  const stopServer = async () => {
    if (server.child.exitCode !== null) return;
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  };
  process.once('SIGINT', () => void stopServer().then(() => process.exit(130)));

  try {
    const url = await server.url;
    const pid = server.child.pid!;
    const sign = (scope: Record<string, string>) =>
      signToken(validateScope({ subject: `soak:${scope.role.toLowerCase()}:${scope.tenant ?? scope.province}`, ...scope }), { secret, ttlSeconds: 2 * duration + 3600 });
    const biToken = await sign({ role: 'BI_READER', province: values.province! });
    const tenants = await graphql<{ tenants: { nodes: { code: string }[] } }>(url, biToken, print(TenantsDocument), { first: 1000 });
    const codes = tenants.tenants.nodes.map((tenant) => tenant.code);
    if (codes.length === 0) {
      throw new SoakError(`province ${values.province} has no tenants in this database; generate it first: npm run generate -- --province ${values.province} --year ${year}`);
    }
    // One subject per tenant, as in real use: the per-subject rate limit applies to each county on its own.
    const tenantTokens = await Promise.all(codes.map((tenant) => sign({ role: 'COUNTY_ADMIN', tenant })));
    // Province analysts and BI tools are many people and systems, not one subject hammering its rate limit.
    const analystTokens = await Promise.all(Array.from({ length: ANALYSTS }, (_, i) => sign({ role: 'PROVINCE_ANALYST', province: values.province!, subject: `soak:analyst:${i}` })));
    const biTokens = await Promise.all(Array.from({ length: ANALYSTS }, (_, i) => sign({ role: 'BI_READER', province: values.province!, subject: `soak:bi:${i}` })));
    const failures: Failures = { total: 0, kinds: new Map() };
    const runId = Date.now().toString(36).slice(-5);
    const requests = loadMix({ tenantTokens, analystTokens, biTokens, year, failures, runId });

    process.stderr.write(
      `Soak: ${url}, ${codes.length} tenants of province ${values.province}, ${connections} connections, ` +
        `${warmup} s warm-up then ${slices} slices of ${slice} s (server pid ${pid}, RSS ${(await rssMb(pid)).toFixed(0)} MB)\n`,
    );

    const run = async (label: string, length: number): Promise<Slice> => {
      const before = failures.total;
      const samples: number[] = [];
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          samples.push(await rssMb(pid));
          await sleep(2_000);
        }
      })();
      const result = await autocannon({ url, connections, duration: length, timeout: 30, requests });
      sampling = false;
      await sampler;
      if (server.child.exitCode !== null) throw new SoakError(`the server exited during the run:\n${server.output().trim()}`);
      // Socket errors and timeouts are failures too; onResponse saw only the answered requests.
      failures.total += result.errors;
      if (result.errors > 0) failures.kinds.set('no answer (socket error or timeout)', (failures.kinds.get('no answer (socket error or timeout)') ?? 0) + result.errors);
      const measured: Slice = {
        label,
        seconds: length,
        requests: result.requests.total,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        errors: failures.total - before,
        rssMb: samples.reduce((sum, value) => sum + value, 0) / samples.length,
      };
      process.stderr.write(
        `  ${label.padEnd(8)} ${String(measured.requests).padStart(7)} req ${(measured.requests / length).toFixed(0).padStart(5)}/s  ` +
          `p50 ${measured.p50} ms  p90 ${measured.p90} ms  p99 ${measured.p99} ms  max ${measured.max} ms  errors ${measured.errors}  RSS ${measured.rssMb.toFixed(0)} MB\n`,
      );
      return measured;
    };

    const warm = await run('warm-up', warmup);
    const measured: Slice[] = [];
    for (let i = 1; i <= slices; i++) measured.push(await run(`slice ${i}`, slice));

    const first = measured[0];
    const last = measured.at(-1)!;
    const total = warm.requests + measured.reduce((sum, s) => sum + s.requests, 0);
    const memoryGrowth = percent(first.rssMb, last.rssMb);
    const p50Drift = percent(first.p50, last.p50);
    const p99Drift = percent(first.p99, last.p99);
    const checks = [
      { name: 'errors', ok: failures.total === 0, text: `${failures.total} of ${total} requests (target 0)` },
      { name: 'memory growth', ok: memoryGrowth < maxMemoryGrowth, text: `RSS ${first.rssMb.toFixed(0)} MB → ${last.rssMb.toFixed(0)} MB, ${memoryGrowth.toFixed(1)}% (target < ${maxMemoryGrowth}%)` },
      { name: 'latency drift', ok: p50Drift < maxLatencyDrift, text: `p50 ${first.p50} → ${last.p50} ms, ${p50Drift.toFixed(1)}% (target < ${maxLatencyDrift}%); p99 ${first.p99} → ${last.p99} ms, ${p99Drift.toFixed(1)}%` },
    ];
    const lines = ['', `Soak of ${duration} s, ${total} requests (${(total / duration).toFixed(0)}/s), ${connections} connections, ${codes.length} tenants:`];
    for (const check of checks) lines.push(`  ${check.ok ? 'ok  ' : 'MISS'} ${check.name.padEnd(14)} ${check.text}`);
    for (const [kind, count] of [...failures.kinds].sort((a, b) => b[1] - a[1]).slice(0, 5)) lines.push(`       ${count} × ${kind}`);
    process.stdout.write(lines.join('\n') + '\n');
    process.exitCode = checks.every((check) => check.ok) ? 0 : 1;
  } finally {
    await stopServer();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\nThe soak could not run: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!(error instanceof SoakError) && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
});
