import type DataLoader from 'dataloader';
import { rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { City, Province, Tenant } from './region.entities.js';

export interface RegionLoaders {
  provinceById: DataLoader<string, Province | null>;
  provinceByCode: DataLoader<string, Province | null>;
  cityById: DataLoader<string, City | null>;
  tenantById: DataLoader<string, Tenant | null>;
  tenantByCode: DataLoader<string, Tenant | null>;
}

export function createRegionLoaders(db: RequestDb): RegionLoaders {
  return {
    provinceById: rowLoader(db, Province, 'id'),
    provinceByCode: rowLoader(db, Province, 'code'),
    cityById: rowLoader(db, City, 'id'),
    tenantById: rowLoader(db, Tenant, 'id'),
    tenantByCode: rowLoader(db, Tenant, 'code'),
  };
}
