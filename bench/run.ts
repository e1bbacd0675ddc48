// npm run bench: the five workloads against one generated province, on our server, PostGraphile v5
// and a raw pg baseline side by side on the same database and policies; writes a markdown table and
// JSON under bench/results/. `--smoke` runs all of it briefly on a tiny throw-away province (CI).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, jwtSecretFor, loadConfig } from '../server/config.js';
import { EmbeddedDatabaseError } from '../server/db/embedded.js';
import { UnsafeApiRoleError } from '../server/db/roles.js';
import { GeneratorError } from '../server/generator/generate.js';
import { openBenchDatabase, type BenchDatabase } from './database.js';
import { FixtureError, buildFixture, graphql, prepareDrafts, refreshDrafts } from './fixture.js';
import type { LoadJob, LoadMessage, LoadResult } from './load-worker.js';
import { ratiosOf, targetsOf, writeResult, type BenchResult, type ProbeRow, type RunRow } from './report.js';
import { POOL_SIZE, REPO_ROOT, ensurePostgraphileInstalled, startOurs, startPostgraphile, startRaw, type ServerProcess } from './servers.js';
import { npmStartArguments } from '../server/cli/npm-start.js';
import { SERVER_LABELS, WORKLOADS, WORKLOAD_IDS, type Fixture, type ServerName, type Size, type WorkloadId } from './workloads.js';

const USAGE = `Usage: npm run bench -- [--smoke] [--tenants 136] [--size 1] [--duration 10] [--concurrency 1,10,50]
                       [--only W1,W3] [--out bench/results]

  --smoke        a tiny province (3 tenants, size 0.05) in a temporary database, 2 s a run at
                 concurrency 2; exits 1 on any error. What CI runs.
  --tenants      tenants of province 99 the run needs; generated when the database has fewer
  --size         volume multiplier when generating (see npm run generate)
  --duration     seconds measured per run (after a warm-up)
  --concurrency  connections, one run each: a comma-separated list
  --only         some of W1 (county list), W2 (county nested), W3 (province comparison),
                 W4 (BI export), W5 (write)
  --out          folder for <date>-<tenants>t.md and .json (smoke: a temporary folder)

The database is the one npm start uses: DATABASE_URL, or the embedded one under DATA_DIR (.data).`;

class UsageError extends Error {}

interface Options {
  smoke: boolean;
  tenants: number;
  size: number;
  seconds: number;
  warmupSeconds: number;
  concurrency: number[];
  workloads: WorkloadId[];
  outDir: string;
  year: number;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      tenants: { type: 'string' },
      size: { type: 'string' },
      duration: { type: 'string' },
      concurrency: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  const smoke = values.smoke!;
  const positive = (name: string, text: string, integer: boolean) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) throw new UsageError(`--${name} must be a positive ${integer ? 'whole number' : 'number'}, got "${text}"`);
    return value;
  };
  const concurrency = (values.concurrency ?? (smoke ? '2' : '1,10,50')).split(',').map((c) => positive('concurrency', c.trim(), true));
  const workloads = values.only ? values.only.split(',').map((w) => w.trim().toUpperCase()) : WORKLOAD_IDS;
  const unknown = workloads.filter((w) => !(WORKLOAD_IDS as string[]).includes(w));
  if (unknown.length > 0) throw new UsageError(`--only takes ${WORKLOAD_IDS.join(', ')}; got ${unknown.join(', ')}`);
  const seconds = positive('duration', values.duration ?? (smoke ? '2' : '10'), true);
  return {
    smoke,
    tenants: positive('tenants', values.tenants ?? (smoke ? '3' : '136'), true),
    size: positive('size', values.size ?? (smoke ? '0.05' : '1'), false),
    seconds,
    // The smoke run checks that everything answers, not how fast: no warm-up.
    warmupSeconds: smoke ? 0 : Math.min(3, seconds),
    concurrency: [...new Set(concurrency)].sort((a, b) => a - b),
    workloads: WORKLOAD_IDS.filter((w) => workloads.includes(w)),
    outDir: path.resolve(values.out ?? (smoke ? path.join(os.tmpdir(), 'bpm-bench-smoke') : path.join(REPO_ROOT, 'bench', 'results'))),
    year: 2024,
  };
}

