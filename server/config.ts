import path from 'node:path';
import { ROLES, type Role } from './auth/scope.js';

export type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  port: number;
  /** Interface to listen on; 0.0.0.0 behind a load balancer. */
  host: string;
  /** Owner connection (migrations, seeding). Unset: the embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  /** The API's own login (not owner, not superuser, no BYPASSRLS). Unset: derived, see server/db/roles.ts. */
  apiDatabaseUrl?: string;
  dataDir: string;
  jwtSecret?: string;
  /** Seconds a verified API key is trusted without asking the database; a revocation takes effect within it. */
  apiKeyCacheSeconds: number;
  /** Requests a minute per token subject (JWT). */
  rateLimitPerMinute: number;
  /** Requests a minute per API key. */
  rateLimitApiKeyPerMinute: number;
  /** Requests a minute per client address without valid credentials (failed authentications count here). */
  rateLimitAnonymousPerMinute: number;
  /** Shared rate-limit budgets for several server processes. Unset: in memory, per process. */
  redisUrl?: string;
  /** Prefix of the rate-limit keys in Redis, so several deployments can share one Redis. */
  rateLimitRedisPrefix: string;
  nodeEnv: NodeEnv;
  logLevel: string;
  /** Largest page a client may ask for in one connection. */
  maxPageSize: number;
  /** Milliseconds between passes of the metric rollup refresher; 0: this process never refreshes. */
  metricRollupRefreshMs: number;
  /** Largest page for BI_READER tokens, which read metric rows in bulk. */
  biMaxPageSize: number;
  /** What one GraphQL request may ask for; checked before it runs (server/graphql/limits.ts). */
  queryLimits: QueryLimitsConfig;
  /** Roles whose tokens may introspect the schema (`__schema`, `__type`). */
  introspectionRoles: Role[];
  /** statement_timeout of a request's transaction, by kind of request. */
  statementTimeoutMs: { read: number; mutation: number; metrics: number };
  /** How long a start waits for an external PostgreSQL (DATABASE_URL) to answer before giving up. */
  databaseConnectTimeoutS: number;
  /** Whether request statements are prepared (named); off behind a pooler that cannot keep them (server/db/statements.ts). */
  preparedStatements: boolean;
  /** Whether responses carry x-sql-statements (the statements the request ran), for tests and the benchmark. */
  sqlStatementCountHeader: boolean;
}

/** Used only outside production, so a laptop works without configuration; never accepted in production. */
export const DEVELOPMENT_JWT_SECRET = 'bpm-development-secret-do-not-use-in-production';

export class ConfigError extends Error {}

