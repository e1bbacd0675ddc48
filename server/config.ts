import path from 'node:path';

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
  /** How long a start waits for an external PostgreSQL (DATABASE_URL) to answer before giving up. */
  databaseConnectTimeoutS: number;
}

/** Used only outside production, so a laptop works without configuration; never accepted in production. */
export const DEVELOPMENT_JWT_SECRET = 'bpm-development-secret-do-not-use-in-production';

export class ConfigError extends Error {}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new ConfigError(`${name} must be a non-negative integer, got "${value}"`);
  }
  return parsed;
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
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    maxPageSize: integer('MAX_PAGE_SIZE', env.MAX_PAGE_SIZE, 100),
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
