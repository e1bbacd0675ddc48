import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { ENTITIES } from '../modules/index.js';

/**
 * Counts the SQL statements each request issues. Every statement of a request carries the
 * request's id in MikroORM's logger context; the counter keys on it. Used by tests (no N+1)
 * and by the benchmark (statements per request).
 */
export class StatementCounter {
  private readonly counts = new Map<string, number>();
  open(requestId: string): void {
    this.counts.set(requestId, 0);
  }
  record(requestId: string): void {
    const count = this.counts.get(requestId);
    if (count !== undefined) this.counts.set(requestId, count + 1);
  }
  close(requestId: string): number {
    const count = this.counts.get(requestId) ?? 0;
    this.counts.delete(requestId);
    return count;
  }
}

class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly counter: StatementCounter) {
    super(options);
  }
  override logQuery(context: { query: string } & LogContext): void {
    if (typeof context.requestId === 'string') this.counter.record(context.requestId);
    super.logQuery(context);
  }
}

/**
 * A new connection that is not established within this time counts as "database unreachable", so
 * requests fail fast instead of waiting for the operating system's TCP timeout (minutes).
 */
const CONNECT_TIMEOUT_MS = 5_000;
/** Longest a request waits for a free pooled connection before it is answered SERVICE_UNAVAILABLE. */
const ACQUIRE_TIMEOUT_MS = 10_000;

/**
 * The API's ORM: connects as the API's login role, so every statement is subject to RLS.
 * When PostgreSQL goes away, the pool marks the connections it loses as disposed (no crash on
 * their 'error' events), discards them on the next acquire and opens fresh ones once the
 * database answers again: the service recovers without a restart.
 */
export async function createApiOrm(options: { apiUrl: string; poolSize: number; counter: StatementCounter; logger: Logger }): Promise<MikroORM> {
  const poolLogger = options.logger.child({ component: 'database-pool' });
  const config: Options = {
    clientUrl: options.apiUrl,
    entities: ENTITIES,
    // Schema lives in SQL migrations; the ORM only maps it.
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: options.poolSize, acquireTimeoutMillis: ACQUIRE_TIMEOUT_MS, createTimeoutMillis: CONNECT_TIMEOUT_MS },
    driverOptions: {
      // keepAlive lets the operating system notice a database host that vanished without closing the socket.
      connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true },
      // knex reports dropped connections as warnings ("Connection Error: …"); keep them in the structured log.
      log: {
        warn: (message: string) => poolLogger.warn(message),
        error: (message: string) => poolLogger.error(message),
        deprecate: (message: string) => poolLogger.warn(message),
        debug: (message: string) => poolLogger.debug(message),
      },
    },
    // Statements are logged only to be counted; DefaultLogger prints nothing unless debug is on.
    debug: false,
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions, options.counter),
    // Every request forks its own EntityManager; the global one must never be used.
    allowGlobalContext: false,
    forceUtcTimezone: true,
  };
  return MikroORM.init(config);
}
