// GET /bi/metrics.csv: the BI rows (metricRows) of a comparison year as CSV, for spreadsheet tools
// and BI imports. UTF-8 with a byte-order mark so Excel opens the Chinese labels correctly,
// RFC 4180 quoting, CRLF line ends, the same columns and rows as the GraphQL `metricRows`.
// Authorised by the same bearer tokens and API keys, rate limited with /graphql, and run in the same
// kind of request transaction (READ ONLY, scope set by app.begin_request, row-level security), so a
// token sees the same rows here.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import { connectionErrorReason, isConnectionError } from '../db/connection-errors.js';
import { RequestDb, ScopeRejectedError, StatementTimeoutError, type RequestStatements } from '../db/request-db.js';
import { createContext } from '../graphql/context.js';
import { plannerOffFor, statementTimeoutFor } from '../graphql/limits.js';
import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_S } from '../graphql/errors.js';
import type { Logger } from '../logger.js';
import { TenantKind } from '../modules/regions/region.entities.js';
import { allMetricRows } from './metric.service.js';
import { METRIC_ROW_COLUMNS, type MetricRow } from './metric.types.js';
import type { ComparisonCache } from './comparison.cache.js';

export const METRICS_CSV_PATH = '/bi/metrics.csv';
const BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, quote, CR or LF; quotes doubled. Null is empty. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: MetricRow[]): string {
  const lines = [METRIC_ROW_COLUMNS.join(',')];
  for (const row of rows) lines.push(METRIC_ROW_COLUMNS.map((column) => csvField(row[column])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** A query parameter may be given twice (Fastify then hands an array); metrics=a&metrics=b is a list. */
type Param = string | string[] | undefined;

interface CsvQuery {
  fiscalYear?: Param;
  metrics?: Param;
  kind?: Param;
  cityCode?: Param;
}

function single(query: CsvQuery, name: keyof CsvQuery): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) {
    throw new CsvRequestError(400, 'BAD_USER_INPUT', `${name}: give it once; got ${value.length} values.`, { field: name });
  }
  return value;
}

class CsvRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function parseQuery(query: CsvQuery): { fiscalYear: number; metricKeys: string[] | null; filter: { kind?: TenantKind; cityCode?: string } } {
  const fiscalYear = single(query, 'fiscalYear');
  const kind = single(query, 'kind');
  const cityCode = single(query, 'cityCode');
  const metrics = query.metrics === undefined ? undefined : [query.metrics].flat().join(',');
  if (!fiscalYear || !/^\d{4}$/.test(fiscalYear)) {
    throw new CsvRequestError(400, 'BAD_USER_INPUT', `fiscalYear: give the comparison year, e.g. ${METRICS_CSV_PATH}?fiscalYear=2024.`, { field: 'fiscalYear' });
  }
  const metricKeys = metrics ? metrics.split(',').map((key) => key.trim()).filter(Boolean) : null;
  if (kind && !(Object.values(TenantKind) as string[]).includes(kind)) {
    throw new CsvRequestError(400, 'BAD_USER_INPUT', `kind: must be one of ${Object.values(TenantKind).join(', ')}; got "${kind}".`, { field: 'kind' });
  }
  return {
    fiscalYear: Number(fiscalYear),
    metricKeys,
    filter: { kind: (kind || undefined) as TenantKind | undefined, cityCode: cityCode || undefined },
  };
}

/**
 * Registers the CSV route. Query: fiscalYear (required), metrics (comma-separated keys; all when
 * left out), kind, cityCode. Errors answer JSON with the same `errors[].extensions.code` as GraphQL.
 */
export function registerMetricsCsvRoute(
  fastify: FastifyInstance,
  options: {
    orm: MikroORM;
    /** Authentication and rate limiting, as for /graphql: the handler runs with request.scope set. */
    preHandler: preHandlerAsyncHookHandler[];
    /** The server's statement counter and prepared-statement catalog (RequestDb). */
    statements: RequestStatements;
    comparisons: ComparisonCache;
    config: Config;
    logger: Logger;
    exposeStatementCount: boolean;
  },
): void {
  const { orm, statements, comparisons, config, logger } = options;
  const { counter } = statements;
  fastify.get<{ Querystring: CsvQuery }>(METRICS_CSV_PATH, { preHandler: options.preHandler }, async (request, reply) => {
    const fail = (status: number, code: string, message: string, extensions: Record<string, unknown> = {}) =>
      reply.code(status).type('application/json; charset=utf-8').send({ errors: [{ message, extensions: { code, ...extensions } }] });
    const scope = request.scope!;

    const requestId = String(request.id);
    const db = new RequestDb(orm.em.fork({ clear: true, useContext: false, loggerContext: { requestId } }), requestId, statements);
    const ctx = createContext({ requestId, scope, db, config, logger: logger.child({ requestId }), comparisons });
    counter.open(requestId);
    try {
      const args = parseQuery(request.query);
      const operation = { kind: 'query', rootFields: ['metricRows'] };
      await db.begin({ readOnly: true, scope, operation: 'metricsCsv', statementTimeout: statementTimeoutFor(config, operation), plannerOff: plannerOffFor(operation) });
      const rows = await allMetricRows(ctx, args);
      await db.commit();
      if (options.exposeStatementCount) reply.header('x-sql-statements', String(counter.close(requestId)));
      return reply
        .code(200)
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="metrics-${args.fiscalYear}.csv"`)
        .header('cache-control', 'no-store')
        .send(toCsv(rows));
    } catch (error) {
      await db.rollback().catch((rollbackError) => logger.error({ err: rollbackError }, 'rollback after CSV request failed'));
      if (error instanceof CsvRequestError) return fail(error.status, error.code, error.message, error.extensions);
      if (error instanceof ScopeRejectedError) return fail(403, 'FORBIDDEN', `Your token's scope is not valid here: ${error.message}.`);
      if (error instanceof StatementTimeoutError) return fail(503, 'TIMEOUT', error.message, { timeoutMs: error.timeout.ms, limit: error.timeout.setting });
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        return fail(400, 'BAD_USER_INPUT', error.message, { field: error.extensions.field });
      }
      if (isConnectionError(error)) {
        logger.warn({ reason: connectionErrorReason(error) }, 'CSV metrics request answered 503: the database is unreachable');
        reply.header('retry-after', String(RETRY_AFTER_S));
        return fail(503, 'SERVICE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE);
      }
      const reference = crypto.randomUUID();
      logger.error({ err: error, reference }, 'CSV metrics request failed');
      return fail(500, 'INTERNAL_SERVER_ERROR', `Internal server error (reference ${reference}); it has been logged.`, { reference });
    } finally {
      counter.close(requestId);
    }
  });
}
