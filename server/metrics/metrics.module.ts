// 绩效管理对比指标: the metric registry and what reads it (comparison, trends, BI rows; the CSV
// download is registered on the HTTP server by metrics.csv.ts). Figures are computed by SQL from
// the chain's rows in each request; the module keeps no state and needs no loaders.
import { defineModule } from '../modules/module.js';
import { MetricResolver } from './metric.resolver.js';

export const metricsModule = defineModule({
  entities: [],
  resolvers: [MetricResolver],
  createLoaders: () => ({}),
});
