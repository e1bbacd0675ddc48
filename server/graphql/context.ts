import type { Scope } from '../auth/scope.js';
import type { Config } from '../config.js';
import type { RequestDb } from '../db/request-db.js';
import type { Logger } from '../logger.js';
import { createOrgLoaders, type OrgLoaders } from '../modules/org/department.loaders.js';
import { createProjectLoaders, type ProjectLoaders } from '../modules/projects/project.loaders.js';
import { createRegionLoaders, type RegionLoaders } from '../modules/regions/region.loaders.js';

/** Per-request loaders, one group per domain module. */
export interface Loaders {
  regions: RegionLoaders;
  org: OrgLoaders;
  projects: ProjectLoaders;
}

/** Everything a resolver may use. Built once per request; nothing in it is shared between requests. */
export interface Context {
  requestId: string;
  scope: Scope;
  db: RequestDb;
  loaders: Loaders;
  config: Config;
  logger: Logger;
}

export function createContext(options: { requestId: string; scope: Scope; db: RequestDb; config: Config; logger: Logger }): Context {
  const { db } = options;
  return {
    ...options,
    loaders: {
      regions: createRegionLoaders(db),
      org: createOrgLoaders(db),
      projects: createProjectLoaders(db),
    },
  };
}
