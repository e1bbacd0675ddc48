import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pg from 'pg';
import { inject } from 'vitest';
import { validateScope, type Scope } from '../../server/auth/scope.js';
import { signToken } from '../../server/auth/tokens.js';
import { DEVELOPMENT_JWT_SECRET, loadConfig, type Config } from '../../server/config.js';
import { withClient, withCredentials, withDatabase } from '../../server/db/roles.js';
import { createApp, type App } from '../../server/http.js';
import { createLogger } from '../../server/logger.js';

export interface GraphQLResult<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
  /** SQL statements the request issued (x-sql-statements). */
  statements: number;
}

export type TokenSpec = Omit<Scope, 'subject'> & { subject?: string; ttlSeconds?: number };

export interface TestApp {
  url: string;
  config: Config;
  app: App;
  /** This file's own database, as its owner (bypasses RLS): for arranging and checking rows. */
  ownerUrl: string;
  /** The API role's URL for this database (subject to RLS). */
  apiUrl: string;
  token(spec: TokenSpec): Promise<string>;
  /** POSTs a typed operation with a token built from `as` (or a raw token string, or none). */
  request<R, V>(document: TypedDocumentNode<R, V>, variables: V, as?: TokenSpec | string | null): Promise<GraphQLResult<R>>;
  /** Runs SQL as the owner on this file's database. */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Starts the real server (real HTTP, real JWT, the API role under RLS) on a database of this
 * test file's own, copied from the migrated and seeded template.
 */
export async function startTestApp(options: { poolSize?: number; env?: Record<string, string> } = {}): Promise<TestApp> {
  const adminUrl = inject('adminUrl');
  const template = inject('templateDatabase');
  const database = `${template.replace('template', 'test')}_${crypto.randomUUID().slice(0, 8)}`;
  await withClient(adminUrl, (client) => client.query(`create database ${database} template ${template}`));
  const ownerUrl = withDatabase(adminUrl, database);
  const apiUrl = withCredentials(ownerUrl, inject('apiRole'), inject('apiPassword'));
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: DEVELOPMENT_JWT_SECRET, ...options.env });
  // TEST_LOG_LEVEL=error shows what the server logged (e.g. the cause behind an INTERNAL_SERVER_ERROR).
  const app = await createApp({ config, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'fatal'), apiUrl, poolSize: options.poolSize ?? 4 });
  const url = await app.listen({ port: 0 });
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  // Dropping the file's database terminates idle owner connections; that is expected, not a failure.
  owner.on('error', () => undefined);

  const token = (spec: TokenSpec) =>
    signToken(validateScope({ ...spec }), { secret: config.jwtSecret!, ttlSeconds: spec.ttlSeconds ?? 600 });

  return {
    url,
    config,
    app,
    ownerUrl,
    apiUrl,
    token,
    async request(document, variables, as) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (as) headers.authorization = `Bearer ${typeof as === 'string' ? as : await token(as)}`;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as Pick<GraphQLResult<never>, 'data' | 'errors'>;
      return { status: response.status, headers: response.headers, ...body, statements: Number(response.headers.get('x-sql-statements') ?? NaN) };
    },
    async sql(text, params) {
      return (await owner.query(text, params as unknown[])).rows;
    },
    async close() {
      await app.close();
      await owner.end();
      await withClient(adminUrl, (client) => client.query(`drop database if exists ${database} with (force)`));
    },
  };
}

/** Scopes used across tests, named after who holds them. */
export const AS = {
  shantingAdmin: { role: 'COUNTY_ADMIN', tenant: '370406' },
  laiwuAdmin: { role: 'COUNTY_ADMIN', tenant: '370116' },
  shilouAdmin: { role: 'COUNTY_ADMIN', tenant: '141126' },
  shandongAnalyst: { role: 'PROVINCE_ANALYST', province: '37' },
  shandongAdmin: { role: 'PROVINCE_ADMIN', province: '37' },
  shandongBi: { role: 'BI_READER', province: '37' },
  laiwuBi: { role: 'BI_READER', tenant: '370116' },
  laiwuWaterUser: { role: 'DEPARTMENT_USER', tenant: '370116', department: 'SW' },
  laiwuStatsUser: { role: 'DEPARTMENT_USER', tenant: '370116', department: 'TJ' },
} as const satisfies Record<string, TokenSpec>;
