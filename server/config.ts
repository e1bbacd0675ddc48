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
  nodeEnv: NodeEnv;
  logLevel: string;
  /** Largest page a client may ask for in one connection. */
  maxPageSize: number;
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
