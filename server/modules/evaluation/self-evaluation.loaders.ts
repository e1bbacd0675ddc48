import DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { PerformanceIndicator } from '../goals/goal.entities.js';
import { SelfEvaluationRecheck } from './recheck.entity.js';
import { SelfEvaluation, SelfEvaluationIndicator } from './self-evaluation.entity.js';

export interface SelfEvaluationLoaders {
  selfEvaluationById: DataLoader<string, SelfEvaluation | null>;
  selfEvaluationByProjectYear: DataLoader<string, SelfEvaluation | null>;
  /** Indicator results of each self-evaluation. */
  resultsBySelfEvaluation: DataLoader<string, SelfEvaluationIndicator[]>;
  /** Goal indicators by id (the indicator a result is about). */
  goalIndicatorById: DataLoader<string, PerformanceIndicator | null>;
  recheckBySelfEvaluation: DataLoader<string, SelfEvaluationRecheck | null>;
  /** project_year.self_evaluation_required by project-year id (null: not visible). */
  selfEvaluationRequired: DataLoader<string, boolean | null>;
}

export function createSelfEvaluationLoaders(db: RequestDb): SelfEvaluationLoaders {
  return {
    selfEvaluationById: rowLoader(db, SelfEvaluation, 'id'),
    selfEvaluationByProjectYear: rowLoader(db, SelfEvaluation, 'projectYearId'),
    resultsBySelfEvaluation: groupLoader(
      (ids) => db.findByKeys(SelfEvaluationIndicator, 'selfEvaluationId', ids, { createdAt: 'asc', id: 'asc' }),
      (result) => result.selfEvaluationId,
    ),
    goalIndicatorById: rowLoader(db, PerformanceIndicator, 'id'),
    recheckBySelfEvaluation: rowLoader(db, SelfEvaluationRecheck, 'selfEvaluationId'),
    // The flag is this module's column on project_year; the projects module's entity does not map it.
    selfEvaluationRequired: new DataLoader(async (ids) => {
      const rows = await db.query<{ id: string; required: boolean }>(
        'select id, self_evaluation_required as required from project_year where id = any(?)',
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row.required]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
