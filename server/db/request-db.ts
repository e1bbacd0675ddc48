import type { EntityName, FilterQuery, LoggingOptions } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import { entityColumns, leanMapper, splitRow } from './lean.js';
import type { StatementCounter } from './orm.js';
import type { StatementCatalog } from './statements.js';

/** The scope a request runs under, as it is handed to app.begin_request(). */
export interface DatabaseScope {
  role: string;
  province?: string;
  tenant?: string;
  department?: string;
  /** Who acts, recorded by the audit triggers. */
  subject: string;
}

/** Raised when PostgreSQL refuses the token's scope (unknown tenant, province or department). */
export class ScopeRejectedError extends Error {}

/** A request's statement_timeout, and the setting that chose it (named when a statement exceeds it). */
export interface StatementTimeout {
  ms: number;
  setting: string;
}

/** A statement of the request ran past its statement_timeout; PostgreSQL cancelled it and the transaction is void. */
export class StatementTimeoutError extends Error {
  constructor(readonly timeout: StatementTimeout) {
    super(
      `The request was cancelled: one of its database statements ran longer than ${timeout.ms} ms, the limit for this kind of request (${timeout.setting}). Nothing was written. Narrow the request (fewer rows, metrics or tenants) and retry.`,
    );
  }
}

/** What every request's statements share on one server: the statement counter and the prepared-statement names. */
export interface RequestStatements {
  counter: StatementCounter;
  catalog: StatementCatalog;
}

/** Runs one statement (`?` placeholders) in the request's transaction and returns its rows. */
export type RunStatement = <T extends object>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * The request's one transaction. GraphQL resolves sibling fields concurrently, but a transaction
 * has one connection, so every database call of the request is queued here and runs in order.
 */
export class RequestDb {
  private tail: Promise<unknown> = Promise.resolve();
  private open = false;
  /** Set by begin(): nothing of a read-only transaction is flushed, so its reads are lean (lean.ts). */
  private readOnly = false;
  private timeout?: StatementTimeout;
  /** Planner settings begin() turned off for the whole transaction. */
  private plannerOff: ReadonlySet<string> = new Set();
  /** Whether the caller's scope is one tenant (a county's admin or department, a county's BI key): set by begin(). */
  private oneTenant = false;
  /** Set once a statement timed out: the transaction is aborted, so later statements are not sent. */
  private timedOut?: StatementTimeoutError;
  /** The transaction's pg connection, taken from MikroORM's transaction once begin() opened it (statements.ts). */
  private connection?: ClientBase;
  /** The queued work's way to run a statement; bound once. */
  private readonly run: RunStatement = (sql, params) => this.statement(sql, params);

  constructor(
    readonly em: EntityManager,
    readonly requestId: string,
    private readonly statements: RequestStatements,
  ) {}

  /** Tags every statement with the request, so the statement counter can attribute it. */
  get loggerContext(): LoggingOptions {
    return { requestId: this.requestId } as LoggingOptions;
  }

  get inTransaction(): boolean {
    return this.open;
  }

  /** Whether begin() opened a read-only transaction (nothing this request does can change a row). */
  get readOnlyTransaction(): boolean {
    return this.open && this.readOnly;
  }

  /** Whether the caller sees a single tenant's rows (lists can then name the tenant to the planner). */
  get singleTenant(): boolean {
    return this.oneTenant;
  }

  /**
   * Runs `work` with the planner settings `names` off, and nothing else of the request in between.
   * They are put back right after (two statements) unless begin() turned them off for the whole
   * transaction; if `work` fails, the transaction rolls back and takes them with it.
   */
  withPlannerOff<T>(names: readonly string[], work: (em: EntityManager, run: RunStatement) => Promise<T>): Promise<T> {
    return this.serial(async (em, run) => {
      if (names.every((name) => this.plannerOff.has(name))) return work(em, run);
      const [previous] = await run<Record<string, string>>(
        `select ${names.map((_, i) => `current_setting(?) as s${i}, set_config(?, 'off', true)`).join(', ')}`,
        names.flatMap((name) => [name, name]),
      );
      const result = await work(em, run);
      await run(`select ${names.map(() => 'set_config(?, ?, true)').join(', ')}`, names.flatMap((name, i) => [name, previous[`s${i}`]]));
      return result;
    });
  }

  /**
   * Runs `work` after every earlier call of this request has finished. `run` sends statements on the
   * transaction's connection; `em` is for the ORM's own work (entities to change and flush).
   */
  serial<T>(work: (em: EntityManager, run: RunStatement) => Promise<T>): Promise<T> {
    return this.enqueue(async (em) => {
      if (this.timedOut) throw this.timedOut;
      try {
        return await work(em, this.run);
      } catch (error) {
        // 57014 query_canceled. Its text is no guide: under a parallel plan the workers' "due to user
        // request" arrives instead of "due to statement timeout". (An administrator's cancel reads the same.)
        if ((error as { code?: string }).code === '57014' && this.timeout) {
          this.timedOut = new StatementTimeoutError(this.timeout);
          throw this.timedOut;
        }
        throw error;
      }
    });
  }