const started = performance.now();
function log(line: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
}

/** The load generator process and the one job it runs at a time. */
function startLoadWorker(): { run(job: LoadJob, onMeasuring: () => void): Promise<LoadResult>; stop(): void } {
  const worker: ChildProcess = fork(path.join(REPO_ROOT, 'bench', 'load-worker.ts'), [], { cwd: REPO_ROOT, execArgv: ['--import', 'tsx'] });
  return {
    run: (job, onMeasuring) =>
      new Promise((resolve, reject) => {
        const onExit = (code: number | null) => {
          worker.off('message', onMessage);
          reject(new Error(`the load generator exited (code ${code}) during ${job.workload} on ${job.server}`));
        };
        const onMessage = (message: LoadMessage) => {
          if ('measuring' in message) return onMeasuring();
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          if ('result' in message) resolve(message.result);
          else reject(new Error(`load generator: ${message.error}`));
        };
        worker.once('exit', onExit);
        worker.on('message', onMessage);
        worker.send(job);
      }),
    stop: () => void worker.kill('SIGTERM'),
  };
}

async function postgraphileStatements(server: ServerProcess): Promise<number> {
  return ((await (await fetch(`${server.url}/bench/statements`)).json()) as { statements: number }).statements;
}

/**
 * One request at a time, at the small and the full size: the SQL statements each costs, and what the
 * full answer held. Each size is asked twice and the second is counted (the first warms caches,
 * e.g. PostGraphile's scope lookup per token).
 */
async function probe(workload: WorkloadId, server: ServerProcess, fixture: Fixture): Promise<{ row: ProbeRow; problems: string[] }> {
  const problems: string[] = [];
  const counts: Record<Size, number> = { small: NaN, full: NaN };
  let summary = '';
  for (const size of ['small', 'full'] as const) {
    const traffic = WORKLOADS[workload].traffic(server.name, fixture, size);
    for (let attempt = 0; attempt < 2; attempt++) {
      const { slot, request } = traffic.next();
      const before = server.name === 'postgraphile' ? await postgraphileStatements(server) : 0;
      const response = await fetch(server.url + request.path, { method: request.method, headers: request.headers, body: request.body });
      const body = await response.text();
      const problem = traffic.settle(slot, response.status, body);
      if (problem) problems.push(`${workload} on ${SERVER_LABELS[server.name]} (${size}, one request): ${problem}`);
      // PostGraphile counts every statement its connections send; the others say in a header.
      counts[size] = server.name === 'postgraphile' ? (await postgraphileStatements(server)) - before : Number(response.headers.get('x-sql-statements'));
      if (size === 'full') summary = traffic.summary(slot) ?? '';
    }
  }
  return { row: { workload, server: server.name, statementsSmall: counts.small, statementsFull: counts.full, summary }, problems };
}

/** Servers that must answer with the same data as ours, per workload. */
const SAME_DATA: Partial<Record<WorkloadId, ServerName>> = { W1: 'raw', W2: 'postgraphile', W3: 'raw' };

