import type DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { GoalReview, PerformanceGoal, PerformanceIndicator, ProvinceIndicator, TenantIndicator } from './goal.entities.js';

export interface GoalLoaders {
  goalById: DataLoader<string, PerformanceGoal | null>;
  /** Every version of the goals of each project year, newest first. */
  goalsByProjectYear: DataLoader<string, PerformanceGoal[]>;
  /** Indicators of each goal, in order. */
  indicatorsByGoal: DataLoader<string, PerformanceIndicator[]>;
  reviewsByGoal: DataLoader<string, GoalReview[]>;
  provinceIndicatorById: DataLoader<string, ProvinceIndicator | null>;
  tenantIndicatorById: DataLoader<string, TenantIndicator | null>;
}

export function createGoalLoaders(db: RequestDb): GoalLoaders {
  return {
    goalById: rowLoader(db, PerformanceGoal, 'id'),
    goalsByProjectYear: groupLoader(
      (ids) => db.findByKeys(PerformanceGoal, 'projectYearId', ids, { versionNo: 'desc' }),
      (goal) => goal.projectYearId!,
    ),
    indicatorsByGoal: groupLoader(
      (ids) => db.findByKeys(PerformanceIndicator, 'goalId', ids, { sortOrder: 'asc', id: 'asc' }),
      (indicator) => indicator.goalId,
    ),
    reviewsByGoal: groupLoader(
      (ids) => db.findByKeys(GoalReview, 'goalId', ids, { reviewedAt: 'asc' }),
      (review) => review.goalId,
    ),
    provinceIndicatorById: rowLoader(db, ProvinceIndicator, 'id'),
    tenantIndicatorById: rowLoader(db, TenantIndicator, 'id'),
  };
}
