// (being built) the results module.
import { defineModule } from '../module.js';

export const resultsModule = defineModule({
  entities: [],
  resolvers: [],
  createLoaders: () => ({}),
});
