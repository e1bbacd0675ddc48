import type DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '../../db/loaders.js';
import type { RequestDb } from '../../db/request-db.js';
import { ResultApplication } from './result-application.entity.js';

export interface ResultLoaders {
  resultApplicationById: DataLoader<string, ResultApplication | null>;
  /** Adjustments of each project, by target year then decision date. */
  resultApplicationsByProject: DataLoader<string, ResultApplication[]>;
  /** Adjustments each key evaluation caused, in the same order. */
  resultApplicationsByKeyEvaluation: DataLoader<string, ResultApplication[]>;
}

const ORDER = { orderBy: { targetFiscalYear: 'asc', decidedOn: 'asc', id: 'asc' } } as const;

export function createResultLoaders(db: RequestDb): ResultLoaders {
  return {
    resultApplicationById: rowLoader(db, ResultApplication, 'id'),
    resultApplicationsByProject: groupLoader(
      (ids) => db.serial((em) => em.find(ResultApplication, { projectId: { $in: ids } }, ORDER)),
      (application) => application.projectId,
    ),
    resultApplicationsByKeyEvaluation: groupLoader(
      (ids) => db.serial((em) => em.find(ResultApplication, { keyEvaluationId: { $in: ids } }, ORDER)),
      (application) => application.keyEvaluationId!,
    ),
  };
}
