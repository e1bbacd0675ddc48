// The load generator: a process of its own (never the server's), forked by bench/run.ts, that runs
// autocannon for each job it is sent and answers with what it measured. Every answer is checked by
// the workload; latency is timed per request from the moment it is written to the socket.
import autocannon from 'autocannon';
import { WORKLOADS, type Fixture, type ServerName, type Size, type WorkloadId } from './workloads.js';

export interface LoadJob {
  url: string;
  workload: WorkloadId;
  server: ServerName;
  size: Size;
  fixture: Fixture;
  connections: number;
  /** Load before the measurement, on the same connections: at least this long, and until every connection had an answer. */
  warmupSeconds: number;
  seconds: number;
}

/** Sent to the parent when the measured part of a job begins, then the result when it ends. */
export type LoadMessage = { measuring: true } | { result: LoadResult } | { error: string };

export interface LoadResult {
  /** Length of the measured part. */
  seconds: number;
  /** Right answers that arrived in the measured part. */
  ok: number;
  /** Wrong answers, HTTP errors, connection errors and timeouts, warm-up included. */
  errors: number;
  /** The first few error texts, for the report. */
  errorSamples: string[];
  /** Requests still unanswered when the run stopped. */
  unanswered: number;
  /** Of the answers in the measured part; null when none arrived. */
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  /** Smallest and largest x-sql-statements seen (servers that send it). */
  statements: { min: number; max: number } | null;
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Longest warm-up: a server that has not answered every connection by then is measured as it is. */
const MAX_WARMUP_MS = 120_000;

async function run(job: LoadJob): Promise<LoadResult> {
  const traffic = WORKLOADS[job.workload].traffic(job.server, job.fixture, job.size);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let sent = 0;
  let answered = 0;
  let ok = 0;
  let wrong = 0;
  let statements: LoadResult['statements'] = null;
  const fail = (text: string) => {
    wrong++;
    if (errorSamples.length < 5) errorSamples.push(text);
  };

  // The measurement starts after the warm-up, once there have been as many answers as connections
  // (so answers slower than the warm-up are in a steady state), and lasts job.seconds.
  const started = performance.now();
  let measureFrom: number | undefined;
  let measureUntil = Infinity;
  const startMeasuring = () => {
    if (measureFrom !== undefined) return;
    measureFrom = performance.now();
    process.send!({ measuring: true } satisfies LoadMessage);
    setTimeout(() => {
      measureUntil = performance.now();
      instance.stop();
    }, job.seconds * 1000);
  };
  const cap = setTimeout(startMeasuring, MAX_WARMUP_MS);
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    // Stopped by startMeasuring's timer; the duration is only a backstop.
    duration: job.warmupSeconds + job.seconds + MAX_WARMUP_MS / 1000 + 60,
    timeout: 60,
    requests: [
      {
        setupRequest(request: Record<string, unknown>, context: Record<string, unknown>) {
          const { slot, request: spec } = traffic.next();
          sent++;
          context.slot = slot;
          context.sentAt = performance.now();
          return { ...request, ...spec };
        },
        onResponse(status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) {
          const now = performance.now();
          answered++;
          const problem = traffic.settle(context.slot as number, status, body);
          if (problem) return fail(problem);
          if (measureFrom === undefined && now - started >= job.warmupSeconds * 1000 && answered >= job.connections) startMeasuring();
          if (measureFrom === undefined || now < measureFrom || now >= measureUntil) return;
          ok++;
          latencies.push(now - (context.sentAt as number));
          // Of right answers only: a refused request stops early and issues fewer.
          const count = Number(headers['x-sql-statements']);
          if (Number.isFinite(count)) statements = { min: Math.min(statements?.min ?? count, count), max: Math.max(statements?.max ?? count, count) };
        },
      },
    ],
  });
  const result = await instance;
  clearTimeout(cap);
  const seconds = measureFrom === undefined ? 0 : (Math.min(measureUntil, performance.now()) - measureFrom) / 1000;
  // Connection errors and timeouts never reach onResponse.
  if (result.errors > 0) errorSamples.push(`${result.errors} connection errors or timeouts (${result.timeouts} timeouts)`);
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    ok,
    errors: wrong + result.errors,
    errorSamples,
    unanswered: Math.max(0, sent - answered - result.errors),
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] ?? null },
    statements,
  };
}

// A request that cannot even be built (e.g. W5 out of records) throws inside autocannon.
process.on('uncaughtException', (error) => {
  process.send!({ error: error.message }, () => process.exit(1));
});

process.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send!({ result }),
    (error: unknown) => process.send!({ error: error instanceof Error ? error.message : String(error) }),
  );
});
