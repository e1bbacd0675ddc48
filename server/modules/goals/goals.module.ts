// 绩效目标: goals, indicators, reviews and the indicator library.
import { defineModule } from '../module.js';
import { GoalReview, PerformanceGoal, PerformanceIndicator, ProvinceIndicator, TenantIndicator } from './goal.entities.js';
import { createGoalLoaders } from './goal.loaders.js';
import { GoalResolver, ProjectYearGoalResolver } from './goal.resolver.js';

export const goalsModule = defineModule({
  entities: [PerformanceGoal, PerformanceIndicator, GoalReview, ProvinceIndicator, TenantIndicator],
  resolvers: [GoalResolver, ProjectYearGoalResolver],
  createLoaders: createGoalLoaders,
});