/** Waits until the server's metric rollups cover every tenant, if this server version has them. */
async function waitForFreshRollups(ours: ServerProcess, fixture: Fixture, timeoutMs: number): Promise<string> {
  if (!readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8').includes('metricRollupStatus')) return 'not part of this server version (computed live)';
  const deadline = Date.now() + timeoutMs;
  const waited = Date.now();
  for (;;) {
    const { metricRollupStatus } = await graphql<{ metricRollupStatus: { freshTenants: number; staleTenants: number } }>(
      ours.url,
      fixture.tokens.provinceAnalyst,
      '{ metricRollupStatus { freshTenants staleTenants } }',
    );
    const { freshTenants, staleTenants } = metricRollupStatus;
    if (staleTenants === 0) return `all ${freshTenants} tenants fresh (waited ${((Date.now() - waited) / 1000).toFixed(0)} s)`;
    if (Date.now() > deadline) return `${staleTenants} of ${freshTenants + staleTenants} tenants still stale after ${timeoutMs / 1000} s: W3 computed them live`;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

type LoadWorker = ReturnType<typeof startLoadWorker>;

interface Session {
  options: Options;
  fixture: Fixture;
  ours: ServerProcess;
  load: LoadWorker;
  serverOf(name: ServerName): ServerProcess;
}

/**
 * One run: load for the warm-up and then the measured seconds on the same connections (so slow
 * answers started in the warm-up land in the measurement), with the server's memory and CPU
 * sampled over the measured part.
 */
async function measure(session: Session, workload: WorkloadId, server: ServerProcess, concurrency: number): Promise<{ row: RunRow; problems: string[] }> {
  const { options, fixture, ours, load } = session;
  const problems: string[] = [];
  // Versions moved on with every update, also those an earlier run left in flight.
  if (workload === 'W5') fixture.drafts = await refreshDrafts(ours.url, fixture);
  let peakRss = 0;
  let cpuBefore = 0;
  let sampler: NodeJS.Timeout | undefined;
  const result = await load
    .run({ url: server.url, workload, server: server.name, size: 'full', fixture, connections: concurrency, warmupSeconds: options.warmupSeconds, seconds: options.seconds }, () => {
      cpuBefore = server.cpuMs();
      peakRss = server.rssMiB();
      sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rssMiB())), 200);
    })
    .finally(() => clearInterval(sampler));
  const cpu = server.cpuMs() - cpuBefore;
  const row: RunRow = {
    workload,
    server: server.name,
    concurrency,
    seconds: result.seconds,
    requestsPerSecond: result.ok / result.seconds,
    ok: result.ok,
    errors: result.errors,
    errorSamples: result.errorSamples,
    unanswered: result.unanswered,
    latencyMs: result.latencyMs,
    statementsUnderLoad: result.statements,
    serverCpuMsPerRequest: result.ok > 0 ? cpu / result.ok : null,
    serverPeakRssMiB: Math.max(peakRss, server.rssMiB()),
  };
  const label = `${workload} on ${SERVER_LABELS[server.name]} c=${concurrency}`;
  if (row.errors > 0) problems.push(`${label}: ${row.errors} errors, e.g. ${row.errorSamples.join(' | ')}`);
  if (row.ok === 0) problems.push(`${label}: no answer in the ${options.seconds} s measured (${row.unanswered} requests unanswered at the end); give it a longer --duration or a lower --concurrency`);
  const ms = (value: number | null) => (value === null ? '–' : value.toFixed(1));
  log(
    `  c=${String(concurrency).padStart(3)} ${SERVER_LABELS[server.name].padEnd(14)} ${row.requestsPerSecond.toFixed(1).padStart(8)} req/s  ` +
      `p50 ${ms(row.latencyMs.p50)} ms  p95 ${ms(row.latencyMs.p95)}  p99 ${ms(row.latencyMs.p99)}  errors ${row.errors}  RSS ${row.serverPeakRssMiB.toFixed(0)} MiB`,
  );
  return { row, problems };
}

/** A workload on every server it has: the statement probe, the data comparison, then each concurrency. */
async function runWorkload(session: Session, workload: WorkloadId): Promise<{ probes: ProbeRow[]; runs: RunRow[]; problems: string[] }> {
  const { options, fixture, ours, serverOf } = session;
  const names = WORKLOADS[workload].servers;
  const probes: ProbeRow[] = [];
  const runs: RunRow[] = [];
  const problems: string[] = [];
  if (workload === 'W5') fixture.drafts = await prepareDrafts(ours.url, fixture, 2 * Math.max(...options.concurrency), log);

  for (const name of names) {
    const { row, problems: found } = await probe(workload, serverOf(name), fixture);
    probes.push(row);
    problems.push(...found);
    const summary = row.summary.length > 80 ? `${row.summary.slice(0, 77)}…` : row.summary;
    log(`  ${SERVER_LABELS[name]}: SQL statements ${row.statementsSmall} (small) / ${row.statementsFull} (full); answer: ${summary}`);
    for (const problem of found) log(`    problem: ${problem}`);
  }
  const other = SAME_DATA[workload];
  const oursProbe = probes.find((p) => p.server === 'ours');
  const otherProbe = probes.find((p) => p.server === other);
  if (other && oursProbe && otherProbe && oursProbe.summary !== otherProbe.summary) {
    problems.push(`${workload}: ${SERVER_LABELS[other]} answered other data than ours (ours: ${oursProbe.summary.slice(0, 300)}; ${SERVER_LABELS[other]}: ${otherProbe.summary.slice(0, 300)})`);
  }

  for (const concurrency of options.concurrency) {
    for (const name of names) {
      const { row, problems: found } = await measure(session, workload, serverOf(name), concurrency);
      runs.push(row);
      problems.push(...found);
    }
  }
  return { probes, runs, problems };
}

