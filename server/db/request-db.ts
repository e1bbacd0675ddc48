import type { LoggingOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

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

/**
 * The request's one transaction. GraphQL resolves sibling fields concurrently, but a transaction
 * has one connection, so every database call of the request is queued here and runs in order.
 */
export class RequestDb {
  private tail: Promise<unknown> = Promise.resolve();
  private open = false;

  constructor(
    readonly em: EntityManager,
    readonly requestId: string,
  ) {}

  /** Tags every statement with the request, so the statement counter can attribute it. */
  get loggerContext(): LoggingOptions {
    return { requestId: this.requestId } as LoggingOptions;
  }

  get inTransaction(): boolean {
    return this.open;
  }

  /** Runs `work` after every earlier call of this request has finished. */
  serial<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const result = this.tail.then(() => work(this.em));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** One SQL statement with `?` placeholders; returns rows. */
  query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.serial((em) => em.execute<T[]>(sql, params as any[], 'all', this.loggerContext));
  }

  /** BEGIN [READ ONLY], then puts the caller's scope into transaction-local settings. */
  async begin(options: { readOnly: boolean; scope: DatabaseScope; operation: string }): Promise<void> {
    await this.serial(async (em) => {
      await em.begin({ readOnly: options.readOnly, loggerContext: this.loggerContext });
      this.open = true;
    });
    const { role, province, tenant, department, subject } = options.scope;
    try {
      await this.query('select * from app.begin_request(?, ?, ?, ?, ?, ?, ?)', [
        role,
        province ?? null,
        tenant ?? null,
        department ?? null,
        subject,
        this.requestId,
        options.operation,
      ]);
    } catch (error) {
      if ((error as { code?: string }).code === 'BPM01') {
        throw new ScopeRejectedError((error as Error).message.replace(/^.* - /, ''));
      }
      throw error;
    }
  }

  async commit(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.serial((em) => em.commit());
  }

  async rollback(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.serial((em) => em.rollback());
  }
}
