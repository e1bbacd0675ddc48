import { defineModule } from '../module.js';
import { ViewerResolver } from './viewer.resolver.js';

export const viewerModule = defineModule({
  entities: [],
  resolvers: [ViewerResolver],
  createLoaders: () => ({}),
});
