// (being built) the appraisal module.
import { defineModule } from '../module.js';

export const appraisalModule = defineModule({
  entities: [],
  resolvers: [],
  createLoaders: () => ({}),
});
