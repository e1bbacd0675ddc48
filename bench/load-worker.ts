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
  seconds: number;
}

export interface LoadResult {
  seconds: number;
  /** Answers that were right. */
  ok: number;
  /** Wrong answers, HTTP errors, connection errors and timeouts. */
  errors: number;
  /** The first few error texts, for the report. */
  errorSamples: string[];
  /** null when no answer arrived. */
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  /** Smallest and largest x-sql-statements seen (servers that send it). */
  statements: { min: number; max: number } | null;
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(job: LoadJob): Promise<LoadResult> {
  const traffic = WORKLOADS[job.workload].traffic(job.server, job.fixture, job.size);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let ok = 0;
  let wrong = 0;
  let statements: LoadResult['statements'] = null;
  const fail = (text: string) => {
    wrong++;
    if (errorSamples.length < 5) errorSamples.push(text);
  };

  const started = performance.now();
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    timeout: 60,
    requests: [
      {
        setupRequest(request: Record<string, unknown>, context: Record<string, unknown>) {
          const { slot, request: spec } = traffic.next();
          context.slot = slot;
          context.sentAt = performance.now();
          return { ...request, ...spec };
        },
        onResponse(status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) {
          latencies.push(performance.now() - (context.sentAt as number));
          const problem = traffic.settle(context.slot as number, status, body);
          if (problem) return fail(problem);
          ok++;
          // Of right answers only: a refused request stops early and issues fewer.
          const count = Number(headers['x-sql-statements']);
          if (Number.isFinite(count)) statements = { min: Math.min(statements?.min ?? count, count), max: Math.max(statements?.max ?? count, count) };
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  // Connection errors and timeouts never reach onResponse.
  if (result.errors > 0) errorSamples.push(`${result.errors} connection errors or timeouts (${result.timeouts} timeouts)`);
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    ok,
    errors: wrong + result.errors,
    errorSamples,
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
