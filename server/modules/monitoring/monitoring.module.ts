// (being built) the monitoring module.
import { defineModule } from '../module.js';

export const monitoringModule = defineModule({
  entities: [],
  resolvers: [],
  createLoaders: () => ({}),
});
