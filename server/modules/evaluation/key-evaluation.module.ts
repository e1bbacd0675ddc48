// 财政重点评价 (key evaluations), 专家库 (the expert pool) and 问题与整改 (problems and rectification).
import { defineModule } from '../module.js';
import { Expert, KeyEvaluationExpert } from './expert.entity.js';
import { ExpertResolver } from './expert.resolver.js';
import { KeyEvaluation } from './key-evaluation.entity.js';
import { createKeyEvaluationLoaders } from './key-evaluation.loaders.js';
import { KeyEvaluationResolver, ProjectYearKeyEvaluationsResolver } from './key-evaluation.resolver.js';
import { EvaluationProblem } from './problem.entity.js';
import { ProblemResolver } from './problem.resolver.js';

export const keyEvaluationModule = defineModule({
  entities: [Expert, KeyEvaluationExpert, KeyEvaluation, EvaluationProblem],
  resolvers: [KeyEvaluationResolver, ProjectYearKeyEvaluationsResolver, ExpertResolver, ProblemResolver],
  createLoaders: createKeyEvaluationLoaders,
});
