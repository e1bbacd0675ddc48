// (being built) the disclosure module.
import { defineModule } from '../module.js';

export const disclosureModule = defineModule({
  entities: [],
  resolvers: [],
  createLoaders: () => ({}),
});