export interface QueryLimitsConfig {
  /** Bytes of a request body (the query, its variables and the rest of the JSON). */
  maxRequestBytes: number;
  maxQueryCharacters: number;
  maxQueryTokens: number;
  /** Levels of nested selections. */
  maxDepth: number;
  /** Values the response may hold, each list counted at its page size. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new ConfigError(`${name} must be a non-negative integer, got "${value}"`);
  }
  return parsed;
}

/** A limit: a whole number of at least 1 (0 would refuse everything). */
function limit(name: string, value: string | undefined, fallback: number): number {
  const parsed = integer(name, value, fallback);
  if (parsed < 1) throw new ConfigError(`${name} must be at least 1, got "${value}"`);
  return parsed;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

/** A comma-separated list of roles; "none" for no role. */
function roles(name: string, value: string | undefined, fallback: Role[]): Role[] {
  if (value === undefined || value.trim() === '') return fallback;
  if (value.trim() === 'none') return [];
  const listed = value.split(',').map((role) => role.trim()).filter(Boolean);
  const unknown = listed.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) {
    throw new ConfigError(`${name} must list roles among ${ROLES.join(', ')} (or be "none"); unknown: ${unknown.join(', ')}`);
  }
  return listed as Role[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${env.NODE_ENV}"`);
  }
  return {
    port: integer('PORT', env.PORT, 4000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    apiDatabaseUrl: env.API_DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    jwtSecret: env.JWT_SECRET || undefined,
    // Off in tests unless asked for: each test file drives the refresher itself when it needs rollups.
    metricRollupRefreshMs: integer('METRIC_ROLLUP_REFRESH_MS', env.METRIC_ROLLUP_REFRESH_MS, nodeEnv === 'test' ? 0 : 1000),
    apiKeyCacheSeconds: integer('API_KEY_CACHE_SECONDS', env.API_KEY_CACHE_SECONDS, 10),
    // Tests send many requests under one subject; they test the limits with explicit settings.
    rateLimitPerMinute: integer('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, nodeEnv === 'test' ? 1_000_000 : 600),
    rateLimitApiKeyPerMinute: integer('RATE_LIMIT_API_KEY_PER_MINUTE', env.RATE_LIMIT_API_KEY_PER_MINUTE, nodeEnv === 'test' ? 1_000_000 : 300),
    rateLimitAnonymousPerMinute: integer('RATE_LIMIT_ANONYMOUS_PER_MINUTE', env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, nodeEnv === 'test' ? 1_000_000 : 60),
    redisUrl: env.REDIS_URL || undefined,
    rateLimitRedisPrefix: env.RATE_LIMIT_REDIS_PREFIX || 'bpm:rate-limit:',
    nodeEnv,
    preparedStatements: flag('PREPARED_STATEMENTS', env.PREPARED_STATEMENTS, true),
    sqlStatementCountHeader: flag('SQL_STATEMENT_COUNT_HEADER', env.SQL_STATEMENT_COUNT_HEADER, nodeEnv !== 'production'),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    maxPageSize: limit('MAX_PAGE_SIZE', env.MAX_PAGE_SIZE, 100),
    biMaxPageSize: limit('BI_MAX_PAGE_SIZE', env.BI_MAX_PAGE_SIZE, 1000),
    queryLimits: {
      maxRequestBytes: limit('MAX_REQUEST_BYTES', env.MAX_REQUEST_BYTES, 1_048_576),
      maxQueryCharacters: limit('MAX_QUERY_CHARACTERS', env.MAX_QUERY_CHARACTERS, 20_000),
      maxQueryTokens: limit('MAX_QUERY_TOKENS', env.MAX_QUERY_TOKENS, 1_000),
      maxDepth: limit('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, 10),
      maxCost: limit('MAX_QUERY_COST', env.MAX_QUERY_COST, 100_000),
      maxAliases: limit('MAX_QUERY_ALIASES', env.MAX_QUERY_ALIASES, 15),
      maxDirectives: limit('MAX_QUERY_DIRECTIVES', env.MAX_QUERY_DIRECTIVES, 50),
    },
    // Outside production every role may introspect (the explorer needs it); in production only BI tools.
    introspectionRoles: roles('INTROSPECTION_ROLES', env.INTROSPECTION_ROLES, nodeEnv === 'production' ? ['BI_READER'] : [...ROLES]),
    statementTimeoutMs: {
      read: limit('STATEMENT_TIMEOUT_READ_MS', env.STATEMENT_TIMEOUT_READ_MS, 5_000),
      mutation: limit('STATEMENT_TIMEOUT_MUTATION_MS', env.STATEMENT_TIMEOUT_MUTATION_MS, 10_000),
      metrics: limit('STATEMENT_TIMEOUT_METRICS_MS', env.STATEMENT_TIMEOUT_METRICS_MS, 30_000),
    },
    databaseConnectTimeoutS: integer('DATABASE_CONNECT_TIMEOUT_S', env.DATABASE_CONNECT_TIMEOUT_S, 60),
  };
}

/** The secret tokens are signed and verified with; production refuses to run without JWT_SECRET. */
export function jwtSecretFor(config: Pick<Config, 'jwtSecret' | 'nodeEnv'>): string {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET is not set. In production tokens are only signed and accepted with a configured secret: set JWT_SECRET to a long random string.');
  }
  return DEVELOPMENT_JWT_SECRET;
}
