import { defineModule } from '../module.js';
import { Project } from './project.entity.js';
import { createProjectLoaders } from './project.loaders.js';
import { DepartmentProjectsResolver, ProjectResolver } from './project.resolver.js';

export const projectsModule = defineModule({
  entities: [Project],
  resolvers: [ProjectResolver, DepartmentProjectsResolver],
  createLoaders: createProjectLoaders,
});
