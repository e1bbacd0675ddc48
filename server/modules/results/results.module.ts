// 结果应用: evaluation results applied to later budgets as signed adjustments per project.
import { defineModule } from '../module.js';
import { ResultApplication } from './result-application.entity.js';
import { createResultLoaders } from './result-application.loaders.js';
import { KeyEvaluationResultApplicationsResolver, ProjectResultApplicationsResolver, ResultApplicationResolver } from './result-application.resolver.js';

export const resultsModule = defineModule({
  entities: [ResultApplication],
  resolvers: [ResultApplicationResolver, ProjectResultApplicationsResolver, KeyEvaluationResultApplicationsResolver],
  createLoaders: createResultLoaders,
});
