import type DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { Department } from './department.entity.js';

export interface OrgLoaders {
  departmentById: DataLoader<string, Department | null>;
  /** Departments of a tenant, by tenant id, ordered by code. */
  departmentsByTenant: DataLoader<string, Department[]>;
  /** Units directly under a department, by parent id, ordered by code. */
  departmentsByParent: DataLoader<string, Department[]>;
}

export function createOrgLoaders(db: RequestDb): OrgLoaders {
  return {
    departmentById: rowLoader(db, Department, 'id'),
    departmentsByTenant: groupLoader(
      (tenantIds) => db.serial((em) => em.find(Department, { tenantId: { $in: tenantIds } }, { orderBy: { code: 'asc' } })),
      (department) => department.tenantId,
    ),
    departmentsByParent: groupLoader(
      (parentIds) => db.serial((em) => em.find(Department, { parentId: { $in: parentIds } }, { orderBy: { code: 'asc' } })),
      (department) => department.parentId!,
    ),
  };
}
