// The benchmark's results: ratios, the targets the product set itself, a markdown table and JSON.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadResult } from './load-worker.js';
import { SERVER_LABELS, WORKLOADS, type ServerName, type WorkloadId } from './workloads.js';

export interface ProbeRow {
  workload: WorkloadId;
  server: ServerName;
  /** SQL statements of one request asking for fewer rows, and for the full size. */
  statementsSmall: number;
  statementsFull: number;
  /** What the full-size answer held (rows, ids), to compare the servers. */
  summary: string;
}

export interface RunRow {
  workload: WorkloadId;
  server: ServerName;
  concurrency: number;
  seconds: number;
  requestsPerSecond: number;
  ok: number;
  errors: number;
  errorSamples: string[];
  /** Requests still unanswered when the run stopped (slower than what remained of it). */
  unanswered: number;
  latencyMs: LoadResult['latencyMs'];
  /** x-sql-statements seen under load (ours and raw send it). */
  statementsUnderLoad: { min: number; max: number } | null;
  /** The server's CPU time per right answer in the measured part; null without answers. */
  serverCpuMsPerRequest: number | null;
  /** The server's largest resident memory sampled during the run. */
  serverPeakRssMiB: number;
}

export interface Target {
  name: string;
  pass: boolean;
  detail: string;
}

export interface BenchResult {
  date: string;
  command: string;
  smoke: boolean;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string; loadAverageBefore: number[]; loadAverageAfter: number[]; cpuBusyBefore: number };
  database: { description: string; tenants: number; county: { code: string; name: string; projectYears: number }; generated: { rows: number; seconds: number } | null };
  settings: { seconds: number; warmupSeconds: number; concurrency: number[]; workloads: WorkloadId[]; poolSize: number; notes: string[] };
  rollups: string;
  probes: ProbeRow[];
  runs: RunRow[];
  ratios: { workload: WorkloadId; concurrency: number; versus: ServerName; ratio: number }[];
  targets: Target[];
  /** Errors and mismatches: any makes the run fail. */
  problems: string[];
  /** Peak resident memory (VmHWM) of each server process over the whole run, start-up included. */
  processPeakRssMiB: Partial<Record<ServerName, number>>;
}

const throughput = (runs: RunRow[], workload: WorkloadId, server: ServerName, concurrency: number) =>
  runs.find((run) => run.workload === workload && run.server === server && run.concurrency === concurrency)?.requestsPerSecond;

/** ours / PostGraphile for W1 and W2, ours / raw for W1 and W3, at every concurrency. */
export function ratiosOf(runs: RunRow[], concurrency: number[]): BenchResult['ratios'] {
  const pairs: [WorkloadId, ServerName][] = [['W1', 'postgraphile'], ['W2', 'postgraphile'], ['W1', 'raw'], ['W3', 'raw']];
  return pairs.flatMap(([workload, versus]) =>
    concurrency.flatMap((c) => {
      const ours = throughput(runs, workload, 'ours', c);
      const other = throughput(runs, workload, versus, c);
      return ours !== undefined && other ? [{ workload, concurrency: c, versus, ratio: ours / other }] : [];
    }),
  );
}

const fixed = (value: number | null, digits = 1) => (value !== null && Number.isFinite(value) ? value.toFixed(digits) : '–');

