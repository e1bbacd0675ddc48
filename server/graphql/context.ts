import type { Scope } from '../auth/scope.js';
import type { Config } from '../config.js';
import type { RequestDb } from '../db/request-db.js';
import type { Logger } from '../logger.js';
import { createLoaders, type Loaders } from '../modules/index.js';
import { maxPageSizeFor } from './limits.js';

/** Everything a resolver may use. Built once per request; nothing in it is shared between requests. */
export interface Context {
  requestId: string;
  scope: Scope;
  db: RequestDb;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  /** Largest page this request's role may ask for (`first`). */
  maxPageSize: number;
}

export function createContext(options: Omit<Context, 'loaders' | 'maxPageSize'>): Context {
  return { ...options, maxPageSize: maxPageSizeFor(options.config, options.scope.role), loaders: createLoaders(options.db) };
}
