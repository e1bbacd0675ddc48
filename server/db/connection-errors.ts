/**
 * Errors that mean "PostgreSQL cannot be reached right now" rather than "this statement is wrong":
 * the server is down, restarting or shutting down, the network dropped the connection, or no pooled
 * connection became free in time. Requests that hit one fail fast with SERVICE_UNAVAILABLE and the
 * client retries; the pool replaces the dead connections once the database answers again.
 */

/** Socket-level failures from Node (connect refused, reset, timed out, host gone). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** SQLSTATEs: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down, recovering). */
const SERVER_GOING_AWAY = new Set(['57P01', '57P02', '57P03']);

/** What pg and knex say when a connection died or none could be had; they carry no code. */
const MESSAGES = [
  /Connection terminated/i, // pg: the server closed the socket, or connectionTimeoutMillis passed
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Timeout acquiring a connection/i, // knex: the pool could not hand out a connection in time
  /connection is closed|Connection ended unexpectedly/i,
  // knex ends a transaction whose connection failed (even its BEGIN); the request's next statement
  // then meets this. Requests only run statements inside their open transaction, so nothing else causes it.
  /Transaction query already complete/i,
];

function describes(error: unknown): error is { code?: unknown; message?: unknown; name?: unknown; cause?: unknown } {
  return typeof error === 'object' && error !== null;
}

export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!describes(error) || depth > 3) return false;
  const code = typeof error.code === 'string' ? error.code : '';
  if (SOCKET_CODES.has(code) || SERVER_GOING_AWAY.has(code) || code.startsWith('08')) return true;
  if (error.name === 'KnexTimeoutError') return true;
  const message = typeof error.message === 'string' ? error.message : '';
  if (MESSAGES.some((pattern) => pattern.test(message))) return true;
  // Connecting to "localhost" tries ::1 and 127.0.0.1; both failures come back together.
  if (error instanceof AggregateError && error.errors.some((inner) => isConnectionError(inner, depth + 1))) return true;
  return isConnectionError(error.cause, depth + 1);
}

/** A short reason for logs: the code when there is one ("ECONNREFUSED", "57P01"), else the message. */
export function connectionErrorReason(error: unknown): string {
  if (!describes(error)) return String(error);
  if (typeof error.code === 'string' && error.code) return error.code;
  if (error instanceof AggregateError && error.errors.length > 0) return connectionErrorReason(error.errors[0]);
  return typeof error.message === 'string' && error.message ? error.message : String(error);
}
