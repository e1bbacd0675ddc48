// 项目与预算: project library entries and their yearly budgets.
import { defineModule } from '../module.js';
import { ProjectYear } from './project-year.entity.js';
import { ProjectYearResolver } from './project-year.resolver.js';
import { Project } from './project.entity.js';
import { createProjectLoaders } from './project.loaders.js';
import { DepartmentProjectsResolver, ProjectResolver } from './project.resolver.js';

export const projectsModule = defineModule({
  entities: [Project, ProjectYear],
  resolvers: [ProjectResolver, DepartmentProjectsResolver, ProjectYearResolver],
  createLoaders: createProjectLoaders,
});
