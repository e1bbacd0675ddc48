import { Department } from '../modules/org/department.entity.js';
import { TenantRow } from './tenant-row.js';
import { Project } from '../modules/projects/project.entity.js';
import { City, Province, Tenant } from '../modules/regions/region.entities.js';

/** Every entity the API's ORM maps. */
export const ENTITIES = [TenantRow, Province, City, Tenant, Department, Project];
