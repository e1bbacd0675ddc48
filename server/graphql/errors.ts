import { OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { connectionErrorReason, isConnectionError } from '../db/connection-errors.js';
import { StatementTimeoutError } from '../db/request-db.js';
import type { Logger } from '../logger.js';

/** The stable error codes clients switch on (`extensions.code`). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  // A statement ran past the request's statement_timeout (HTTP 503).
  | 'TIMEOUT'
  // Query limits (server/graphql/limits.ts), answered before the request runs.
  | 'QUERY_TOO_LARGE'
  | 'QUERY_TOO_COMPLEX'
  | 'BAD_REQUEST';

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** Invalid input, naming the input field so a form can show it next to the right box. */
export function badUserInput(field: string, message: string): GraphQLError {
  return appError('BAD_USER_INPUT', `${field}: ${message}`, { field });
}

/**
 * For `.catch()` on the lookup of a record an input names: NOT_FOUND becomes BAD_USER_INPUT on that
 * field; anything else (a timeout, a lost connection) stays what it is, never the input's fault.
 */
export function notFoundAsInput(field: string, message: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') throw badUserInput(field, message);
    throw error;
  };
}

export function notFound(what: string): GraphQLError {
  return appError('NOT_FOUND', `${what} was not found, or is outside what your token may see.`);
}

export function forbidden(message: string): GraphQLError {
  return appError('FORBIDDEN', message);
}

/** What a client gets while PostgreSQL is down, restarting or out of free connections. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unreachable at the moment; retry in a few seconds.';
/** Sent as Retry-After with every 503. */
export const RETRY_AFTER_S = 2;

/** Postgres SQLSTATEs a user can cause and fix, translated into what they mean for the user. */
function translateDatabaseError(error: { code?: string; constraint?: string; table?: string }): GraphQLFormattedError | undefined {
  if (isConnectionError(error)) return { message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  switch (error.code) {
    case '42501': // insufficient_privilege, including "new row violates row-level security policy"
      return { message: 'Your role may not make this change in this tenant or department.', extensions: { code: 'FORBIDDEN' } };
    case '25006': // read_only_sql_transaction
      return { message: 'Your role has read-only access.', extensions: { code: 'FORBIDDEN' } };
    case '23505': {
      // Unique keys are named <table>_tenant_id[_fiscal_year]_<column>_key; report <column>.
      const column = (error.constraint ?? '').replace(/_key$/, '').split(/(?:tenant_id|fiscal_year)_/).at(-1) || 'input';
      const field = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
      return { message: `${field}: this value is already used; choose another.`, extensions: { code: 'BAD_USER_INPUT', field } };
    }
    case '23514': {
      // A check constraint caught a value the input rules let through: name the column if we can.
      const column = (error.constraint ?? '').replace(`${error.table}_`, '').replace(/_check$/, '');
      const field = /^[a-z_]+$/.test(column) ? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : 'input';
      return { message: `${field}: the value is out of the allowed range.`, extensions: { code: 'BAD_USER_INPUT', field } };
    }
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected: PostgreSQL rolled this transaction back to let the other one finish
      return {
        message: 'Your change collided with another change made at the same moment and was rolled back; nothing was written. Retry it.',
        extensions: { code: 'CONFLICT' },
      };
    case '57014': // query_canceled outside a request's statement timeout (that one is a StatementTimeoutError)
      return { message: 'The request took too long and was cancelled; narrow the query and retry.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
    default:
      return undefined;
  }
}

/**
 * Apollo's formatError: application errors pass through with their code; database errors a user
 * can act on are translated; anything else is logged in full and masked (no SQL, no stack).
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof GraphQLError || !(original instanceof Error)) {
      // Parse/validation errors and errors we raised ourselves.
      const code = formatted.extensions?.code ?? 'BAD_USER_INPUT';
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    if (original instanceof StatementTimeoutError) {
      return { ...base, message: original.message, extensions: { code: 'TIMEOUT', timeoutMs: original.timeout.ms, limit: original.timeout.setting } };
    }
    if (original instanceof OptimisticLockError) {
      return { ...base, message: 'This record was changed by someone else since you read it; reload it and apply your change again.', extensions: { code: 'CONFLICT' } };
    }
    const translated = translateDatabaseError(original as { code?: string });
    if (isConnectionError(original)) {
      logger.warn({ reason: connectionErrorReason(original), path: formatted.path }, 'request answered SERVICE_UNAVAILABLE: the database is unreachable');
    }
    if (translated) return { ...base, ...translated };
    const reference = crypto.randomUUID();
    logger.error({ err: original, reference, path: formatted.path }, 'internal error while handling a GraphQL request');
    return { ...base, message: `Internal server error (reference ${reference}); it has been logged.`, extensions: { code: 'INTERNAL_SERVER_ERROR', reference } };
  };
}
