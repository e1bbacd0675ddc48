// The raw baseline: what W1 and W3 cost with no GraphQL, no ORM and no framework. A node:http
// handler verifies the same JWT with the product's verifier, opens the same transaction (BEGIN READ
// ONLY, app.begin_request with the token's scope), runs the one best SQL statement, which builds
// the JSON answer itself, and commits. Run by bench/run.ts as a child process:
//   node --import tsx bench/raw-server.ts   (API_DATABASE_URL, PORT, JWT_SECRET, POOL_SIZE)
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { TokenError, createHs256Verifier } from '../server/auth/tokens.js';
import { metricByKey } from '../server/metrics/metric.registry.js';
import { METRIC_PLANNER_SETTINGS, buildMetricStatement } from '../server/metrics/metric.statement.js';

const apiUrl = process.env.API_DATABASE_URL;
const port = Number(process.env.PORT);
const secret = process.env.JWT_SECRET;
if (!apiUrl || !port || !secret) {
  process.stderr.write('bench/raw-server.ts needs API_DATABASE_URL, PORT and JWT_SECRET\n');
  process.exit(2);
}

const pool = new pg.Pool({ connectionString: apiUrl, max: Number(process.env.POOL_SIZE ?? 10) });
const verifier = createHs256Verifier(secret);

class BadRequest extends Error {}

/**
 * W1: a page of the year's project years by project code with project and department, and the
 * count. As the product does for a one-tenant caller (server/db/paging.ts), the page names the
 * tenant and runs with sorting off, so the planner walks project_year (tenant_id, fiscal_year,
 * project_code, id) and stops after a page; the count reads project_year alone. The project and
 * the department are joined to the page's rows only.
 */
const COUNTY_LIST_SQL = `
  with page as (
    select r.id, r.tenant_id, r.department_id, r.fiscal_year, r.status, r.approved_amount, p.code, p.name
      from project_year r
      join project p on p.tenant_id = r.tenant_id and p.id = r.project_id
     where r.fiscal_year = $1 and r.tenant_id = (select (app.tenant_ids())[1])
     order by r.project_code, r.id
     limit $2)
  select json_build_object(
           'totalCount', (select count(*) from project_year r where r.fiscal_year = $1 and r.tenant_id = (select (app.tenant_ids())[1])),
           'nodes', coalesce((
             select json_agg(json_build_object(
                      'id', page.id, 'fiscalYear', page.fiscal_year, 'status', page.status, 'approvedAmount', page.approved_amount::text,
                      'project', json_build_object('code', page.code, 'name', page.name),
                      'department', json_build_object('code', d.code, 'name', d.name)) order by page.code, page.id)
               from page join department d on d.tenant_id = page.tenant_id and d.id = page.department_id), '[]'))::text as body`;

/** `?` placeholders (the ORM's) to `$n` (pg's). The metric SQL has no other question marks. */
function numbered(sql: string, params: unknown[]): string {
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  if (n !== params.length) throw new Error(`metric statement has ${n} placeholders for ${params.length} values`);
  return text;
}

/** W3: the product's own metric statement for the province's tenants, its rows as JSON. */
function comparisonSql(input: { year: number; metricKeys: string[]; filter?: { cityCode?: string } | null }): { text: string; values: unknown[] } {
  const metrics = input.metricKeys.map((key) => metricByKey(key) ?? (() => { throw new BadRequest(`unknown metric ${key}`); })());
  const { sql, params } = buildMetricStatement({
    metrics,
    fromYear: input.year,
    toYear: input.year,
    tenants: { cityCode: input.filter?.cityCode ?? null },
    totals: true,
  });
  return { text: `select json_build_object('rows', coalesce(json_agg(m), '[]'))::text as body from (${numbered(sql, params)}) m`, values: params };
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new BadRequest('the body is not JSON');
  }
}

function reply(response: ServerResponse, status: number, body: string, statements?: number) {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  if (statements !== undefined) response.setHeader('x-sql-statements', String(statements));
  response.end(body);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.url === '/healthz') return reply(response, 200, '{"status":"ok"}');
  const path = request.url;
  if (request.method !== 'POST' || (path !== '/w1' && path !== '/w3')) return reply(response, 404, '{"errors":[{"message":"POST /w1 or /w3"}]}');

  const scope = await verifier.verify(request.headers.authorization);
  const input = await readBody(request);
  const statement =
    path === '/w1'
      ? { text: COUNTY_LIST_SQL, values: [Number(input.year), Number(input.first)] }
      : comparisonSql(input as { year: number; metricKeys: string[] });
  // Each statement's planner settings go with the scope, in the same statement.
  const plannerSettings = (path === '/w3' ? METRIC_PLANNER_SETTINGS : ['enable_sort']).map((name) => `, set_config('${name}', 'off', true)`).join('');

  const client = await pool.connect();
  let statements = 0;
  const query = (text: string, values?: unknown[]) => {
    statements++;
    return client.query(text, values);
  };
  try {
    await query('begin read only');
    await query(`select app.begin_request($1, $2, $3, $4, $5, $6, $7)${plannerSettings}`, [
      scope.role,
      scope.province ?? null,
      scope.tenant ?? null,
      scope.department ?? null,
      scope.subject,
      randomUUID(),
      path.slice(1),
    ]);
    const { rows } = await query(statement.text, statement.values);
    await query('commit');
    reply(response, 200, rows[0].body, statements);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    const status = error instanceof TokenError ? 401 : error instanceof BadRequest ? 400 : 500;
    if (status === 500) process.stderr.write(`raw server: ${error instanceof Error ? error.stack : String(error)}\n`);
    reply(response, status, JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
  });
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`raw baseline listening on ${port}\n`));

const stop = () => server.close(() => void pool.end().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
