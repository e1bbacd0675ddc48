import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
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

/** The API's ORM: connects as the API's login role, so every statement is subject to RLS. */
export async function createApiOrm(options: { apiUrl: string; poolSize: number; counter: StatementCounter }): Promise<MikroORM> {
  const config: Options = {
    clientUrl: options.apiUrl,
    entities: ENTITIES,
    // Schema lives in SQL migrations; the ORM only maps it.
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: options.poolSize },
    // Statements are logged only to be counted; DefaultLogger prints nothing unless debug is on.
    debug: false,
    loggerFactory: (loggerOptions) => new CountingLogger(loggerOptions, options.counter),
    // Every request forks its own EntityManager; the global one must never be used.
    allowGlobalContext: false,
    forceUtcTimezone: true,
  };
  return MikroORM.init(config);
}