function describeCommand(): string {
  const env: string[] = [];
  if (process.env.DATA_DIR) env.push(`DATA_DIR=${process.env.DATA_DIR}`);
  if (process.env.DATABASE_URL) env.push('DATABASE_URL=…');
  return [...env, 'npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
}

/**
 * The share of the machine's CPU time spent busy over `ms`, from the kernel's per-CPU counters: other
 * work running now. (The load average trails by minutes: it still counts work that just ended.)
 */
async function cpuBusyShare(ms: number): Promise<number> {
  const sample = () =>
    os.cpus().reduce(
      (sum, { times }) => ({ idle: sum.idle + times.idle, all: sum.all + times.user + times.nice + times.sys + times.irq + times.idle }),
      { idle: 0, all: 0 },
    );
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = sample();
  return after.all > before.all ? 1 - (after.idle - before.idle) / (after.all - before.all) : 0;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const loadAverageBefore = os.loadavg();
  const cpuBusyBefore = await cpuBusyShare(3_000);
  const jwtSecret = jwtSecretFor(loadConfig());
  const needs = (server: ServerName) => options.workloads.some((w) => WORKLOADS[w].servers.includes(server));

  log(options.smoke ? `smoke: a ${options.tenants}-tenant province (size ${options.size}) in a temporary database` : 'opening the database');
  // The PostGraphile install (first run only) goes on while the database starts.
  const [installed, opened] = await Promise.allSettled([
    needs('postgraphile') ? ensurePostgraphileInstalled(log) : Promise.resolve(),
    openBenchDatabase({ smoke: options.smoke, tenants: options.tenants, size: options.size, year: options.year, log }),
  ]);
  if (opened.status === 'rejected') throw opened.reason;
  const database: BenchDatabase = opened.value;
  const servers: ServerProcess[] = [];
  let load: LoadWorker | undefined;
  const cleanUp = async () => {
    load?.stop();
    await Promise.all(servers.map((server) => server.stop()));
    await database.close();
  };
  stopOnSignal = cleanUp;
  try {
    if (installed.status === 'rejected') throw installed.reason;
    log(`${database.description}; province 99 has ${database.tenants} tenants`);
    const { fixture, county } = await buildFixture({ ownerUrl: database.ownerUrl, year: options.year, provinceTenants: database.tenants, jwtSecret });
    log(`starting servers: ${(['ours', 'postgraphile', 'raw'] as const).filter((s) => s === 'ours' || needs(s)).map((s) => SERVER_LABELS[s]).join(', ')}`);
    const start = async (name: ServerName, starting: () => Promise<ServerProcess>) => {
      const since = performance.now();
      const server = await starting();
      servers.push(server);
      log(`  ${SERVER_LABELS[name]} ready in ${((performance.now() - since) / 1000).toFixed(1)} s (pid ${server.pid})`);
      return server;
    };
    // Side by side: each start waits on its own work (demo data, schema introspection).
    const starts = await Promise.allSettled([
      start('ours', () => startOurs({ ownerUrl: database.ownerUrl, apiUrl: database.apiUrl, dataDir: database.dataDir, jwtSecret })),
      ...(needs('postgraphile') ? [start('postgraphile', () => startPostgraphile({ apiUrl: database.apiUrl, jwtSecret }))] : []),
      ...(needs('raw') ? [start('raw', () => startRaw({ apiUrl: database.apiUrl, jwtSecret }))] : []),
    ]);
    const failed = starts.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    const serverOf = (name: ServerName) => servers.find((s) => s.name === name)!;
    const ours = serverOf('ours');
    load = startLoadWorker();

    const session: Session = { options, fixture, ours, load, serverOf };
    const probes: ProbeRow[] = [];
    const runs: RunRow[] = [];
    const problems: string[] = [];
    let rollups = 'W3 not run';
    for (const workload of options.workloads) {
      log(`${workload} ${WORKLOADS[workload].title}`);
      try {
        if (workload === 'W3') {
          rollups = await waitForFreshRollups(ours, fixture, options.smoke ? 60_000 : 300_000);
          log(`  metric rollups: ${rollups}`);
        }
        const outcome = await runWorkload(session, workload);
        probes.push(...outcome.probes);
        runs.push(...outcome.runs);
        problems.push(...outcome.problems);
      } catch (error) {
        if (!(error instanceof FixtureError)) throw error;
        problems.push(`${workload} could not run: ${error.message}`);
        log(`  ${workload} could not run: ${error.message}`);
      }
    }

    const processPeakRssMiB = Object.fromEntries(servers.map((s) => [s.name, s.peakRssMiB()]));
    const ratios = ratiosOf(runs, options.concurrency);
    const settings: BenchResult['settings'] = {
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      concurrency: options.concurrency,
      workloads: options.workloads,
      poolSize: POOL_SIZE,
      notes: [
        `Our server runs as npm start does (node ${npmStartArguments().join(' ')}) with NODE_ENV=production, SQL_STATEMENT_COUNT_HEADER=true (the x-sql-statements header), LOG_LEVEL=warn, BI_MAX_PAGE_SIZE=1000 and MAX_PAGE_SIZE=1000 (W4 reads 1,000 rows a page; the other workloads ask for 20 rows or fewer) and rate limits raised out of the way (still on).`,
        'PostGraphile 5 (amber preset) connects as the same API role; the token’s scope reaches it as the pgSettings app.begin_request sets (read back once per token), so the same policies decide. PgIndexBehaviorsPlugin is off: it hides relations over the composite (tenant, id, department) keys. Its W1 orders by primary key (it cannot order by the project’s code); its transactions are not READ ONLY.',
        'Raw baseline: node:http + pg, the same token verifier, BEGIN READ ONLY, app.begin_request, one statement that builds the JSON answer, COMMIT. W3 runs the product’s own metric statement and returns its rows (ranks and aggregates are left out).',
      ],
    };
    const partial = { runs, probes, ratios, settings, database: { description: database.description, tenants: database.tenants, county, generated: database.generated } };
    const result: BenchResult = {
      date: new Date().toISOString(),
      command: describeCommand(),
      smoke: options.smoke,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: os.totalmem() / 2 ** 30,
        node: process.version,
        postgres: database.postgresVersion,
        loadAverageBefore,
        cpuBusyBefore,
        loadAverageAfter: os.loadavg(),
      },
      ...partial,
      rollups,
      targets: targetsOf(partial),
      problems,
      processPeakRssMiB,
    };
    const files = await writeResult(result, options.outDir);

    process.stdout.write('\nRatios (throughput):\n');
    for (const r of ratios) process.stdout.write(`  ${r.workload} c=${r.concurrency}: ours / ${SERVER_LABELS[r.versus]} = ${r.ratio.toFixed(2)}\n`);
    process.stdout.write('Targets:\n');
    for (const t of result.targets) process.stdout.write(`  ${t.pass ? 'met   ' : 'MISSED'} ${t.name}: ${t.detail}\n`);
    process.stdout.write(`Results: ${files.join(', ')}\n`);
    if (problems.length > 0) {
      process.stdout.write(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    return 0;
  } finally {
    stopOnSignal = undefined;
    await cleanUp();
  }
}

/** Ctrl-C or a CI timeout: stop the servers and the database instead of leaving them behind. */
let stopOnSignal: (() => Promise<void>) | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping the servers and the database`);
    const stopping = stopOnSignal?.() ?? Promise.resolve();
    stopOnSignal = undefined;
    void stopping.finally(() => process.exit(130));
  });
}
// Output piped into a closed reader (e.g. `| head`) must not kill the run halfway.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Errors that say what to do print without a stack.
    const known = [UsageError, FixtureError, ConfigError, EmbeddedDatabaseError, GeneratorError, UnsafeApiRoleError].some((type) => error instanceof type);
    process.stderr.write(`\nThe benchmark failed: ${error instanceof Error ? (known ? error.message : error.stack) : String(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    process.exit(1);
  },
);
