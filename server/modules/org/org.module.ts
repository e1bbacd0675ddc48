import { defineModule } from '../module.js';
import { Department } from './department.entity.js';
import { createOrgLoaders } from './department.loaders.js';
import { DepartmentResolver, TenantDepartmentsResolver } from './department.resolver.js';

export const orgModule = defineModule({
  entities: [Department],
  resolvers: [DepartmentResolver, TenantDepartmentsResolver],
  createLoaders: createOrgLoaders,
});