export function targetsOf(result: Pick<BenchResult, 'runs' | 'probes' | 'ratios' | 'settings' | 'database'>): Target[] {
  const targets: Target[] = [];
  const ratioTarget = (name: string, workload: WorkloadId, versus: ServerName, minimum: number) => {
    const ratios = result.ratios.filter((r) => r.workload === workload && r.versus === versus);
    if (ratios.length === 0) return;
    targets.push({
      name,
      pass: ratios.every((r) => r.ratio >= minimum),
      detail: ratios.map((r) => `c=${r.concurrency}: ${fixed(r.ratio, 2)}`).join(', '),
    });
  };
  ratioTarget('W1 throughput ≥ PostGraphile', 'W1', 'postgraphile', 1);
  ratioTarget('W2 throughput ≥ PostGraphile', 'W2', 'postgraphile', 1);
  ratioTarget('W1 throughput ≥ half of raw', 'W1', 'raw', 0.5);

  const errors = result.runs.reduce((sum, run) => sum + run.errors, 0);
  const silent = result.runs.filter((run) => run.ok === 0);
  targets.push({
    name: 'zero errors',
    pass: errors === 0 && silent.length === 0,
    detail: `${errors} errors in ${result.runs.length} runs${silent.length ? `; no answer at all in ${silent.map((run) => `${run.workload} ${run.server} c=${run.concurrency}`).join(', ')}` : ''}`,
  });

  const lowest = Math.min(...result.settings.concurrency);
  const w3 = result.runs.find((run) => run.workload === 'W3' && run.server === 'ours' && run.concurrency === lowest);
  if (w3) {
    targets.push({
      name: `W3 p50 ≤ 20 ms at 136 tenants${result.database.tenants === 136 ? '' : ` (this run: ${result.database.tenants} tenants)`}`,
      pass: w3.latencyMs.p50 !== null && w3.latencyMs.p50 <= 20,
      detail: `p50 ${fixed(w3.latencyMs.p50)} ms at c=${lowest}`,
    });
  }

  const varying = result.probes.filter((p) => p.statementsSmall !== p.statementsFull);
  const loadVarying = result.runs.filter((run) => run.statementsUnderLoad && run.statementsUnderLoad.min !== run.statementsUnderLoad.max);
  targets.push({
    name: 'SQL statements per request constant in result size',
    pass: varying.length === 0 && loadVarying.length === 0,
    detail:
      [...varying.map((p) => `${p.workload} ${p.server}: ${p.statementsSmall} small, ${p.statementsFull} full`), ...loadVarying.map((r) => `${r.workload} ${r.server} c=${r.concurrency}: ${r.statementsUnderLoad!.min}–${r.statementsUnderLoad!.max} under load`)].join('; ') ||
      result.probes.map((p) => `${p.workload} ${p.server} ${p.statementsFull}`).join(', '),
  });

  const oursRss = Math.max(...result.runs.filter((run) => run.server === 'ours').map((run) => run.serverPeakRssMiB));
  if (Number.isFinite(oursRss)) targets.push({ name: 'our server RSS under load ≤ 300 MB', pass: oursRss <= 300, detail: `peak ${fixed(oursRss, 0)} MiB` });
  return targets;
}

