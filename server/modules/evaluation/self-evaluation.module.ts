// 单位自评 and 抽查复核: self-evaluations of project years and departments (scope, scoring,
// workflow) and the finance bureau's rechecks of a sample of them.
import { defineModule } from '../module.js';
import { SelfEvaluationRecheck } from './recheck.entity.js';
import { DepartmentRecheckCoverageResolver, RecheckResolver } from './recheck.resolver.js';
import { SelfEvaluation, SelfEvaluationIndicator } from './self-evaluation.entity.js';
import { createSelfEvaluationLoaders } from './self-evaluation.loaders.js';
import { ProjectYearSelfEvaluationResolver, SelfEvaluationIndicatorResolver, SelfEvaluationResolver } from './self-evaluation.resolver.js';

export const selfEvaluationModule = defineModule({
  entities: [SelfEvaluation, SelfEvaluationIndicator, SelfEvaluationRecheck],
  resolvers: [SelfEvaluationResolver, SelfEvaluationIndicatorResolver, ProjectYearSelfEvaluationResolver, RecheckResolver, DepartmentRecheckCoverageResolver],
  createLoaders: createSelfEvaluationLoaders,
});
