import DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '../../db/loaders.js';
import { entityColumns } from '../../db/lean.js';
import type { RequestDb } from '../../db/request-db.js';
import { Expert } from './expert.entity.js';
import { KeyEvaluation } from './key-evaluation.entity.js';
import { EvaluationProblem } from './problem.entity.js';

export interface KeyEvaluationLoaders {
  keyEvaluationById: DataLoader<string, KeyEvaluation | null>;
  /** Key evaluations of each project year, oldest first. */
  keyEvaluationsByProjectYear: DataLoader<string, KeyEvaluation[]>;
  expertById: DataLoader<string, Expert | null>;
  /** The panel of each key evaluation, by name. */
  expertsByKeyEvaluation: DataLoader<string, Expert[]>;
  problemById: DataLoader<string, EvaluationProblem | null>;
  /** Problems found by each key evaluation, in the order registered. */
  problemsByKeyEvaluation: DataLoader<string, EvaluationProblem[]>;
}

export function createKeyEvaluationLoaders(db: RequestDb): KeyEvaluationLoaders {
  return {
    keyEvaluationById: rowLoader(db, KeyEvaluation, 'id'),
    keyEvaluationsByProjectYear: groupLoader(
      (ids) => db.findByKeys(KeyEvaluation, 'projectYearId', ids, { createdAt: 'asc', id: 'asc' }),
      (evaluation) => evaluation.projectYearId!,
    ),
    expertById: rowLoader(db, Expert, 'id'),
    expertsByKeyEvaluation: new DataLoader(async (ids) => {
      // One statement for every panel asked for; an expert may sit on several panels.
      const rows = await db.serial(async (em, run) => {
        const raw = await run<Record<string, unknown>>(
          `select l.key_evaluation_id as panel_of, ${entityColumns(em.getMetadata().get(Expert), 'e')}
             from key_evaluation_expert l
             join expert e on e.tenant_id = l.tenant_id and e.id = l.expert_id
            where l.key_evaluation_id = any(?)
            order by e.name, e.id`,
          [ids],
        );
        return raw.map(({ panel_of, ...row }) => ({ panelOf: String(panel_of), expert: em.map(Expert, row as never) }));
      });
      const panels = new Map<string, Expert[]>(ids.map((id) => [id, []]));
      for (const row of rows) panels.get(row.panelOf)?.push(row.expert);
      return ids.map((id) => panels.get(id)!);
    }),
    problemById: rowLoader(db, EvaluationProblem, 'id'),
    problemsByKeyEvaluation: groupLoader(
      (ids) => db.findByKeys(EvaluationProblem, 'keyEvaluationId', ids, { createdAt: 'asc', id: 'asc' }),
      (problem) => problem.keyEvaluationId!,
    ),
  };
}
