// (being built) the keyEvaluation module.
import { defineModule } from '../module.js';

export const keyEvaluationModule = defineModule({
  entities: [],
  resolvers: [],
  createLoaders: () => ({}),
});
