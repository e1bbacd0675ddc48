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
      (ids) => db.find(PerformanceGoal, { projectYearId: { $in: ids } }, { orderBy: { versionNo: 'desc' } }),
      (goal) => goal.projectYearId!,
    ),
    indicatorsByGoal: groupLoader(
      (ids) => db.find(PerformanceIndicator, { goalId: { $in: ids } }, { orderBy: { sortOrder: 'asc', id: 'asc' } }),
      (indicator) => indicator.goalId,
    ),
    reviewsByGoal: groupLoader(
      (ids) => db.find(GoalReview, { goalId: { $in: ids } }, { orderBy: { reviewedAt: 'asc' } }),
      (review) => review.goalId,
    ),
    provinceIndicatorById: rowLoader(db, ProvinceIndicator, 'id'),
    tenantIndicatorById: rowLoader(db, TenantIndicator, 'id'),
  };
}
