// (being built) the selfEvaluation module.
import { defineModule } from '../module.js';

export const selfEvaluationModule = defineModule({
  entities: [],
  resolvers: [],
  createLoaders: () => ({}),
});
