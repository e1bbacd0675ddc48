import type { Scope } from '../auth/scope.js';
import type { Config } from '../config.js';
import type { RequestDb } from '../db/request-db.js';
import type { Logger } from '../logger.js';
import type { ComparisonCache } from '../metrics/comparison.cache.js';
import { createLoaders, type Loaders } from '../modules/index.js';
import { maxPageSizeFor } from './limits.js';

/**
 * Everything a resolver may use. Built once per request; nothing in it is shared between requests
 * but the server's comparison cache, which checks each answer against the request's own view.
 */
export interface Context {
  requestId: string;
  scope: Scope;
  db: RequestDb;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  comparisons: ComparisonCache;
  /** Largest page this request's role may ask for (`first`). */
  maxPageSize: number;
}

export function createContext(options: Omit<Context, 'loaders' | 'maxPageSize'>): Context {
  return { ...options, maxPageSize: maxPageSizeFor(options.config, options.scope.role), loaders: createLoaders(options.db) };
}