export function markdownOf(result: BenchResult): string {
  const lines: string[] = [];
  const { machine, database, settings } = result;
  lines.push(`# Benchmark ${result.date.slice(0, 10)}: ${database.tenants} tenants${result.smoke ? ' (smoke)' : ''}`, '');
  lines.push('```', result.command, '```', '');
  lines.push(
    `- Machine: ${machine.cpus} × ${machine.cpuModel}, ${fixed(machine.memoryGiB, 0)} GiB; Node ${machine.node}; PostgreSQL ${machine.postgres}. ` +
      `Load average before/after: ${machine.loadAverageBefore.map((l) => fixed(l, 2)).join(' ')} / ${machine.loadAverageAfter.map((l) => fixed(l, 2)).join(' ')} (servers, database and load generator share these CPUs).`,
  );
  lines.push(`- CPU busy in the 3 s before the run: ${fixed(machine.cpuBusyBefore * 100, 0)}% of ${machine.cpus} CPUs.`);
  if (machine.cpuBusyBefore > 0.25) {
    lines.push(`- **The machine was busy with other work** (${fixed(machine.cpuBusyBefore * 100, 0)}% of its CPU time in the 3 s before the run): absolute figures are low and noisy; the ratios, taken minutes apart, carry that noise too.`);
  }
  lines.push(`- Database: ${database.description}; county workloads run as ${database.county.name} (${database.county.code}, ${database.county.projectYears} project years).`);
  lines.push(
    `- Each run: a warm-up of at least ${settings.warmupSeconds} s and until every connection had an answer, then ${settings.seconds} s measured on the same connections, ` +
      `at concurrency ${settings.concurrency.join(', ')}; every server has a pool of ${settings.poolSize} database connections.`,
  );
  lines.push(`- Metric rollups before W3: ${result.rollups}.`);
  for (const note of settings.notes) lines.push(`- ${note}`);
  lines.push('');

  lines.push('## Results', '');
  lines.push('| workload | server | conc. | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/request | server CPU ms/req | server peak RSS MiB |');
  lines.push('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const run of result.runs) {
    const probe = result.probes.find((p) => p.workload === run.workload && p.server === run.server);
    const sql = probe ? (probe.statementsSmall === probe.statementsFull ? String(probe.statementsFull) : `${probe.statementsSmall}→${probe.statementsFull}`) : '–';
    lines.push(
      `| ${run.workload} | ${SERVER_LABELS[run.server]} | ${run.concurrency} | ${fixed(run.requestsPerSecond)} | ${fixed(run.latencyMs.p50)} | ${fixed(run.latencyMs.p95)} | ${fixed(run.latencyMs.p99)} | ${run.errors} | ${sql} | ${fixed(run.serverCpuMsPerRequest, 2)} | ${fixed(run.serverPeakRssMiB, 0)} |`,
    );
  }
  lines.push('');
  lines.push(
    'req/s and latencies: right answers in the measured seconds. errors: wrong answers, HTTP and connection errors, warm-up included. ' +
      'SQL/request: statements one request issues (begin and commit included), ' +
      'measured one request at a time; "a→b" when a smaller answer costs a and the full one b.',
    '',
  );

  if (result.ratios.length > 0) {
    lines.push('## Ratios (throughput)', '');
    lines.push('| workload | conc. | ours / PostGraphile | ours / raw |');
    lines.push('|---|--:|--:|--:|');
    const keys = [...new Set(result.ratios.map((r) => `${r.workload}|${r.concurrency}`))];
    for (const key of keys) {
      const [workload, concurrency] = key.split('|');
      const of = (versus: ServerName) => result.ratios.find((r) => r.workload === workload && String(r.concurrency) === concurrency && r.versus === versus);
      lines.push(`| ${workload} | ${concurrency} | ${of('postgraphile') ? fixed(of('postgraphile')!.ratio, 2) : '–'} | ${of('raw') ? fixed(of('raw')!.ratio, 2) : '–'} |`);
    }
    lines.push('');
  }

  lines.push('## Targets', '');
  for (const target of result.targets) lines.push(`- ${target.pass ? 'met' : '**missed**'}: ${target.name} (${target.detail})`);
  lines.push('');

  lines.push('## Workloads', '');
  for (const id of settings.workloads) {
    const workload = WORKLOADS[id];
    lines.push(`- ${id} ${workload.title}, as ${workload.role}: ${workload.servers.map((s) => SERVER_LABELS[s]).join(', ')}.`);
  }
  lines.push('');
  lines.push(`Peak RSS of each server process over the whole run (start-up included): ${Object.entries(result.processPeakRssMiB).map(([name, mib]) => `${SERVER_LABELS[name as ServerName]} ${fixed(mib, 0)} MiB`).join(', ')}.`, '');

  if (result.problems.length > 0) {
    lines.push('## Problems', '');
    for (const problem of result.problems) lines.push(`- ${problem}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Writes <out>/<date>-<tenants>t.md and .json; returns their paths. */
export async function writeResult(result: BenchResult, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const base = path.join(outDir, `${result.date.slice(0, 10)}-${result.database.tenants}t`);
  await writeFile(`${base}.md`, markdownOf(result));
  await writeFile(`${base}.json`, JSON.stringify(result, null, 2) + '\n');
  return [`${base}.md`, `${base}.json`];
}
