import { defineModule } from '../module.js';
import { City, Province, Tenant } from './region.entities.js';
import { createRegionLoaders } from './region.loaders.js';
import { TenantResolver } from './tenant.resolver.js';

export const regionsModule = defineModule({
  entities: [Province, City, Tenant],
  resolvers: [TenantResolver],
  createLoaders: createRegionLoaders,
});
