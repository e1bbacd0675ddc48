import DataLoader from 'dataloader';
import { groupLoader, rowLoader } from '../../db/loaders.js';
import { entityColumns } from '../../db/lean.js';
import type { RequestDb } from '../../db/request-db.js';
import { GoalHorizon, GoalSubject, PerformanceGoal, PerformanceIndicator } from '../goals/goal.entities.js';
import { MonitoringIndicatorValue, MonitoringRecord, MonitoringRound } from './monitoring.entities.js';

export interface MonitoringLoaders {
  roundById: DataLoader<string, MonitoringRound | null>;
  recordById: DataLoader<string, MonitoringRecord | null>;
  /** Records of each project year, in the order of their rounds' period ends. */
  recordsByProjectYear: DataLoader<string, MonitoringRecord[]>;
  /** Indicator values of each record, in the order of the goal's indicators. */
  indicatorValuesByRecord: DataLoader<string, MonitoringIndicatorValue[]>;
  indicatorById: DataLoader<string, PerformanceIndicator | null>;
  /** The annual department goal in force, keyed `<departmentId>/<fiscalYear>`. */
  departmentGoalInForce: DataLoader<string, PerformanceGoal | null>;
}

export function createMonitoringLoaders(db: RequestDb): MonitoringLoaders {
  return {
    roundById: rowLoader(db, MonitoringRound, 'id'),
    recordById: rowLoader(db, MonitoringRecord, 'id'),
    recordsByProjectYear: groupLoader(
      (ids) =>
        db.serial(async (em, run) => {
          const rows = await run<Record<string, unknown>>(
            `select ${entityColumns(em.getMetadata().get(MonitoringRecord), 'r')} from monitoring_record r
               join monitoring_round m on m.tenant_id = r.tenant_id and m.id = r.round_id
              where r.project_year_id = any(?)
              order by m.period_end, m.kind, r.id`,
            [ids],
          );
          return rows.map(db.rowMapper(em, MonitoringRecord));
        }),
      (record) => record.projectYearId!,
    ),
    indicatorValuesByRecord: groupLoader(
      (ids) =>
        db.serial(async (em, run) => {
          const rows = await run<Record<string, unknown>>(
            `select ${entityColumns(em.getMetadata().get(MonitoringIndicatorValue), 'v')} from monitoring_indicator_value v
               join performance_indicator i on i.tenant_id = v.tenant_id and i.id = v.indicator_id
              where v.record_id = any(?)
              order by i.sort_order, v.id`,
            [ids],
          );
          return rows.map(db.rowMapper(em, MonitoringIndicatorValue));
        }),
      (value) => value.recordId,
    ),
    indicatorById: rowLoader(db, PerformanceIndicator, 'id'),
    departmentGoalInForce: new DataLoader(async (keys) => {
      const departmentIds = [...new Set(keys.map((key) => key.split('/')[0]))];
      const goals = await db.serial((em) =>
        em.find(PerformanceGoal, { subject: GoalSubject.DEPARTMENT, horizon: GoalHorizon.ANNUAL, isCurrent: true, departmentId: { $in: departmentIds } }),
      );
      const byKey = new Map(goals.map((goal) => [`${goal.departmentId}/${goal.fiscalYear}`, goal]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
  };
}
