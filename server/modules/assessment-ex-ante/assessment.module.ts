// 事前绩效评估: ex-ante assessment, its triggers as tenant rules, and its hold on the budget.
import { defineModule } from '../module.js';
import { PreAssessment } from './pre-assessment.entity.js';
import { PreAssessmentResolver, ProjectYearPreAssessmentResolver } from './pre-assessment.resolver.js';
import { createPreAssessmentLoaders } from './pre-assessment.service.js';

export const assessmentModule = defineModule({
  entities: [PreAssessment],
  resolvers: [PreAssessmentResolver, ProjectYearPreAssessmentResolver],
  createLoaders: createPreAssessmentLoaders,
});
