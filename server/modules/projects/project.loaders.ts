import type DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '../../db/loaders.js';
import { entityColumns } from '../../db/lean.js';
import type { RequestDb } from '../../db/request-db.js';
import { ProjectYear } from './project-year.entity.js';
import { Project } from './project.entity.js';

/** Which projects of a department a nested list shows. */
export interface DepartmentProjectsArgs {
  fiscalYear?: number;
  first: number;
}

export interface ProjectLoaders {
  projectById: DataLoader<string, Project | null>;
  projectYearById: DataLoader<string, ProjectYear | null>;
  /** All years of each project, oldest first. */
  yearsByProject: DataLoader<string, ProjectYear[]>;
  /** The first `first` projects (by code) of each department, one statement for all departments. */
  projectsByDepartment(args: DepartmentProjectsArgs): DataLoader<string, Project[]>;
}

export function createProjectLoaders(db: RequestDb): ProjectLoaders {
  const byDepartment = new Map<string, DataLoader<string, Project[]>>();
  return {
    projectById: rowLoader(db, Project, 'id'),
    projectYearById: rowLoader(db, ProjectYear, 'id'),
    yearsByProject: groupLoader(
      (projectIds) => db.findByKeys(ProjectYear, 'projectId', projectIds, { fiscalYear: 'asc' }),
      (year) => year.projectId,
    ),
    projectsByDepartment(args) {
      const key = `${args.fiscalYear ?? ''}:${args.first}`;
      let loader = byDepartment.get(key);
      if (!loader) {
        loader = groupLoader(
          (departmentIds) =>
            db.serial(async (em, run) => {
              const rows = await run<Record<string, unknown>>(
                `select ${entityColumns(em.getMetadata().get(Project))} from (
                   select p.*, row_number() over (partition by p.department_id order by p.code, p.id) as position
                     from project p
                    where p.department_id = any(?)
                      and (?::smallint is null or exists (
                            select 1 from project_year y
                             where y.tenant_id = p.tenant_id and y.project_id = p.id and y.fiscal_year = ?::smallint))
                 ) ranked where position <= ? order by department_id, position`,
                [departmentIds, args.fiscalYear ?? null, args.fiscalYear ?? null, args.first],
              );
              return rows.map(db.rowMapper(em, Project));
            }),
          (project) => project.departmentId,
        );
        byDepartment.set(key, loader);
      }
      return loader;
    },
  };
}
