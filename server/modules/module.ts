import type { RequestDb } from '../db/request-db.js';

/**
 * A domain module: the entities the ORM maps, the resolvers the schema is built from, and the
 * factory of its per-request DataLoaders. Listed once in server/modules/index.ts.
 */
export interface DomainModule<L extends object = object> {
  entities: Function[];
  resolvers: Function[];
  createLoaders(db: RequestDb): L;
}

export function defineModule<L extends object>(module: DomainModule<L>): DomainModule<L> {
  return module;
}