  /** Queues `work` as is: commit and rollback must run even after a timeout. */
  private enqueue<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const result = this.tail.then(() => work(this.em));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Rows of `entity`: lean instances in a read-only transaction (see lean.ts), managed entities otherwise. */
  find<T extends object>(entity: EntityName<T>, where: FilterQuery<T>, options: { orderBy?: Record<string, 'asc' | 'desc'>; limit?: number } = {}): Promise<T[]> {
    return this.serial(async (em, run) => {
      const toLean = this.readOnly ? leanMapper(em, entity) : null;
      if (!toLean) return em.find(entity, where, options as never);
      const meta = em.getMetadata().get<T>(entity as never);
      // The query builder writes the SQL; the statement goes out prepared like every other.
      const qb = em.createQueryBuilder(entity as never).select(meta.props.filter((prop) => prop.persist !== false).map((prop) => prop.name) as never).where(where as never);
      if (options.orderBy) qb.orderBy(options.orderBy as never);
      if (options.limit !== undefined) qb.limit(options.limit);
      const { sql, bindings } = qb.getKnexQuery().toSQL();
      const rows = await run<Record<string, unknown>>(sql, [...bindings]);
      return rows.map(toLean);
    });
  }

  /**
   * Rows of `entity` whose `property` is one of `keys` (a loader's batch): lean instances read by
   * one prepared statement in a read-only transaction (see lean.ts), managed entities otherwise.
   */
  findByKeys<T extends object>(entity: EntityName<T>, property: keyof T & string, keys: readonly string[], orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>> = {}): Promise<T[]> {
    return this.serial(async (em, run) => {
      const toLean = this.readOnly ? leanMapper(em, entity) : null;
      if (!toLean) return em.find(entity, { [property]: { $in: [...keys] } } as FilterQuery<T>, { orderBy } as never);
      const meta = em.getMetadata().get<T>(entity as never);
      const column = (name: string) => (meta.properties as Record<string, { fieldNames: string[] }>)[name].fieldNames[0];
      const order = Object.entries(orderBy).map(([name, direction]) => `${column(name)} ${direction}`);
      const rows = await run<Record<string, unknown>>(
        `select ${entityColumns(meta)} from ${meta.tableName} where ${column(property)} = any(?)${order.length > 0 ? ` order by ${order.join(', ')}` : ''}`,
        [keys],
      );
      return rows.map(toLean);
    });
  }

  /**
   * Turns raw rows (column names) of `entity` into entities, lean or managed as find() does. Columns
   * the entity does not map (a sort key, another table's columns) are ignored.
   */
  rowMapper<T extends object>(em: EntityManager, entity: EntityName<T>): (row: Record<string, unknown>) => T {
    const meta = em.getMetadata().get<T>(entity as never);
    return (this.readOnly ? leanMapper(em, entity) : null) ?? ((row) => em.map(entity, splitRow(meta, '', row) as never));
  }

  /** One SQL statement with `?` placeholders (an array value is one array parameter: `= any(?)`); returns rows. */
  query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.serial((_em, run) => run<T>(sql, params));
  }

  /** Sends one statement on the transaction's connection now: only from queued work (serial). */
  private async statement<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (!this.connection) throw new Error('A statement was sent outside the request\'s transaction (begin() has not run or the transaction has ended).');
    const { text, name } = this.statements.catalog.prepare(sql, params.length);
    this.statements.counter.record(this.requestId);
    try {
      const result = await this.connection.query<T>({ text, name, values: params });
      return result.rows;
    } catch (error) {
      this.statements.catalog.noteFailure(error);
      // pg's error names no statement; the log should.
      if (error instanceof Error) Object.assign(error, { statement: text });
      throw error;
    }
  }

  /**
   * BEGIN [READ ONLY], then, in one statement, puts the caller's scope into transaction-local
   * settings and sets the transaction's statement_timeout (it applies from the next statement), and
   * turns off `plannerOff` (e.g. nested loops for a request of metric statements only, which would
   * otherwise turn them off and on around each statement).
   */
  async begin(options: { readOnly: boolean; scope: DatabaseScope; operation: string; statementTimeout: StatementTimeout; plannerOff?: readonly string[] }): Promise<void> {
    await this.serial(async (em) => {
      await em.begin({ readOnly: options.readOnly, loggerContext: this.loggerContext });
      this.open = true;
      this.readOnly = options.readOnly;
      // knex's transaction client hands out the one connection it holds for the transaction.
      this.connection = (await (em.getTransactionContext() as Knex.Transaction).client.acquireConnection()) as ClientBase;
    });
    this.timeout = options.statementTimeout;
    const { role, province, tenant, department, subject } = options.scope;
    try {
      const plannerOff = options.plannerOff ?? [];
      const [granted] = await this.query<{ tenant_count: number }>(`select * from app.begin_request(?, ?, ?, ?, ?, ?, ?), set_config('statement_timeout', ?, true)${plannerOff.map((_, i) => `, set_config(?, 'off', true) as planner_${i}`).join('')}`, [
        role,
        province ?? null,
        tenant ?? null,
        department ?? null,
        subject,
        this.requestId,
        options.operation,
        String(options.statementTimeout.ms),
        ...plannerOff,
      ]);
      this.plannerOff = new Set(plannerOff);
      this.oneTenant = granted?.tenant_count === 1;
    } catch (error) {
      if ((error as { code?: string }).code === 'BPM01') {
        throw new ScopeRejectedError((error as Error).message);
      }
      throw error;
    }
  }

  async commit(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.enqueue((em) => {
      this.connection = undefined;
      return em.commit();
    });
  }

  async rollback(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.enqueue((em) => {
      this.connection = undefined;
      return em.rollback();
    });
  }
}
