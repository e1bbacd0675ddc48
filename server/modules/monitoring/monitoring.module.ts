// 绩效运行监控 ("双监控"): monitoring rounds, records with their indicator values, and warnings.
import { defineModule } from '../module.js';
import { MonitoringIndicatorValue, MonitoringRecord, MonitoringRound } from './monitoring.entities.js';
import { createMonitoringLoaders } from './monitoring.loaders.js';
import {
  MonitoringIndicatorValueResolver,
  MonitoringRecordResolver,
  MonitoringRoundResolver,
  ProjectYearMonitoringResolver,
} from './monitoring.resolver.js';

export const monitoringModule = defineModule({
  entities: [MonitoringRound, MonitoringRecord, MonitoringIndicatorValue],
  resolvers: [MonitoringRoundResolver, MonitoringRecordResolver, MonitoringIndicatorValueResolver, ProjectYearMonitoringResolver],
  createLoaders: createMonitoringLoaders,
});
